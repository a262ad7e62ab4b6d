/**
 * A draft as admins write it in JSON lines (`check --jsonl`, `diff`) and case files (`test`):
 * flat fields with defaults from the command line, turned into the engine's Draft.
 */
import { z } from 'zod';
import { dateFlag, firstIssue, oneOf } from './io.ts';
import { PLATFORMS, type Draft, type Platform, type Surface, type TrainingState } from '../engine/index.ts';

export const SURFACES: readonly Surface[] = ['post', 'reply', 'comment'];
export const TRAINING_STATES: readonly TrainingState[] = ['certified', 'in-training', 'none', 'expired'];

const dateString = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date such as 2025-06-30');

/** The draft fields; strict, so a misspelt field is an error rather than silently ignored. */
export const DRAFT_FIELDS = {
  text: z.string(),
  platform: z.enum(PLATFORMS as [Platform, ...Platform[]]).optional(),
  surface: z.enum(SURFACES as [Surface, ...Surface[]]).optional(),
  /** The post being answered: its text, or `{text, author}`. */
  replyTo: z
    .union([z.string(), z.strictObject({ text: z.string(), author: z.string().optional() })])
    .optional(),
  handle: z.string().optional(),
  training: z.enum(TRAINING_STATES as [TrainingState, ...TrainingState[]]).optional(),
  now: dateString.optional(),
};

/** One line of `--jsonl` input: the draft fields and an optional `id` echoed in the result. */
export const DraftLineSchema = z.strictObject({
  id: z.union([z.string(), z.number()]).optional(),
  ...DRAFT_FIELDS,
});
export type DraftFields = Omit<z.infer<typeof DraftLineSchema>, 'id'>;
export type DraftLine = z.infer<typeof DraftLineSchema>;

/** One JSON line as a draft, or what is wrong with it in one line. */
export function parseDraftLine(
  line: string,
): { ok: true; draft: DraftLine } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, problem: `not valid JSON: ${(e as Error).message}` };
  }
  const fields = DraftLineSchema.safeParse(value);
  return fields.success ? { ok: true, draft: fields.data } : { ok: false, problem: firstIssue(fields.error) };
}

/** What the command line sets for every draft that does not say otherwise. */
export interface DraftDefaults {
  platform: Platform;
  surface?: Surface;
  training: TrainingState;
  handle?: string;
  replyTo?: string;
  now: string;
}

export function toDraft(fields: DraftFields, defaults: DraftDefaults): Draft {
  const replyTo = fields.replyTo ?? defaults.replyTo;
  const handle = fields.handle ?? defaults.handle;
  return {
    text: fields.text,
    platform: fields.platform ?? defaults.platform,
    surface: fields.surface ?? defaults.surface ?? (replyTo !== undefined ? 'reply' : 'post'),
    training: { state: fields.training ?? defaults.training },
    now: fields.now ?? defaults.now,
    ...(replyTo !== undefined ? { replyTo: typeof replyTo === 'string' ? { text: replyTo } : replyTo } : {}),
    ...(handle !== undefined ? { account: { handle } } : {}),
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
} as const;

export const DRAFT_OPTIONS_USAGE = `      --platform x|facebook|linkedin         default: x
      --surface post|reply|comment           default: post (reply when there is a reply-to)
      --reply-to TEXT                        the post being answered
      --handle HANDLE                        the signed-in account's handle
      --training certified|in-training|none|expired   default: certified
      --now DATE                             the date of the check, for sunset rules (default: today)
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
  };
}
