/**
 * The engine's fast paths must give exactly what the straightforward code gives:
 * - term regexes run as lower-case twins on text.toLowerCase() (with a prefix index) when every
 *   character is case-safe, instead of Unicode case-insensitive matching on the text;
 * - the hand-written profanity tokenizer instead of a Unicode token regex.
 * Each is compared with a reference on generated text, and caseSafe is checked over every code point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseSafe, lowerIfSafe } from '../../../lib/engine/case.ts';
import { findProfanity, isProfane, type ProfanityLists } from '../../../lib/engine/matchers/profanity.ts';
import { findRoleDisclosures, roleDisclosureMatcher } from '../../../lib/engine/matchers/role-disclosure.ts';
import {
  CompiledTerms,
  findAll,
  groupedTermRegex,
  termRegex,
  type TermMatch,
} from '../../../lib/engine/terms.ts';
import { DEFAULT_POLICY } from '../../../lib/policy/index.ts';

const p = DEFAULT_POLICY;
/** Every term list of the built-in policy, compiled as the rules compile them. */
const TERM_REGEXES = Object.entries({
  brand: termRegex([...p.brand.terms, ...p.brand.handles]),
  brandCase: termRegex(p.brand.caseSensitiveTerms, true),
  accepted: termRegex(p.disclosure.accepted),
  unclear: termRegex(p.disclosure.unclear),
  handoffHandles: termRegex(Object.values(p.handoff.handles)),
  complaint: termRegex(p.handoff.complaintTerms),
  troubleshooting: termRegex(p.handoff.troubleshootingTerms),
  insult: termRegex(p.tone.insult.terms),
  competitor: termRegex(p.tone.competitor.terms),
  otherSide: termRegex(p.tone.otherSide.terms),
  negative: termRegex(p.tone.negativeTerms),
  hostile: termRegex(p.tone.hostileThread.terms),
  confidential: groupedTermRegex(p.confidential.topics.map((t) => t.terms)),
}).filter((e): e is [string, CompiledTerms] => e[1] instanceof CompiledTerms);

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(
    'Dell',
    'DELL',
    'dell',
    'XPS',
    'xps13',
    'I work for Dell',
    'I   WORK\tfor\u00a0dell',
    "I'm a Dell employee",
    'I’M A DELL EMPLOYEE',
    '#IWorkForDell',
    '#iworkfordell',
    '@DellCares',
    'Alienware',
    'idiot',
    'IDIOTS',
    'garbage',
    'HP',
    'layoffs',
    'Layoff',
    'earnings',
    'EPS',
    'have you tried',
    'broken',
    'sneak peek of our next',
    'Je travaille chez Dell',
    'JE TRAVAILLE CHEZ DELL',
    'employé de Dell',
    'EMPLOYÉ DE DELL',
    'ich arbeite für Dell',
    'ICH ARBEITE FÜR DELL',
    'ſ',
    'Σ',
    'ΣΑΣ',
    'ς',
    'İ',
    'ı',
    'K',
    'ß',
    'ẞ',
    'µ',
    'Ꭰ',
    'ǅ',
    '😀',
    '電話',
    'e\u0301',
    '\n',
    ' ',
    '-',
    "'",
    '_',
    'x',
    '1',
  ),
);
const textArb = fc.array(piece, { maxLength: 20 }).map((a) => a.join(''));

const plain = (ms: readonly TermMatch[]) => ms.map((m) => [m.start, m.end, m.text, m.group]);

describe('lower-case twins of the term regexes', () => {
  it('find exactly what the case-insensitive regexes find (default policy lists)', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 1, max: 5 }), (text, limit) => {
        const lower = lowerIfSafe(text);
        for (const [, re] of TERM_REGEXES) {
          expect(plain(findAll(re, text, 1000, lower))).toEqual(plain(findAll(re, text)));
          expect(plain(findAll(re, text, limit, lower))).toEqual(plain(findAll(re, text, limit)));
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('find exactly the same for arbitrary term lists', () => {
    const word = fc.constantFrom(
      'a',
      'A b',
      'ab',
      'a  B',
      "don't",
      '’tis',
      "it's ok",
      '#Tag',
      '@Handle',
      'x*',
      'Ab*',
      'Wörk*',
      'Σα',
      'ſt',
      'é',
      'Éa',
      '1a',
      'b-c',
      'a.b',
      'tag',
      'TAG team',
    );
    const term = fc.oneof(
      { weight: 6, arbitrary: word },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.constantFrom('電話', '😀x') },
    );
    // Lists of these alone get a prefix index (all bounded, all case-safe).
    const indexable = word.filter((w) => !/[Σſ]/.test(w));
    const recase = (w: string, k: number) => (k === 0 ? w : k === 1 ? w.toUpperCase() : w.toLowerCase());
    const text = fc
      .array(
        fc.oneof(
          fc.tuple(word, fc.integer({ min: 0, max: 2 })).map(([w, k]) => recase(w, k)),
          fc.constantFrom(
            'tis',
            'wörk',
            ' ',
            '  ',
            '\t',
            '\u00a0',
            'x',
            'ä',
            'Ä',
            "'",
            '’',
            '-',
            '.',
            '#',
            '😀',
            '電',
          ),
          piece,
        ),
        { maxLength: 15 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(indexable, { minLength: 1, maxLength: 6 }),
        fc.array(term, { maxLength: 4 }),
        text,
        (t1, t2, s) => {
          const lower = lowerIfSafe(s);
          for (const re of [
            termRegex(t1),
            groupedTermRegex([t1, t1.slice(1)]),
            termRegex([...t1, ...t2]),
            groupedTermRegex([t1, t2]),
          ]) {
            expect(plain(findAll(re, s, 1000, lower))).toEqual(plain(findAll(re, s)));
          }
        },
      ),
      { numRuns: 250 },
    );
  }, 60_000);

  it.each([
    [['’tis', 'x'], "so 'TIS ok"],
    [["don't", 'y'], 'I DON’T'],
    [['a b', 'z'], 'x A\u00a0B'],
    [['Wörk*', 'a'], 'WÖRKING'],
    [['ab*'], 'ab abc xab'],
    [['#tag'], 'a#tag #TAG'],
  ])('twins with a prefix index: %j in %j', (terms, s) => {
    const re = termRegex(terms);
    const got = plain(findAll(re, s, 1000, lowerIfSafe(s)));
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(plain(findAll(re, s)));
  });

  it('are used when every character is case-safe and not otherwise', () => {
    expect(lowerIfSafe('Hello Wörld 😀 電話')).toBe('hello wörld 😀 電話');
    for (const s of ['ſ', 'Σ', 'ς', 'İ', 'ß', 'µ', '\u212a', '\u0345'])
      expect(lowerIfSafe(`a${s}b`)).toBeNull();
  });

  it('caseSafe: lower-casing a safe character keeps its /iu class and its word class', () => {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const byLower = new Map<string, string[]>();
    const classes: [RegExp, RegExp][] = [
      [/^[\p{L}\p{N}_]$/iu, /^[\p{L}\p{N}_]$/u],
      [/^[\p{L}\p{N}]$/iu, /^[\p{L}\p{N}]$/u],
      [/^\s$/iu, /^\s$/u],
    ];
    let caseless = '';
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (!caseSafe(cp)) continue;
      const s = String.fromCodePoint(cp);
      const l = s.toLowerCase();
      if (l === s && s.toUpperCase() === s) {
        if (cp >= 128) caseless += s;
        continue;
      }
      for (const [iu, u] of classes)
        if (iu.test(s) !== u.test(l)) throw new Error(`class of U+${cp.toString(16)}`);
      const list = byLower.get(l) ?? [];
      list.push(s);
      byLower.set(l, list);
    }
    // Within the safe characters, /iu equivalence is exactly "same lower case".
    const cased = [...byLower.values()].flat().join('');
    for (const [l, members] of byLower) {
      for (const m of cased.matchAll(new RegExp(esc(l), 'giu'))) {
        if (m[0].toLowerCase() !== l) throw new Error(`${m[0]} matches ${l}`);
      }
      for (const s of members) expect(new RegExp(`^${esc(l)}$`, 'iu').test(s)).toBe(true);
    }
    // No caseless character is /iu-equal to a cased one.
    const anyCased = new RegExp(`[${[...byLower.keys()].map(esc).join('')}]`, 'iu');
    expect(anyCased.test(caseless)).toBe(false);
  }, 60_000);
});

/** The tokenizer the engine used before: one Unicode regex. */
function referenceProfanity(text: string, lists: ProfanityLists): [number, number, string][] {
  const TOKEN = /[\p{L}\p{N}@$*!._'’-]*[\p{L}\p{N}@$*][\p{L}\p{N}@$*!._'’-]*/gu;
  const out: [number, number, string][] = [];
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    let tok = m[0];
    let start = m.index;
    const lead = /^[._'’!-]+/.exec(tok)?.[0].length ?? 0;
    tok = tok.slice(lead);
    start += lead;
    tok = tok.replace(/[._'’-]+$/, '');
    if (tok.length < 3 || lists.allow.has(tok.toLowerCase())) continue;
    if (/^[\p{L}]+$/u.test(tok) && !/[a-z]/i.test(tok)) continue;
    if (!isProfane(tok)) continue;
    if (/^[A-Z][a-z]+$/.test(tok) && /^\s+[A-Z]/.test(text.slice(start + tok.length, start + tok.length + 3)))
      continue;
    out.push([start, start + tok.length, tok]);
    if (out.length > 200) break;
  }
  return out;
}

describe('profanity tokenizer', () => {
  const profane = fc.constantFrom(
    'fuck',
    'f.u.c.k',
    'F.U.C.K.',
    'sh1t',
    'sh!t!',
    '$h!t',
    'f*ck',
    'a**hole',
    '...shit...',
    "'shit'",
    '-bitch-',
    'Dick Smith',
    'dick',
    'Scunthorpe',
    'fuck😀',
    'shït',
    '𝐟𝐮𝐜𝐤',
    'ass',
    'class',
  );
  const text = fc.array(fc.oneof(piece, profane), { maxLength: 20 }).map((a) => a.join(''));
  it('finds exactly what the token regex found', () => {
    // An allowed word the generator produces, so the allow list is exercised too.
    const lists: ProfanityLists = { builtIn: true, extra: null, allow: new Set(['sh1t']) };
    fc.assert(
      fc.property(text, (s) => {
        const got = findProfanity(s, lists).map((m) => [m.start, m.end, m.text]);
        expect(got).toEqual(referenceProfanity(s, lists));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('role disclosures through the lower-case phrasings', () => {
  const matcher = roleDisclosureMatcher('Dell Technologies', ['engineer', 'product manager', 'Développeur'])!;
  const piece = fc.constantFrom(
    'as an ',
    "I'M A ",
    'i’m the ',
    'one of the ',
    'senior ',
    'ENGINEER',
    'Product  Manager',
    'développeurs',
    ' at ',
    ' with ',
    'dell technologies',
    'DELL\u00a0TECHNOLOGIES',
    'Part of the ',
    ' team',
    'I work on the ',
    ' ',
    'x',
    'É',
    'ſ',
    '😀',
    '.',
  );
  const phrasing = fc
    .tuple(
      fc.constantFrom(
        'as an engineer at Dell Technologies',
        'I’m a Dell Technologies product manager',
        'part of the dell technologies team',
        'i work in DELL TECHNOLOGIES',
        'AS ONE OF THE développeurs WITH dell technologies',
      ),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([p, k]) => (k === 0 ? p : k === 1 ? p.toUpperCase() : p.toLowerCase()));
  const window = fc
    .array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: phrasing }), { maxLength: 14 })
    .map((a) => a.join(''));
  it('find exactly what the case-insensitive phrasings find on a case-safe window', () => {
    let found = 0;
    fc.assert(
      fc.property(window, (w) => {
        const lower = lowerIfSafe(w);
        fc.pre(lower !== null);
        const exec = (re: RegExp, s: string) => {
          re.lastIndex = 0;
          const m = re.exec(s);
          return m && [m.index, m[0].length];
        };
        const expected = exec(matcher.role, w);
        if (expected) found++;
        expect(exec(matcher.lowerRole, lower!)).toEqual(expected);
      }),
      { numRuns: 600 },
    );
    // The generator reaches the phrasings: the comparison is not only of two misses.
    expect(found).toBeGreaterThan(50);
  }, 60_000);
  it('still finds a phrasing in a window that is not case-safe', () => {
    const text = 'ſo, as an engineer at Dell Technologies I can say';
    expect(findRoleDisclosures(text, matcher).map((m) => m.text)).toEqual([
      'as an engineer at Dell Technologies',
    ]);
  });
});
