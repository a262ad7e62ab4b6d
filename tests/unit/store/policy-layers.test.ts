import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DEFAULT_POLICY_INPUT } from '../../../lib/policy';
import { activeChanged, readManagedValues, resolvePolicy } from '../../../lib/store/policy-layers';

const now = new Date('2025-05-01T10:00:00Z');
const later = new Date('2025-05-02T10:00:00Z');
const custom = (name: string) => ({ ...DEFAULT_POLICY_INPUT, name });
const invalid = {
  ...DEFAULT_POLICY_INPUT,
  schemaVersion: 2,
  customRules: [{ id: 'Bad Id', terms: ['x'], guideline: 'nope', message: 'm' }],
};

describe('resolvePolicy', () => {
  it('uses the built-in default when nothing else is set', () => {
    const r = resolvePolicy({ managed: {}, now });
    expect(r.active.source).toBe('default');
    expect(r.active.policy).toEqual(DEFAULT_POLICY);
    expect(r.active.since).toBe(now.toISOString());
    expect(r.status.refused).toEqual({});
  });

  it('ranks managed over imported over default', () => {
    expect(resolvePolicy({ managed: {}, imported: custom('Imported'), now }).active).toMatchObject({
      source: 'imported',
      policy: { name: 'Imported' },
    });
    expect(
      resolvePolicy({ managed: { policy: custom('Managed') }, imported: custom('Imported'), now }).active,
    ).toMatchObject({ source: 'managed', policy: { name: 'Managed' } });
  });

  it('accepts a managed policy given as a JSON string (Windows registry REG_SZ)', () => {
    const r = resolvePolicy({ managed: { policy: JSON.stringify(custom('From registry')) }, now });
    expect(r.active).toMatchObject({ source: 'managed', policy: { name: 'From registry' } });
  });

  it('lockOverrides keeps an imported policy out of force', () => {
    const r = resolvePolicy({ managed: { lockOverrides: true }, imported: custom('Imported'), now });
    expect(r.active.source).toBe('default');
    expect(r.importLocked).toBe(true);
  });

  it('refuses an invalid managed policy with every error and its path, and keeps the previous managed one', () => {
    const first = resolvePolicy({ managed: { policy: custom('Good') }, now });
    const r = resolvePolicy({ managed: { policy: invalid }, previous: first.active, now: later });
    expect(r.active).toEqual(first.active);
    const paths = r.status.refused.managed!.errors.map((e) => e.path);
    expect(paths).toContain('schemaVersion');
    expect(paths).toContain('customRules[0].id');
    expect(paths).toContain('customRules[0].guideline');
    expect(r.status.refused.managed!.at).toBe(later.toISOString());
  });

  it('an invalid managed policy on a fresh install falls back to the lower layers', () => {
    const r = resolvePolicy({ managed: { policy: invalid }, imported: custom('Imported'), now });
    expect(r.active).toMatchObject({ source: 'imported', policy: { name: 'Imported' } });
    expect(r.status.refused.managed!.errors.map((e) => e.path)).toContain('schemaVersion');
    expect(r.status.refused.imported).toBeUndefined();
  });

  it('refuses malformed JSON with a message at the document path', () => {
    const r = resolvePolicy({ managed: { policy: '{ not json' }, now });
    expect(r.status.refused.managed!.errors[0]).toMatchObject({ path: '' });
    expect(r.active.source).toBe('default');
  });

  it('an invalid imported policy keeps the previous imported one', () => {
    const first = resolvePolicy({ managed: {}, imported: custom('Imp'), now });
    const r = resolvePolicy({ managed: {}, imported: { name: 3 }, previous: first.active, now: later });
    expect(r.active).toEqual(first.active);
    expect(r.status.refused.imported!.errors).toContainEqual({ path: 'name', message: expect.any(String) });
    expect(r.status.refused.imported!.errors.map((e) => e.path)).toContain('schemaVersion');
    expect(r.status.refused.managed).toBeUndefined();
  });

  it('keeps the since date while the same policy stays in force', () => {
    const first = resolvePolicy({ managed: { policy: custom('M') }, now });
    const again = resolvePolicy({ managed: { policy: custom('M') }, previous: first.active, now: later });
    expect(again.active.since).toBe(now.toISOString());
    expect(activeChanged(first.active, again.active)).toBe(false);
    const changed = resolvePolicy({ managed: { policy: custom('M2') }, previous: first.active, now: later });
    expect(changed.active.since).toBe(later.toISOString());
    expect(activeChanged(first.active, changed.active)).toBe(true);
  });

  it('drops a stored record that no longer validates', () => {
    const stale = {
      policy: { nonsense: true } as never,
      source: 'managed' as const,
      since: now.toISOString(),
    };
    const r = resolvePolicy({ managed: { policy: invalid }, previous: stale, now: later });
    expect(r.active.source).toBe('default');
  });
});

describe('readManagedValues', () => {
  it('keeps only the expected keys and shapes', () => {
    expect(readManagedValues(undefined)).toEqual({});
    expect(readManagedValues([])).toEqual({});
    expect(readManagedValues({ policy: '', lockOverrides: 'yes', other: 1 })).toEqual({});
    expect(
      readManagedValues({ policy: { a: 1 }, lockOverrides: true, training: { completedAt: 'x' } }),
    ).toEqual({
      policy: { a: 1 },
      lockOverrides: true,
      training: { completedAt: 'x' },
    });
  });
});
