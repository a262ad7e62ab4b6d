import { draftLanguage } from '../../../lib/engine/language.ts';
import { localizePolicy } from '../../../lib/engine/localize.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, evaluate, type Draft } from '../../../lib/engine/index.ts';
import { DEFAULT_POLICY, DEFAULT_POLICY_INPUT, parsePolicy, type Policy } from '../../../lib/policy/index.ts';

// Text built from pieces that trigger every rule family, mixed with arbitrary unicode.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    'XPS 13',
    '@Dell',
    'I work for Dell',
    '#IWorkForDell',
    ' #a #b #c',
    '(512) 555-0199',
    'jane@example.com',
    '4111 1111 1111 1111',
    '123-45-6789',
    'DE89 3704 0044 0532 0130 00',
    '10.0.0.1',
    '1234 Main Street',
    'service tag 7XK2M93',
    'f.u.c.k',
    'idiot',
    'THIS IS VERY LOUD SHOUTING NOW',
    'HP is garbage',
    'layoffs',
    'have you tried',
    '😀',
    '👩‍💻',
    '電話',
    'e\u0301',
    '\n',
    ' ',
    '$1,299',
    'v2.3.1',
  ),
);
const text = fc.array(piece, { maxLength: 25 }).map((a) => a.join(''));
const draftArb: fc.Arbitrary<Draft> = fc.record({
  text,
  platform: fc.constantFrom('x', 'facebook', 'linkedin'),
  surface: fc.constantFrom('post', 'reply', 'comment'),
  training: fc.record({ state: fc.constantFrom('certified', 'in-training', 'none', 'expired') }),
  replyTo: fc.option(fc.record({ text }), { nil: undefined }),
  account: fc.option(
    fc.record({ handle: fc.constantFrom('@JoeAtDell', '@AmyHAtDell', '@RichardAtDell', '@me') }),
    { nil: undefined },
  ),
  now: fc.option(fc.constantFrom('2025-01-01', '2020-01-01', 'garbage'), { nil: undefined }),
}) as fc.Arbitrary<Draft>;

describe('engine properties', () => {
  it('offsets are inside the text and fixes yield valid text', () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        for (const f of evaluate(d, DEFAULT_POLICY)) {
          if (f.start !== undefined || f.end !== undefined) {
            expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
            expect(0 <= f.start! && f.start! < f.end! && f.end! <= d.text.length).toBe(true);
          }
          for (const fix of f.fixes) {
            // applyEdits throws on out-of-range or overlapping edits; the length adds up.
            const grown = fix.edits.reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
            expect(applyEdits(d.text, fix.edits).length).toBe(d.text.length + grown);
          }
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000); // the first check in each language the random drafts read as prepares its rules

  it('applying a fix yields the promised text and removes what it fixes', () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        for (const f of evaluate(d, DEFAULT_POLICY)) {
          for (const fix of f.fixes) {
            const out = applyEdits(d.text, fix.edits);
            // The promised text is exactly: original outside the edits, edit text inside.
            let expected = '';
            let pos = 0;
            for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
              expected += d.text.slice(pos, e.start) + e.text;
              pos = e.end;
            }
            expect(out).toBe(expected + d.text.slice(pos));
            if (f.ruleId === 'disclosure.missing') {
              // The disclosure in the draft's language (random text may read as French or Japanese).
              const seen = localizePolicy(DEFAULT_POLICY, draftLanguage(d, DEFAULT_POLICY.language));
              expect(out.startsWith(seen.disclosure.insertText)).toBe(true);
              expect(
                evaluate({ ...d, text: out }, DEFAULT_POLICY).some((g) =>
                  g.ruleId.startsWith('disclosure.m'),
                ),
              ).toBe(false);
            }
            if (f.ruleId === 'handoff.complaint') {
              expect(out).toContain(DEFAULT_POLICY.handoff.handles[d.platform]);
            }
            if (f.ruleId.startsWith('pii.') && f.start !== undefined) {
              expect(out).toContain(fix.edits[0]!.text);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('evaluate never throws on arbitrary strings with policies parsePolicy accepts', () => {
    const policyArb = fc
      .record({
        enabled: fc.boolean(),
        builtIn: fc.boolean(),
        terms: fc.array(
          fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0),
          { maxLength: 4 },
        ),
        pattern: fc.constantFrom('(a+)+$', '[0-9]{3}', 'x|y', '\\bfoo\\b', '(?i)dell'),
        fold: fc.integer({ min: 1, max: 500 }),
      })
      .map(({ enabled, builtIn, terms, pattern, fold }): Policy | null => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of a policy document
        const input = structuredClone(DEFAULT_POLICY_INPUT) as Record<string, any>;
        input.pii = { ...input.pii, enabled };
        input.tone = { ...input.tone, profanity: { builtIn, extraTerms: terms }, negativeTerms: terms };
        input.brand = { ...input.brand, terms: [...input.brand.terms, ...terms] };
        input.disclosure = { ...input.disclosure, fold: { x: fold, facebook: fold, linkedin: fold } };
        input.customRules = [
          { id: 'p', pattern, guideline: 'be-nice', message: 'm {match}' },
          ...(terms.length
            ? [{ id: 't', terms, guideline: 'be-nice', message: 'm', fix: { label: 'x', replacement: '' } }]
            : []),
        ];
        const r = parsePolicy(input, { trialCheck: false });
        return r.ok ? r.policy : null;
      });
    fc.assert(
      fc.property(
        policyArb,
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom('x', 'facebook', 'linkedin'),
        (policy, s, platform) => {
          if (!policy) return;
          const out = evaluate(
            {
              text: s,
              platform,
              surface: 'reply',
              replyTo: { text: s },
              training: { state: 'none' },
            } as Draft,
            policy,
          );
          for (const f of out) for (const fix of f.fixes) applyEdits(s, fix.edits);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('parsePolicy never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parsePolicy(v);
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    // Arbitrary JSON merged into a valid policy.
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(DEFAULT_POLICY_INPUT)), fc.jsonValue(), (key, v) => {
        const r = parsePolicy({ ...DEFAULT_POLICY_INPUT, [key]: v }, { trialCheck: false });
        // Only `key` changed, so every error is inside it, or a reference into it that the change
        // broke: a guideline's id, or a translation of a field inside it (the built-in course).
        const translated = (path: string) => /^translations\.[^.]+\.(texts|terms)\["(.*)"\]$/.exec(path)?.[2];
        if (!r.ok)
          for (const e of r.errors)
            expect(
              e.path === key ||
                /^[.[]/.test(e.path.slice(key.length)) ||
                e.message.startsWith('unknown guideline') ||
                (translated(e.path)?.startsWith(key) ?? false),
              `${e.path}: ${e.message}`,
            ).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
