/**
 * The `managed_schema` Chrome needs to publish enterprise policy to the extension, written into
 * the build as MANAGED_SCHEMA_FILE by the hook in wxt.config.ts. Chrome supports a subset of JSON Schema and silently drops any
 * property its schema does not declare, so the policy document's own JSON Schema is translated
 * property by property: the admin's whole document reaches the extension, where zod validates it
 * (and reports every error with its path).
 */
import { policyJsonSchema } from '../policy';

type Json = Record<string, unknown>;

/** Where the schema lands in the extension; the manifest's `storage.managed_schema`. */
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';
const CHROME_TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean']);

/** Keep only what Chrome's schema parser understands: type, properties, items, enum, title, description. */
export function toChromeSchema(node: unknown): Json {
  if (!node || typeof node !== 'object') return { type: 'string' };
  let n = node as Json;
  // Chrome's schema has one type per property (no anyOf): a text that may also be given per
  // language is declared as its string form, and managed policies give other languages in
  // `translations` (an object of objects, which Chrome accepts).
  const text = Array.isArray(n.anyOf) ? (n.anyOf as Json[]).find((o) => o.type === 'string') : undefined;
  if (text) n = { ...text, description: n.description };
  let type = n.type;
  if (Array.isArray(type)) type = type.find((t) => CHROME_TYPES.has(String(t)));
  // `const 1` (schemaVersion) stays a plain number: zod reports a wrong value with its path.
  if (typeof type !== 'string' || !CHROME_TYPES.has(type)) type = 'string';
  const out: Json = { type };
  if (typeof n.description === 'string') out.description = n.description;
  if (type === 'object') {
    if (n.properties && typeof n.properties === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(n.properties as Json).map(([k, v]) => [k, toChromeSchema(v)]),
      );
    }
    if (n.additionalProperties && typeof n.additionalProperties === 'object') {
      out.additionalProperties = toChromeSchema(n.additionalProperties);
    }
  } else if (type === 'array') {
    out.items = toChromeSchema(n.items);
  } else if (type === 'string' && Array.isArray(n.enum) && n.enum.every((e) => typeof e === 'string')) {
    out.enum = n.enum;
  }
  return out;
}

export function managedStorageSchema(): Json {
  const policy = toChromeSchema(policyJsonSchema());
  return {
    type: 'object',
    properties: {
      policy: {
        ...policy,
        title: 'Ambassador policy',
        description:
          'The complete policy document in force for every user (see docs/admin-guide.md). It replaces the built-in policy and any imported file.',
      },
      lockOverrides: {
        type: 'boolean',
        title: 'Lock the policy',
        description: 'true: users cannot import their own policy file in the options page.',
      },
      training: {
        type: 'object',
        title: 'Training completion (from your LMS)',
        description:
          'Records that the user completed the policy training, e.g. {"courseVersion": "2025.1", "completedAt": "2025-03-01"}. Applied when newer than the user\'s own completion.',
        properties: {
          state: { type: 'string', enum: ['certified', 'in-training', 'none'] },
          courseVersion: { type: 'string' },
          completedAt: { type: 'string', description: 'ISO date (YYYY-MM-DD) of the completion.' },
        },
      },
    },
  };
}

/** The text of MANAGED_SCHEMA_FILE. */
export function managedSchemaJson(): string {
  return JSON.stringify(managedStorageSchema(), null, 2) + '\n';
}
