/**
 * The draft fields of a JSON line (`check --jsonl`, `diff --cases`) or a case file (`test`),
 * validated with zod. Its own module, so that `check` on one draft does not load zod.
 */
import { z } from 'zod';
import { PLATFORMS, type Platform, type Surface, type TrainingState } from '../engine/types.ts';
import { SURFACES, TRAINING_STATES } from './drafts.ts';
import { firstIssue, isLocale } from './io.ts';

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
  /** The writer's locale (BCP 47), for phone numbers written the national way. */
  locale: z.string().refine(isLocale, 'not a locale such as en-GB or pt-BR').optional(),
  /** The draft's language (BCP 47); told from the text when absent. */
  language: z.string().refine(isLocale, 'not a language such as fr or pt-BR').optional(),
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
