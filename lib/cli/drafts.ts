/**
 * A draft as admins write it in JSON lines (`check --jsonl`, `diff`) and case files (`test`):
 * flat fields (read in draft-line.ts) with defaults from the command line, turned into the
 * engine's Draft.
 */
import type { DraftFields } from './draft-line.ts';
import { dateFlag, localeFlag, oneOf } from './io.ts';
import { PLATFORMS, type Draft, type Platform, type Surface, type TrainingState } from '../engine/types.ts';

export const SURFACES: readonly Surface[] = ['post', 'reply', 'comment'];
export const TRAINING_STATES: readonly TrainingState[] = ['certified', 'in-training', 'none', 'expired'];

/** What the command line sets for every draft that does not say otherwise. */
export interface DraftDefaults {
  platform: Platform;
  surface?: Surface;
  training: TrainingState;
  handle?: string;
  replyTo?: string;
  now: string;
  locale?: string;
  language?: string;
}

export function toDraft(fields: DraftFields, defaults: DraftDefaults): Draft {
  const replyTo = fields.replyTo ?? defaults.replyTo;
  const handle = fields.handle ?? defaults.handle;
  const locale = fields.locale ?? defaults.locale;
  const language = fields.language ?? defaults.language;
  return {
    text: fields.text,
    platform: fields.platform ?? defaults.platform,
    surface: fields.surface ?? defaults.surface ?? (replyTo !== undefined ? 'reply' : 'post'),
    training: { state: fields.training ?? defaults.training },
    now: fields.now ?? defaults.now,
    ...(replyTo !== undefined ? { replyTo: typeof replyTo === 'string' ? { text: replyTo } : replyTo } : {}),
    ...(handle !== undefined ? { account: { handle } } : {}),
    ...(locale !== undefined ? { locale } : {}),
    ...(language !== undefined ? { language } : {}),
  };
}

/** The command-line flags that set draft defaults (check, test, diff). */
export const DRAFT_OPTIONS = {
  platform: { type: 'string' },
  surface: { type: 'string' },
  'reply-to': { type: 'string' },
  handle: { type: 'string' },
  training: { type: 'string' },
  now: { type: 'string' },
  locale: { type: 'string' },
  language: { type: 'string' },
} as const;

export const DRAFT_OPTIONS_USAGE = `      --platform x|facebook|linkedin         default: x
      --surface post|reply|comment           default: post (reply when there is a reply-to)
      --reply-to TEXT                        the post being answered
      --handle HANDLE                        the signed-in account's handle
      --training certified|in-training|none|expired   default: certified
      --now DATE                             the date of the check, for sunset rules (default: today)
      --locale TAG                           the writer's locale (en-GB, pt-BR): its region is tried
                                             first for phone numbers written the national way;
                                             a hint to the draft's language when its text is unclear
      --language TAG                         the draft's language (fr, pt-BR): the policy's texts in
                                             it (default: told from the text, see the policy reference)
`;

type DraftOptionValues = { [K in keyof typeof DRAFT_OPTIONS]?: string };

export function draftDefaults(command: string, values: DraftOptionValues): DraftDefaults {
  return {
    platform: oneOf(command, 'platform', values.platform, PLATFORMS, 'x'),
    training: oneOf(command, 'training', values.training, TRAINING_STATES, 'certified'),
    now: dateFlag(command, 'now', values.now) ?? new Date().toISOString(),
    ...(values.surface !== undefined
      ? { surface: oneOf(command, 'surface', values.surface, SURFACES, 'post') }
      : {}),
    ...(values['reply-to'] !== undefined ? { replyTo: values['reply-to'] } : {}),
    ...(values.handle !== undefined ? { handle: values.handle } : {}),
    ...(values.locale !== undefined ? { locale: localeFlag(command, 'locale', values.locale) } : {}),
    ...(values.language !== undefined ? { language: localeFlag(command, 'language', values.language) } : {}),
  };
}
