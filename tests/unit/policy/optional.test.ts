import { describe, expect, it } from 'vitest';
import { evaluate, type Draft } from '../../../lib/engine/index.ts';
import { optionalKinds } from '../../../lib/engine/optional.ts';
import { DEFAULT_POLICY, DEFAULT_POLICY_INPUT, parsePolicy } from '../../../lib/policy/index.ts';
import { managedStorageSchema } from '../../../lib/store/managed-schema.ts';
import { MINIMAL_POLICY } from '../minimal-policy.ts';

const SHOUTING = 'This is SO VERY MUCH NOT WHAT WE EXPECTED today';
const draft = (text: string, platform: Draft['platform'] = 'x'): Draft => ({
  text,
  platform,
  surface: 'post',
  training: { state: 'certified' },
});

function parsed(input: unknown) {
  const r = parsePolicy(input);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.policy;
}

describe('optional rules in the policy', () => {
  it('are accepted on a rule whose severity is below block, and default to mandatory', () => {
    const policy = parsed({ ...MINIMAL_POLICY, tone: { shouting: { optional: true } } });
    expect(policy.tone.shouting.optional).toBe(true);
    expect(policy.tone.insult.optional).toBe(false);
  });

  it('are refused on a rule whose severity is block, with the path and the reason', () => {
    const r = parsePolicy({ ...MINIMAL_POLICY, governance: { optional: true } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        path: 'governance.optional',
        message: expect.stringMatching(/severity is "block" cannot be optional/),
      },
    ]);
    expect(r.errors[0]!.message).toMatch(/company's must/);
    // The same rule made a warning may be optional.
    expect(parsePolicy({ ...MINIMAL_POLICY, governance: { optional: true, severity: 'warn' } }).ok).toBe(
      true,
    );
  });

  it('are refused on a custom rule whose severity is block, at that rule', () => {
    const rule = (id: string, severity: string) => ({
      id,
      terms: ['synergy'],
      severity,
      optional: true,
      guideline: 'g',
      message: 'm',
    });
    const r = parsePolicy({ ...MINIMAL_POLICY, customRules: [rule('a', 'info'), rule('b', 'block')] });
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'customRules[1].optional' }] });
  });

  it('are in the managed-storage schema, as booleans', () => {
    const schema = managedStorageSchema() as {
      properties: Record<string, { properties: Record<string, { properties: Record<string, unknown> }> }>;
    };
    const policy = schema.properties.policy!.properties;
    expect(policy.tone!.properties.shouting).toMatchObject({
      properties: { optional: { type: 'boolean', description: expect.stringContaining("Don't show") } },
    });
    expect(policy.length!.properties.optional).toMatchObject({ type: 'boolean' });
    expect(policy.customRules).toMatchObject({ items: { properties: { optional: { type: 'boolean' } } } });
  });

  it('in the built-in policy are stylistic ones only', () => {
    expect(parsePolicy(DEFAULT_POLICY_INPUT).ok).toBe(true);
    expect(optionalKinds(DEFAULT_POLICY).map(({ id, title }) => [id, title])).toEqual([
      ['tone.shouting', 'Shouting'],
      ['length', 'Length'],
    ]);
  });
});

describe('findings of optional rules', () => {
  it('name their kind; those of mandatory rules do not', () => {
    const shouting = evaluate(draft(SHOUTING), DEFAULT_POLICY).find((f) => f.ruleId === 'tone.shouting');
    expect(shouting).toMatchObject({ optionalKind: 'tone.shouting', severity: 'info' });
    const mandatory = parsed({
      ...DEFAULT_POLICY_INPUT,
      tone: { ...DEFAULT_POLICY_INPUT.tone, shouting: {} },
    });
    const again = evaluate(draft(SHOUTING), mandatory).find((f) => f.ruleId === 'tone.shouting');
    expect(again).toBeDefined();
    expect(again).not.toHaveProperty('optionalKind');
  });

  it('never name a kind on a block: over the limit always shows', () => {
    const near = evaluate(draft('a'.repeat(260)), DEFAULT_POLICY).find((f) => f.category === 'length');
    const over = evaluate(draft('a'.repeat(300)), DEFAULT_POLICY).find((f) => f.category === 'length');
    expect(near).toMatchObject({ ruleId: 'length.near-limit', severity: 'warn', optionalKind: 'length' });
    expect(over).toMatchObject({ ruleId: 'length.over-limit', severity: 'block' });
    expect(over).not.toHaveProperty('optionalKind');
  });

  it('of an optional custom rule name the custom rule, listed by its guideline', () => {
    const policy = parsed({
      ...MINIMAL_POLICY,
      customRules: [
        {
          id: 'hype',
          terms: ['synergy'],
          severity: 'info',
          optional: true,
          guideline: 'g',
          message: 'Hype.',
        },
        { id: 'codename', terms: ['bluebird'], guideline: 'g', message: 'Internal.' },
      ],
    });
    const found = evaluate(draft('synergy and bluebird'), policy);
    expect(found.map((f) => [f.ruleId, f.optionalKind])).toEqual([
      ['custom.hype', 'custom.hype'],
      ['custom.codename', undefined],
    ]);
    expect(optionalKinds(policy)).toEqual([{ id: 'custom.hype', title: 'hype', guideline: 'Be good' }]);
  });

  it('are not listed when their rule is switched off', () => {
    const policy = parsed({ ...MINIMAL_POLICY, tone: { shouting: { optional: true, enabled: false } } });
    expect(optionalKinds(policy)).toEqual([]);
  });
});
