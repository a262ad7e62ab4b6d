/**
 * Unicode case safety: when lower-casing a text keeps every offset and every case-insensitive match,
 * the term matchers run on text.toLowerCase() without the slow Unicode `i` flag.
 */

/**
 * True when lower-casing `cp` is consistent with /iu matching: ASCII, caseless characters, and cased
 * characters whose upper and lower forms map to each other one to one. Excluded: Σ (lower-cased by
 * context), ſ, ς, µ, ß, İ, the Kelvin sign and the like. Checked over every code point by
 * tests/unit/engine/fast-paths.test.ts.
 */
export function caseSafe(cp: number): boolean {
  if (cp < 128) return true;
  if (cp === 0x3a3) return false;
  const s = String.fromCodePoint(cp);
  const l = s.toLowerCase();
  const u = s.toUpperCase();
  if (l === s && u === s) return true;
  return l.length === s.length && u.length === s.length && u.toLowerCase() === l && l.toUpperCase() === u;
}

const safeCache = new Map<number, boolean>();
const NON_ASCII = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex

export function allCaseSafe(text: string): boolean {
  if (!NON_ASCII.test(text)) return true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    let ok = safeCache.get(cp);
    if (ok === undefined) {
      ok = caseSafe(cp);
      if (safeCache.size < 8192) safeCache.set(cp, ok);
    }
    if (!ok) return false;
  }
  return true;
}

/** text.toLowerCase() when every character is case-safe (so offsets and matches carry over), else null. */
export function lowerIfSafe(text: string): string | null {
  return allCaseSafe(text) ? text.toLowerCase() : null;
}
