/**
 * The zod schema of every value the extension keeps in storage or sends in a message: the one
 * validation of what is read back (storage may hold anything an older version or a person wrote).
 * The types in contract.ts are inferred from these schemas.
 */
import { z } from 'zod';
import { CATEGORIES, PLATFORMS, type Category, type Platform } from '../engine/types';
import { SENTIMENTS } from '../listening/classify';
import { FLAG_CATEGORIES } from '../listening/report';
import { PolicySchema, type PolicyError } from '../policy';
import { DEFAULT_SETTINGS } from './contract';

const platform = z.enum(PLATFORMS as [Platform, ...Platform[]]);
const category = z.enum(CATEGORIES as [Category, ...Category[]]);
const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a valid date');

export const PolicySourceSchema = z.enum(['managed', 'imported', 'default']);

/** storage.local `activePolicy`: the policy in force, where it came from and since when (ISO time). */
export const ActivePolicyRecordSchema = z.object({
  policy: PolicySchema,
  source: PolicySourceSchema,
  since: z.string(),
});

const PolicyErrorSchema: z.ZodType<PolicyError> = z.object({ path: z.string(), message: z.string() });
const RefusalSchema = z.object({ at: z.string(), errors: z.array(PolicyErrorSchema) });

/**
 * storage.local `policyStatus`: refused policies by source, absent when the source's policy is
 * valid; and `failed` when the policy chosen could not be written (e.g. the storage quota), so the
 * one in force is still the one before.
 */
export const PolicyStatusSchema = z.object({
  refused: z.object({ managed: RefusalSchema.optional(), imported: RefusalSchema.optional() }),
  failed: z.object({ at: z.string(), source: PolicySourceSchema, message: z.string() }).optional(),
});

/**
 * storage.local `importedPolicy`: the raw JSON of the imported file. Any JSON value passes here:
 * the policy layers validate it, so that a refusal is reported with every error and its path.
 */
export const ImportedPolicySchema = z.unknown();

const siteSwitch = z.boolean().catch(true);

/**
 * storage.local `settings`: per-site on/off and the snooze (epoch milliseconds). Lenient field by
 * field: a malformed switch is on, a malformed snooze is no snooze, the rest is kept.
 */
export const SiteSettingsSchema = z
  .object({
    enabled: z
      .object(
        Object.fromEntries(PLATFORMS.map((p) => [p, siteSwitch])) as Record<Platform, typeof siteSwitch>,
      )
      .catch(() => ({ ...DEFAULT_SETTINGS.enabled })),
    snoozedUntil: z.number().optional().catch(undefined),
  })
  .catch(() => ({ enabled: { ...DEFAULT_SETTINGS.enabled } }));

/**
 * storage.sync `training`: where the employee stands in the course (`certified` needs a
 * completion date, checked where it is used), the course version, the completion's ISO date, and
 * who recorded it: the built-in course, or the admin's LMS through managed storage.
 */
export const TrainingRecordSchema = z.object({
  state: z.enum(['certified', 'in-training', 'none']),
  courseVersion: z.string().min(1).max(100).optional(),
  completedAt: isoTime.optional(),
  source: z.enum(['course', 'managed']).optional(),
});

/** Rule ids come from the policy ("pii.phone", "custom.project-x"); nothing else gets through. */
const ruleId = z.string().regex(/^[A-Za-z0-9][\w.:-]{0,99}$/);

/**
 * storage.local `switchedOffKinds`: the optional kinds of nudge the employee switched off (rule ids,
 * `custom.<id>`), each once. They hide a finding only while the policy marks its rule optional.
 */
export const SwitchedOffKindsSchema = z
  .array(ruleId)
  .max(1000)
  .refine((ids) => new Set(ids).size === ids.length, 'each kind once');
const withRule = <T extends string>(type: T) =>
  z.strictObject({ type: z.literal(type), platform, category, ruleId });
const plain = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), platform });

/**
 * A metric event from a content script: counts only, never the post text, never a handle of a
 * third party (strict objects: any other field is refused).
 */
export const MetricEventSchema = z.discriminatedUnion('type', [
  plain('draft-checked'),
  withRule('finding-shown'),
  withRule('fix-applied'),
  withRule('dismissed'),
  withRule('switched-off'),
  plain('handoff'),
  plain('disclosure-added'),
  plain('storyline-inserted'),
  withRule('post-held'),
  withRule('posted-anyway'),
  // A feed post seen that names a product or competitor: the policy's name, never the post's text.
  z.strictObject({
    type: z.literal('mention'),
    platform,
    about: z.enum(['product', 'competitor']),
    subject: z.string().trim().min(1).max(200),
    sentiment: z.enum(SENTIMENTS),
  }),
  // A post flagged for the listening team: what it was flagged as, nothing of the post.
  z.strictObject({ type: z.literal('flag'), platform, flag: z.enum(FLAG_CATEGORIES) }),
]);
