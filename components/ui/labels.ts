/** The words the popup and the options page show for the store's values, in the UI language. */
import type { Category, TrainingState } from '@/lib/engine/types';
import { t, type MessageKey } from '@/lib/i18n/messages';
import type { MetricType, PolicySource } from '@/lib/store/contract';

const METRIC_KEYS: Record<MetricType, MessageKey> = {
  'draft-checked': 'metricDraftChecked',
  'finding-shown': 'metricFindingShown',
  'fix-applied': 'metricFixApplied',
  dismissed: 'metricDismissed',
  'switched-off': 'metricSwitchedOff',
  handoff: 'metricHandoff',
  'disclosure-added': 'metricDisclosureAdded',
  'storyline-inserted': 'metricStorylineInserted',
  'post-held': 'metricPostHeld',
  'posted-anyway': 'metricPostedAnyway',
  mention: 'metricMention',
  flag: 'metricFlag',
};

const CATEGORY_KEYS: Record<Category, MessageKey> = {
  disclosure: 'categoryDisclosure',
  pii: 'categoryPii',
  tone: 'categoryTone',
  confidential: 'categoryConfidential',
  length: 'categoryLength',
  governance: 'categoryGovernance',
  training: 'categoryTraining',
  handoff: 'categoryHandoff',
  custom: 'categoryCustom',
};

const SOURCE_KEYS: Record<PolicySource, MessageKey> = {
  managed: 'sourceManaged',
  imported: 'sourceImported',
  default: 'sourceDefault',
};

const TRAINING_BADGES: Record<TrainingState, { key: MessageKey; tone: 'ok' | 'warn' | 'danger' | 'info' }> = {
  certified: { key: 'trainingCertified', tone: 'ok' },
  'in-training': { key: 'trainingInTraining', tone: 'info' },
  none: { key: 'trainingNone', tone: 'warn' },
  expired: { key: 'trainingExpired', tone: 'danger' },
};

export const metricLabel = (type: MetricType): string => t(METRIC_KEYS[type]);
export const categoryLabel = (category: Category): string => t(CATEGORY_KEYS[category]);
export const sourceLabel = (source: PolicySource): string => t(SOURCE_KEYS[source]);

export function trainingBadge(state: TrainingState): { label: string; tone: string } {
  const { key, tone } = TRAINING_BADGES[state];
  return { label: t(key), tone };
}
