/**
 * The rules part of docs/policy-reference.md, generated from the rule registry: each rule's id,
 * what it checks, the finding ids it reports, its default guideline and a table of its settings
 * (type, default, description, and the built-in policy's value as the example).
 */
import { z } from 'zod';
import type { Rule } from '../engine/rule.ts';
import { FIELDS } from './fields.ts';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  anyOf?: JsonSchema[];
  propertyNames?: JsonSchema;
}

const code = (value: unknown) => '`' + JSON.stringify(value) + '`';
/** Long lists are cut in the table (the JSON Schema and the built-in policy have them whole). */
const shorten = (s: string, cut: boolean) => (cut && s.length > 80 ? s.slice(0, 76) + '…`' : s);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => code(v)).join(', ');
  if (s.const !== undefined) return code(s.const);
  if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
  // A text per language (fields.ts textByLanguage): its keys are language tags.
  if (s.type === 'object' && s.propertyNames) return 'text per language';
  if (s.type === 'array')
    return s.items?.type === 'object' ? 'list of objects' : `list of ${typeOf(s.items ?? {})}s`;
  if (s.type === 'object') return 'object';
  return String(s.type ?? 'any');
}

/** Setting rows: [path, schema], nested objects flattened (`messages.missing`, `topics[].id`). */
function rows(schema: JsonSchema, prefix: string): [string, JsonSchema][] {
  const out: [string, JsonSchema][] = [];
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.push([path, s]);
    if (s.type === 'object' && s.properties && Object.values(s.properties).some((p) => p.type !== 'number'))
      out.push(...rows(s, path));
    if (s.type === 'array' && s.items?.type === 'object') out.push(...rows(s.items, `${path}[]`));
  }
  return out;
}

function valueAt(value: unknown, path: string): unknown {
  let v: unknown = value;
  for (const part of path.split('.')) {
    if (part.endsWith('[]')) {
      const list = (v as Record<string, unknown> | undefined)?.[part.slice(0, -2)];
      v = Array.isArray(list) ? list[0] : undefined;
    } else v = (v as Record<string, unknown> | undefined)?.[part];
  }
  return v;
}

function settingsTable(rule: Rule, example: object): string {
  const schema = z.toJSONSchema(rule.config.schema(FIELDS), {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  const [section, key] = rule.config.at;
  const base = key === undefined ? section : `${section}.${key}`;
  const exampleSettings = valueAt(example, base);
  const top = schema.type === 'array' ? (schema.items ?? {}) : schema;
  const lines = [
    '| setting | type | default | what it is | built-in policy |',
    '| --- | --- | --- | --- | --- |',
  ];
  const prefix = schema.type === 'array' ? '[]' : '';
  for (const [path, s] of rows(top, '')) {
    const given =
      schema.type === 'array'
        ? valueAt((exampleSettings as unknown[] | undefined)?.[0], path)
        : valueAt(exampleSettings, path);
    const dflt = s.default === undefined ? '' : code(s.default);
    // Objects with rows of their own show their example field by field.
    const flattened = s.type === 'object' && rows(s, '').length > 0;
    const shown =
      given === undefined || flattened || JSON.stringify(given) === JSON.stringify(s.default)
        ? ''
        : code(given);
    lines.push(
      `| \`${base}${prefix}.${path}\` | ${cell(typeOf(s))} | ${cell(shorten(dflt, typeof s.default !== 'string'))} | ${cell(s.description ?? '')} | ${cell(shorten(shown, true))} |`,
    );
  }
  return lines.join('\n');
}

/** Markdown for every rule, in registry order. `example` is the built-in policy as written. */
export function rulesReference(rules: readonly Rule[], example: object): string {
  const guidelineTable = [
    '| rule | category | default guideline | settings |',
    '| --- | --- | --- | --- |',
    ...rules.map(
      (r) => `| \`${r.id}\` | ${r.category} | \`${r.guideline}\` | \`${r.config.at.join('.')}\` |`,
    ),
  ].join('\n');
  const sections = rules.map((rule) => {
    const reports = Object.entries(rule.reports ?? { [rule.id]: rule.description });
    return [
      `### \`${rule.id}\` — ${rule.title}`,
      rule.description,
      reports.length > 1 || rule.reports
        ? reports.map(([id, what]) => `- \`${id}\`: ${what}`).join('\n')
        : '',
      settingsTable(rule, example),
    ]
      .filter(Boolean)
      .join('\n\n');
  });
  return [guidelineTable, ...sections].join('\n\n');
}
