/**
 * The building blocks of the policy schema, shared by the document's core fields and by every
 * rule's settings (each rule declares its own settings next to its code, in lib/engine/rules).
 */
import { z } from 'zod';
import { RE2JS } from '../engine/re2.ts';
import { PLATFORMS, type Platform, type Severity } from '../engine/types.ts';

export const SeveritySchema = z.enum(['info', 'warn', 'block']);
export const severity = (d: Severity) => SeveritySchema.default(d);

/** Longest admin regex source accepted. */
export const MAX_PATTERN_LENGTH = 1000;
/** Largest compiled RE2 program accepted (a rough measure of a pattern's cost). */
export const MAX_PATTERN_PROGRAM_SIZE = 5000;

/**
 * Check an admin pattern: it must compile with RE2 (linear time; no backreferences or
 * lookarounds) and stay within the size limits. Returns an error message or null.
 */
export function checkAdminPattern(source: string, caseSensitive = false): string | null {
  if (source.length === 0) return 'pattern is empty';
  if (source.length > MAX_PATTERN_LENGTH) {
    return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  }
  try {
    const re = RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
    if (re.programSize() > MAX_PATTERN_PROGRAM_SIZE) {
      return `pattern is too complex (program size ${re.programSize()} > ${MAX_PATTERN_PROGRAM_SIZE})`;
    }
    if (re.matches('')) return 'pattern matches the empty string';
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return `pattern is not supported by the linear-time (RE2) matcher — backreferences and lookarounds are not allowed: ${msg}`;
  }
  return null;
}

export const nonEmpty = z.string().trim().min(1);
/** A BCP 47 language tag as the policy uses them: "fr", "pt-BR", "fr-CA". */
export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "fr" or "pt-BR"');

/** A text given per language: `{ "en": "…", "fr": "…" }`. */
export const textByLanguage = z
  .record(languageTag, nonEmpty)
  .refine((m) => Object.keys(m).length > 0, 'give the text in at least one language');

/**
 * A text shown to the writer or put into the draft: one string in the policy's language, or a
 * text per language. The policy's parse folds every map into `translations` and leaves the text
 * in the policy's language here (localize.ts), so a parsed policy, and every rule, only sees
 * strings: hence the output type.
 */
export const localizedText = z.union([nonEmpty, textByLanguage]) as unknown as z.ZodType<
  string,
  string | Record<string, string>
>;

/** A list of literal terms (see docs/policy-reference.md for the term syntax). */
export const terms = z.array(nonEmpty.max(200)).max(2000);
export const idString = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date (YYYY-MM-DD)')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a valid date');

/** A list whose items' `id`s must be unique; each repeat is reported at its own path. */
export const uniqueIds =
  (what: string) =>
  (items: readonly { id: string }[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', message: `duplicate ${what} "${item.id}"`, path: [i, 'id'] });
      seen.add(item.id);
    });
  };

/** One value per platform, all required. */
export const perPlatform = <T extends z.ZodType>(t: T) =>
  z.strictObject(Object.fromEntries(PLATFORMS.map((p) => [p, t])) as Record<Platform, T>);

/**
 * The settings every rule has — on/off and the guideline it serves — plus its own.
 * Omitted in a policy, they take their defaults.
 */
export function ruleSettings<S extends Record<string, z.ZodType>>(guideline: string, shape: S) {
  return z
    .strictObject({
      enabled: z.boolean().default(true).describe('Run this rule.'),
      guideline: z.string().default(guideline).describe('The guideline it serves (a `guidelines[].id`).'),
      optional: z
        .boolean()
        .default(false)
        .describe(
          'Employees may switch its findings off for themselves ("Don\'t show this kind again"); its block findings always show. Not with `severity` "block".',
        ),
      ...shape,
    })
    .prefault({} as never); // every field has a default, so {} is valid input
}

/** A block of message templates; each may be replaced. */
export const messages = <S extends Record<string, z.ZodType>>(shape: S) =>
  z.strictObject(shape).prefault({} as never);
export const message = (text: string, description: string) =>
  localizedText.default(text).describe(description);

/**
 * The toolkit rules build their settings with. Rules receive it (`schema: (f) => …`) instead of
 * importing it, so the engine that runs in the content scripts never loads zod: only the policy
 * layer, which validates documents, does.
 */
export const FIELDS = {
  z,
  severity,
  SeveritySchema,
  nonEmpty,
  terms,
  idString,
  isoDate,
  perPlatform,
  ruleSettings,
  messages,
  message,
  text: localizedText,
  uniqueIds,
  checkAdminPattern,
};
export type Fields = typeof FIELDS;
