import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { RE2JS } from '../../../lib/engine/re2';
import { compileAdminPattern, runsNatively } from '../../../lib/engine/admin-pattern';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';

function re2Spans(source: string, caseSensitive: boolean, text: string) {
  const m = RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE).matcher(text);
  const out = [];
  while (m.find()) if (m.end() > m.start()) out.push({ start: m.start(), end: m.end() });
  return out;
}

const NATIVE = [
  '\\b[A-Z0-9]{7}\\b',
  '\\b\\d{10,11}\\b',
  '\\b(?:PRJ|PROJ)-\\d{3,5}\\b',
  'TICKET-\\d{2}',
  '^[Gg]iveaway',
  '\\bcolou?r\\b',
  '[^a-z ]{2,3}',
  '(?:ab|cd)-(?:ef|gh)',
];
const RE2_ONLY = [
  '(a+)+$', // repeats
  '\\w+@dell\\.com', // an open repeat: quadratic on a backtracking engine
  'a*b',
  'a{3,}',
  '(?:ab){2}', // a repeated group
  '\\d{0,30}\\d{0,30}x', // too many ways through
  '(?:a|b|c|d|e)(?:a|b|c|d|e)',
  'a.c', // '.' and '\s' differ between the engines
  '\\sfoo',
  '(?i)dell', // RE2-only syntax
  '[[:digit:]]{3}',
  '\\pL{2}',
  '(?P<n>x)',
  'a{2}?',
  '[]a]',
];

describe('admin patterns', () => {
  it('runs the default policy patterns natively', () => {
    for (const id of DEFAULT_POLICY.pii.identifiers)
      expect(runsNatively(id.pattern, true), id.pattern).toBe(true);
  });
  it.each(NATIVE)('runs %s natively', (source) => expect(runsNatively(source, true)).toBe(true));
  it.each(RE2_ONLY)('leaves %s to RE2', (source) => expect(runsNatively(source, true)).toBe(false));
  it('leaves case-insensitive non-ASCII patterns to RE2 (case folding differs)', () => {
    expect(runsNatively('straße', false)).toBe(false);
    expect(runsNatively('straße', true)).toBe(true);
  });

  it('finds what RE2 finds, for every pattern it runs natively', () => {
    // Not the Kelvin sign or the long s: ignoring case, RE2 folds them into k and s (documented).
    const alphabet = fc.constantFrom(...'aAbBcdeFgh0123456789-_ .\n\tßéKPRJOTICKEG'.split(''));
    fc.assert(
      fc.property(
        fc.constantFrom(...NATIVE),
        fc.boolean(),
        fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')),
        (source, caseSensitive, text) => {
          expect(compileAdminPattern(source, caseSensitive)!.spans(text, 1000)).toEqual(
            re2Spans(source, caseSensitive, text),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses to run a pattern that needs RE2 when RE2 is not loaded, instead of running it unprotected', async () => {
    vi.resetModules();
    const fresh = await import('../../../lib/engine/admin-pattern');
    expect(fresh.compileAdminPattern('\\b\\d{10}\\b', true)).not.toBeNull();
    expect(() => fresh.compileAdminPattern('(a+)+$', true)).toThrow(/needs the RE2 engine/);
  });

  it('returns null for a pattern that does not compile', () => {
    expect(compileAdminPattern('(?<=x)y', true)).toBeNull();
  });
});
