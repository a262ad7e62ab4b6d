/**
 * Texts per language. A text field (`f.text`, `f.message`) takes one string or a map
 * `{ "en": "…", "fr": "…" }`; a term list takes one list. The top-level `translations` object
 * gives texts and term lists per language and field path
 * (`{ "fr": { "texts": { "disclosure.insertText": "…" } } }`): the form enterprise-managed storage
 * accepts, since Chrome's schema has no "string or object".
 *
 * Parsing folds both forms into one: each text field keeps the text in the policy's `language`,
 * and `translations` holds every other language's texts and term lists by path. The engine picks
 * a language per draft (lib/engine/localize.ts) without knowing the schema.
 */
import { z } from 'zod';
import { languageChain } from '../engine/localize.ts';
import { formatPath } from './format-path.ts';
import { languageTag, nonEmpty, terms, textByLanguage } from './fields.ts';

type Path = (string | number)[];
export type FieldKind = 'text' | 'terms';
interface Field {
  path: Path;
  kind: FieldKind;
  value: unknown;
}

export const TranslationsSchema = z
  .record(
    languageTag,
    z.strictObject({
      texts: z
        .record(z.string(), nonEmpty)
        .default({})
        .describe('Texts by field path ("disclosure.insertText"): each replaces the field\'s text.'),
      terms: z
        .record(z.string(), terms)
        .default({})
        .describe('Term lists by field path ("tone.insult.terms"): each is added to the field\'s list.'),
    }),
  )
  .default({})
  .describe(
    'Texts and term lists per language, for drafts in that language: `{ "fr": { "texts": { "disclosure.insertText": "#JeTravaillePourDell" }, "terms": { "tone.insult.terms": ["abruti"] } } }`. The per-language form enterprise-managed storage accepts.',
  );
export type Translations = Record<string, { texts: Record<string, string>; terms: Record<string, string[]> }>;

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The localized union and the term list, through the wrappers a field may have. Recognised by
 * their parts, which `.describe()` and `.min()` copies share.
 */
function kindOf(schema: z.ZodType): FieldKind | z.ZodType {
  const def = defOf(schema);
  if (def.type === 'union' && def.options?.includes(textByLanguage)) return 'text';
  if (def.type === 'array' && def.element === TERM) return 'terms';
  const inner = def.innerType ?? def.in;
  return inner ? kindOf(inner) : schema;
}

const TERM = defOf(terms).element;

/** Every text field and term list in a parsed value, with its path (schema and value walked together). */
function fields(schema: z.ZodType, value: unknown, path: Path, out: Field[]): Field[] {
  const kind = kindOf(schema);
  if (typeof kind === 'string') {
    if (value !== undefined) out.push({ path, kind, value });
    return out;
  }
  const def = defOf(kind);
  if (def.type === 'object' && value && typeof value === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {}))
      fields(child, (value as Record<string, unknown>)[key], [...path, key], out);
  } else if (def.type === 'array' && Array.isArray(value) && def.element) {
    value.forEach((item, i) => fields(def.element!, item, [...path, i], out));
  }
  return out;
}

/** The language-independent part of a field's path ("customRules[2].message"). */
export const pathKey = (path: Path) => formatPath(path);

/**
 * A list of texts (a question's choices) is translated whole: a language that gave some items and
 * not the others would show a list in two languages, and an index into it (`answer`) must name the
 * same item in every language. So each language, with its fallbacks (fr-CA → fr), gives every
 * item of a list or none.
 */
function checkWholeLists(
  textFields: Field[],
  policy: { language: string; translations: Translations },
  ctx: z.RefinementCtx,
): void {
  const lists = new Map<string, { path: Path; items: Set<string>[] }>();
  for (const f of textFields) {
    if (typeof f.path.at(-1) !== 'number') continue;
    const parent = f.path.slice(0, -1);
    const key = pathKey(f.path);
    const languages = new Set(typeof f.value === 'object' ? Object.keys(f.value as object) : []);
    for (const [language, { texts }] of Object.entries(policy.translations))
      if (key in texts) languages.add(language);
    let list = lists.get(pathKey(parent));
    if (!list) lists.set(pathKey(parent), (list = { path: parent, items: [] }));
    list.items.push(languages);
  }
  for (const { path, items } of lists.values()) {
    const languages = new Set(items.flatMap((item) => [...item]));
    languages.delete(policy.language);
    for (const language of languages) {
      const tags = languageChain(language);
      const given = items.filter((item) => tags.some((tag) => item.has(tag))).length;
      if (given < items.length)
        ctx.addIssue({
          code: 'custom',
          message: `gives ${given} of its ${items.length} items in "${language}": give every item in "${language}" or none, so that each language lists the same choices in the same order`,
          path,
        });
    }
  }
}

/**
 * The refinement: an in-place map must have the policy's language (the text every other language
 * falls back to), every path in `translations` must name a text field (with a text) or a term
 * list (with a list), and a list of texts is translated whole.
 */
export function checkTranslations(shape: z.ZodType) {
  return (policy: { language: string; translations: Translations }, ctx: z.RefinementCtx): void => {
    const known = new Map<string, FieldKind>();
    const all = fields(shape, policy, [], []);
    checkWholeLists(
      all.filter((f) => f.kind === 'text'),
      policy,
      ctx,
    );
    for (const f of all) {
      known.set(pathKey(f.path), f.kind);
      if (f.kind === 'text' && typeof f.value === 'object' && !(policy.language in (f.value as object)))
        ctx.addIssue({
          code: 'custom',
          message: `needs a text in the policy's language ("${policy.language}"), which other languages fall back to`,
          path: f.path,
        });
    }
    for (const [language, { texts, terms }] of Object.entries(policy.translations)) {
      const check = (group: 'texts' | 'terms', wanted: FieldKind, keys: string[]) => {
        for (const key of keys)
          if (known.get(key) !== wanted)
            ctx.addIssue({
              code: 'custom',
              message: `"${key}" is not a ${wanted === 'text' ? 'text field' : 'term list'} of this policy`,
              path: ['translations', language, group, key],
            });
      };
      check('texts', 'text', Object.keys(texts));
      check('terms', 'terms', Object.keys(terms));
    }
  };
}

/** The transform: each in-place map leaves its policy-language text in place, the rest in `translations`. */
export function foldTranslations(shape: z.ZodType) {
  return <P extends { language: string; translations: Translations }>(policy: P): P => {
    const translations: Translations = structuredClone(policy.translations);
    for (const f of fields(shape, policy, [], [])) {
      if (f.kind !== 'text' || typeof f.value !== 'object') continue;
      const key = pathKey(f.path);
      const byLanguage = f.value as Record<string, string>;
      // An entry under `translations` wins over the in-place map: it is the more specific form.
      for (const [language, text] of Object.entries(byLanguage))
        if (language !== policy.language)
          (translations[language] ??= { texts: {}, terms: {} }).texts[key] ??= text;
      const parent = f.path
        .slice(0, -1)
        .reduce<Record<PropertyKey, unknown>>(
          (node, seg) => node[seg] as Record<PropertyKey, unknown>,
          policy as unknown as Record<PropertyKey, unknown>,
        );
      parent[f.path.at(-1)!] = byLanguage[policy.language];
    }
    return { ...policy, translations };
  };
}
