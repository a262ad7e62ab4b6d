/** The words the popup and the options page show for the store's values. */
import type { Category, TrainingState } from '@/lib/engine/types';
import type { MetricType, PolicySource } from '@/lib/store/contract';

export const METRIC_LABELS: Record<MetricType, string> = {
  'draft-checked': 'Drafts checked',
  'finding-shown': 'Nudges shown',
  'fix-applied': 'Fixes applied',
  dismissed: 'Nudges dismissed',
  'switched-off': 'Kinds of nudge switched off',
  handoff: 'Hand-offs to support',
  'disclosure-added': 'Disclosures added',
  'storyline-inserted': 'Storylines inserted',
  'post-held': 'Posts held by a block',
  'posted-anyway': 'Posted anyway',
  mention: 'Mentions heard',
  flag: 'Flagged for listening',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  disclosure: 'Disclosure',
  pii: 'Personal data',
  tone: 'Tone',
  confidential: 'Confidential',
  length: 'Length',
  governance: 'Governance',
  training: 'Training',
  handoff: 'Hand-off',
  custom: 'Custom rules',
};

export const SOURCE_LABELS: Record<PolicySource, string> = {
  managed: 'Set by your organisation',
  imported: 'Imported file',
  default: 'Built-in',
};

export const TRAINING_LABELS: Record<
  TrainingState,
  { label: string; tone: 'ok' | 'warn' | 'danger' | 'info' }
> = {
  certified: { label: 'Trained', tone: 'ok' },
  'in-training': { label: 'In training', tone: 'info' },
  none: { label: 'Not trained yet', tone: 'warn' },
  expired: { label: 'Training expired', tone: 'danger' },
};
