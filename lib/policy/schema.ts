/**
 * The policy document: a versioned JSON document an admin writes (or pushes through managed
 * storage) and the engine enforces. Its core fields are in core.ts; every other section is made of
 * the settings the rules declare (lib/engine/rules), so a new rule brings its settings with it.
 *
 * Message templates may use `{placeholders}`; each message documents the ones it receives.
 * Term lists are literal phrases matched case-insensitively on word boundaries; whitespace in a
 * phrase matches any run of whitespace, `'` matches both ' and ’, and a trailing `*` matches any
 * word ending ("layoff*" matches "layoffs").
 */
import { z } from 'zod';
import { settingsOf, type GuidelineRef, type Rule } from '../engine/rule.ts';
import { RULES } from '../engine/rules/index.ts';
import { CORE_SHAPE } from './core.ts';
import { FIELDS, type Fields } from './fields.ts';
import { ListeningSchema } from './listening.ts';
import { checkTranslations, foldTranslations } from './localize.ts';
import { checkStorylineLengths } from './storyline-checks.ts';

type AnyRule = (typeof RULES)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** The schema of a section that one rule owns whole (`disclosure`, `customRules`). */
type WholeSection<S extends string> =
  Extract<AnyRule, { config: { at: readonly [S] } }> extends infer R
    ? R extends { config: { schema: (f: Fields) => infer Z } }
      ? Z
      : never
    : never;
/** The keys of a section shared by several rules (`tone.profanity` …), and their shared settings. */
type SectionKeys<S extends string> = UnionToIntersection<
  Extract<AnyRule, { config: { at: readonly [S, string] } }> extends infer R
    ? R extends { config: { at: readonly [S, infer K extends string]; schema: (f: Fields) => infer Z } }
      ? { [k in K]: Z } & (R extends { config: { shared?: infer Sh } } ? Built<NonNullable<Sh>> : unknown)
      : never
    : never
>;
/** The schemas that shared-setting factories build. */
type Built<Sh> = { [K in keyof Sh]: Sh[K] extends (f: Fields) => infer Z ? Z : never };
type SectionName = AnyRule['config']['at'][0];
type SectionSchema<S extends string> = [WholeSection<S>] extends [never]
  ? z.ZodPrefault<z.ZodObject<{ enabled: z.ZodDefault<z.ZodBoolean> } & SectionKeys<S>, z.core.$strict>>
  : WholeSection<S>;
type PolicyShape = typeof CORE_SHAPE & { listening: typeof ListeningSchema } & {
  [S in SectionName]: SectionSchema<S>;
};

/** The sections built from the rules' settings, in the order rules are registered. */
function ruleSections(rules: readonly Rule[]): Record<string, z.ZodType> {
  const whole = new Map<string, z.ZodType>();
  const keyed = new Map<string, Record<string, z.ZodType>>();
  // Two rules may share a setting only by sharing its factory; each factory is built once.
  const factories = new Map<string, (f: Fields) => z.ZodType>();
  const claim = (
    owner: Record<string, z.ZodType>,
    key: string,
    factory: (f: Fields) => z.ZodType,
    where: string,
  ) => {
    const known = factories.get(where);
    if (known !== undefined && known !== factory) throw new Error(`${where} is declared twice`);
    if (known === undefined) owner[key] = factory(FIELDS);
    factories.set(where, factory);
  };
  for (const rule of rules) {
    const [section, key] = rule.config.at;
    if (section in CORE_SHAPE || section === 'listening')
      throw new Error(`rule ${rule.id}: "${section}" is a core field`);
    if (key === undefined) {
      if (whole.has(section) || keyed.has(section)) throw new Error(`section "${section}" is declared twice`);
      whole.set(section, rule.config.schema(FIELDS));
      continue;
    }
    if (whole.has(section)) throw new Error(`section "${section}" is declared twice`);
    const shape = keyed.get(section) ?? {
      enabled: z.boolean().default(true).describe('Run the rules of this section.'),
    };
    keyed.set(section, shape);
    claim(shape, key, rule.config.schema, `${section}.${key}`);
    for (const [name, factory] of Object.entries<(f: Fields) => z.ZodType>(rule.config.shared ?? {}))
      claim(shape, name, factory, `${section}.${name}`);
  }
  const out: Record<string, z.ZodType> = Object.fromEntries(whole);
  for (const [section, shape] of keyed) out[section] = z.strictObject(shape).prefault({});
  return out;
}

/** Guideline references of every rule, with their paths in the document. */
function guidelineRefs(rule: Rule, policy: Record<string, unknown>): GuidelineRef[] {
  const [section, key] = rule.config.at;
  const base = key === undefined ? [section] : [section, key];
  const value = key === undefined ? policy[section] : (policy[section] as Record<string, unknown>)[key];
  const refs = rule.guidelineRefs
    ? rule.guidelineRefs(value)
    : [{ id: (value as { guideline: string }).guideline, path: ['guideline'], builtIn: rule.guideline }];
  return refs.map((r) => ({ ...r, path: [...base, ...r.path] }));
}

/**
 * The paths of the `optional` marks that the policy refuses: on settings (a rule's, or one custom
 * rule's) whose `severity` is block.
 */
function optionalBlocks(rule: Rule, policy: Record<string, unknown>): (string | number)[][] {
  const [section, key] = rule.config.at;
  const base = key === undefined ? [section] : [section, key];
  const value = settingsOf(rule, policy) as unknown;
  const marked = (v: unknown) => {
    const settings = v as { optional?: unknown; severity?: unknown } | undefined;
    return settings?.optional === true && settings.severity === 'block';
  };
  if (Array.isArray(value))
    return value.flatMap((item, i) => (marked(item) ? [[...base, i, 'optional']] : []));
  return marked(value) ? [[...base, 'optional']] : [];
}

function buildPolicySchema(rules: readonly Rule[]) {
  const shape = z.strictObject({ ...CORE_SHAPE, listening: ListeningSchema, ...ruleSections(rules) });
  return shape
    .superRefine((p, ctx) => {
      const ids = new Set<string>();
      p.guidelines.forEach((g, i) => {
        if (ids.has(g.id))
          ctx.addIssue({
            code: 'custom',
            message: `duplicate guideline id "${g.id}"`,
            path: ['guidelines', i, 'id'],
          });
        ids.add(g.id);
      });
      // A rule left on its built-in guideline id may omit that guideline (the finding then shows the
      // id); a guideline named explicitly must exist.
      for (const rule of rules) {
        for (const ref of guidelineRefs(rule, p)) {
          if (!ids.has(ref.id) && ref.id !== ref.builtIn) {
            ctx.addIssue({
              code: 'custom',
              message: `unknown guideline "${ref.id}" (not in guidelines[].id)`,
              path: ref.path,
            });
          }
        }
        for (const path of optionalBlocks(rule, p))
          ctx.addIssue({
            code: 'custom',
            message:
              'a rule whose severity is "block" cannot be optional: a block is the company\'s must, never an employee\'s choice. Lower its severity or remove "optional"',
            path,
          });
      }
    })
    .superRefine(checkTranslations(shape))
    .transform(foldTranslations(shape))
    .superRefine(checkStorylineLengths);
}

export const PolicySchema = buildPolicySchema(RULES) as unknown as z.ZodType<
  z.output<z.ZodObject<PolicyShape, z.core.$strict>>,
  z.input<z.ZodObject<PolicyShape, z.core.$strict>>
>;

/** The parsed policy, with every default filled in. */
export type Policy = z.output<typeof PolicySchema>;
/** What an admin may write (defaults optional). */
export type PolicyInput = z.input<typeof PolicySchema>;
export type CustomRule = Policy['customRules'][number];
export type { Guideline } from './core.ts';

/** The JSON Schema (draft 2020-12) of the policy document as an admin writes it. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'Ambassador policy',
    description: 'A social-media policy document checked on the device by the Ambassador extension.',
  };
}
