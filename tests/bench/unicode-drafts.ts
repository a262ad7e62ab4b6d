/**
 * Long drafts from one Unicode plane at a time, seeded: runs of the plane's code points (lone
 * surrogates and U+FEFF too) between the engine's own triggers — phone numbers, e-mail addresses,
 * brand names, profanity, shouting, dotted text, long tokens. Shared by the fuzz test and the
 * benchmark, so the slowest case the benchmark prints can be replayed in the test.
 */

import { seededRandom as random } from '../seeded-random.ts';

const TRIGGERS = [
  ' call me at (512) 555-0143 ',
  ' jane.doe@example.com ',
  ' a@b.co,c@d.io;e@f.org ',
  ' XPS 13 ',
  ' @Dell ',
  ' I work for Dell ',
  ' #IWorkForDell ',
  ' f.u.c.k ',
  ' idiot ',
  ' THIS IS VERY LOUD ',
  ' our Q3 earnings will beat ',
  ' 4111 1111 1111 1111 ',
  ' a.a.a.a.a.a.a.a.a.a. ',
  ' iiiiiiiiiiiiiiiiiiiiiiiiiiiiii ',
  ' https://www.dell.com/support ',
  '\n\n',
  '\uFEFF',
  'e\u0301',
  '\u202Etxet\u202C',
];

/** A code point of `plane` (0–16); in plane 0, surrogate halves and U+FEFF come up often. */
function codePoint(plane: number, next: () => number): string {
  if (plane === 0) {
    const r = next();
    if (r < 0.05) return String.fromCharCode(0xd800 + Math.floor(next() * 0x800)); // a lone half
    if (r < 0.08) return '\uFEFF';
    if (r < 0.3) return ' ';
    if (r < 0.6) return String.fromCharCode(0x61 + Math.floor(next() * 26));
    return String.fromCharCode(Math.floor(next() * 0xd800));
  }
  return String.fromCodePoint(plane * 0x10000 + Math.floor(next() * 0x10000));
}

/** A draft of exactly `length` UTF-16 units (a pair cut at the end leaves a lone high surrogate). */
export function unicodeDraft(seed: number, length: number, plane: number): string {
  const next = random(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const part =
      next() < 0.15
        ? TRIGGERS[Math.floor(next() * TRIGGERS.length)]!
        : Array.from({ length: 1 + Math.floor(next() * 40) }, () =>
            next() < 0.2 ? ' ' : codePoint(plane, next),
          ).join('');
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
}
