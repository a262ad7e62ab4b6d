import { describe, expect, it } from 'vitest';
import type { ResolvedPublicFile, UserManifest, WxtHooks } from 'wxt';
import {
  MANAGED_SCHEMA_FILE,
  managedSchemaJson,
  managedStorageSchema,
  toChromeSchema,
} from '../../../lib/store/managed-schema';
import { DEFAULT_POLICY_INPUT } from '../../../lib/policy';
import config from '../../../wxt.config';
const ALLOWED = new Set([
  'type',
  'properties',
  'items',
  'additionalProperties',
  'enum',
  'title',
  'description',
]);
const TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean']);

function check(node: Record<string, unknown>, path: string, problems: string[]) {
  for (const k of Object.keys(node)) if (!ALLOWED.has(k)) problems.push(`${path}: unsupported keyword ${k}`);
  if (!TYPES.has(node.type as string)) problems.push(`${path}: type ${String(node.type)}`);
  for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>))
    check(v, `${path}.${k}`, problems);
  if (node.items) check(node.items as Record<string, unknown>, `${path}[]`, problems);
  if (node.additionalProperties)
    check(node.additionalProperties as Record<string, unknown>, `${path}{}`, problems);
}

/** Where a value does not conform to a Chrome schema (which then would not publish it). */
function mismatches(schema: Record<string, unknown>, value: unknown, path: string, out: string[]): string[] {
  const type = schema.type as string;
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  const fits = type === actual || (type === 'number' && actual === 'integer');
  if (!fits) {
    out.push(`${path}: ${actual}, not ${type}`);
    return out;
  }
  if (type === 'array')
    (value as unknown[]).forEach((v, i) =>
      mismatches(schema.items as Record<string, unknown>, v, `${path}[${i}]`, out),
    );
  if (type === 'object') {
    const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const [k, v] of Object.entries(value as object)) {
      const child = props[k] ?? (schema.additionalProperties as Record<string, unknown> | undefined);
      if (child) mismatches(child, v, `${path}.${k}`, out);
    }
  }
  return out;
}

describe('managed storage schema', () => {
  it('takes the built-in policy with its five other languages as it is (translations), and tells an in-place map', () => {
    const schema = managedStorageSchema() as { properties: { policy: Record<string, unknown> } };
    const policy = schema.properties.policy;
    expect(Object.keys(DEFAULT_POLICY_INPUT.translations).sort()).toEqual(['de', 'es', 'fr', 'ja', 'pt']);
    expect(mismatches(policy, structuredClone(DEFAULT_POLICY_INPUT), 'policy', [])).toEqual([]);
    // Chrome's schema has no "string or object": the map form is for files, not managed storage.
    const withMap = structuredClone(DEFAULT_POLICY_INPUT) as unknown as {
      disclosure: { insertText: unknown };
    };
    withMap.disclosure.insertText = { en: '#IWorkForDell', fr: '#JeTravaillePourDell' };
    expect(mismatches(policy, withMap, 'policy', [])).toEqual([
      'policy.disclosure.insertText: object, not string',
    ]);
  });

  it('is valid for Chrome: a top-level object without additionalProperties, only supported keywords', () => {
    const schema = managedStorageSchema();
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    const problems: string[] = [];
    check(schema, '$', problems);
    expect(problems).toEqual([]);
    expect(Object.keys(schema.properties as object)).toEqual(['policy', 'lockOverrides', 'training']);
  });

  it('declares every field of the policy document, so Chrome publishes the whole document', () => {
    const policy = (
      managedStorageSchema().properties as Record<string, Record<string, Record<string, unknown>>>
    ).policy!;
    for (const k of ['schemaVersion', 'guidelines', 'customRules', 'training', 'metrics', 'disclosure']) {
      expect(policy.properties).toHaveProperty(k);
    }
    expect(toChromeSchema({ type: 'string', minLength: 1, pattern: 'x' })).toEqual({ type: 'string' });
    expect(toChromeSchema({ type: ['string', 'null'] })).toEqual({ type: 'string' });
  });

  it('the build writes it where the manifest points', async () => {
    const files: ResolvedPublicFile[] = [];
    await (config.hooks as Pick<WxtHooks, 'build:publicAssets'>)['build:publicAssets'](
      undefined as never,
      files,
    );
    expect(files).toContainEqual({ relativeDest: MANAGED_SCHEMA_FILE, contents: managedSchemaJson() });
    expect(JSON.parse(managedSchemaJson())).toEqual(managedStorageSchema());
    for (const browser of ['chrome', 'firefox']) {
      const manifest = (config.manifest as (env: { browser: string }) => UserManifest)({ browser });
      expect(manifest.storage).toEqual({ managed_schema: MANAGED_SCHEMA_FILE });
    }
  });
});
