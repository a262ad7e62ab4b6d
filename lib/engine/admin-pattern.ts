/**
 * Admin patterns (custom rules, company identifiers) are written in RE2 syntax and must never hang
 * a page. Most of them are short and bounded (`\b\d{10,11}\b`): those run on the browser's own
 * RegExp, which gives the same answers in bounded time. Anything else (`+`, `*`, open repeats,
 * repeated groups, RE2-only syntax) runs on re2js, a linear-time engine that is too big for every
 * content script: it is provided once by whoever needs it (`./re2.ts` in Node and the background;
 * loaded on demand in a content script whose policy needs it).
 */
import type { RE2JS } from 're2js';
import type { Policy } from '../policy/schema.ts';
import type { Span } from './spans.ts';

export interface AdminPattern {
  /** Up to `limit` non-empty matches, left to right. */
  spans(text: string, limit: number): Span[];
}

/** Every admin pattern of a policy (custom rules and company identifiers). */
export function adminPatterns(policy: Policy): { source: string; caseSensitive: boolean }[] {
  return [
    ...policy.customRules.flatMap((r) =>
      r.pattern === undefined ? [] : [{ source: r.pattern, caseSensitive: r.caseSensitive }],
    ),
    ...policy.pii.identifiers.map((d) => ({ source: d.pattern, caseSensitive: true })),
  ];
}

type Re2Module = typeof RE2JS;
let re2: Re2Module | undefined;

/** Makes the linear-time engine available to patterns that need it. */
export function provideRe2(module: Re2Module): void {
  re2 = module;
}

/**
 * A bounded pattern explores at most this many ways through itself from each start position, so a
 * scan costs at most text length × paths × pattern length steps on a backtracking engine.
 */
const MAX_PATHS = 16;
const MAX_REPEAT = 100;
/** Escapes with the same meaning in RE2 and in a JavaScript RegExp without the `u` flag. */
const SAME_CLASS_ESCAPE = /[dDwW]/;
const LITERAL_ESCAPE = /[\\^$.|?*+()[\]{}/-]/;

/**
 * True when the pattern runs on a native RegExp with RE2's answers in bounded time: literals,
 * `\d \w \b` (ASCII in both engines), classes, groups and alternatives, and `?`/`{n}`/`{n,m}` on
 * single atoms only, with few ways to match from any position. Conservative: anything it does
 * not know goes to RE2 (`.` and `\s` differ between the engines on line breaks and Unicode spaces).
 * One known difference remains: ignoring case, RE2 also matches k to the Kelvin sign and s to the
 * long s (U+212A, U+017F); a RegExp without the `u` flag does not.
 */
export function runsNatively(source: string, caseSensitive: boolean): boolean {
  // Case folding differs outside ASCII (RE2 folds K and the Kelvin sign together).
  if (!caseSensitive && /[^\x20-\x7e]/.test(source)) return false;
  let paths = 1;
  let quantifiable = false;
  const alternatives = [1];
  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (e === 'b' || e === 'B') quantifiable = false;
      else if (SAME_CLASS_ESCAPE.test(e) || LITERAL_ESCAPE.test(e)) quantifiable = true;
      else return false;
      i += 2;
    } else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return false;
      quantifiable = true;
      i = end;
    } else if (c === '(') {
      if (source[i + 1] === '?') {
        if (source[i + 2] !== ':') return false; // flags, named groups, lookarounds
        i += 3;
      } else i += 1;
      alternatives.push(1);
      quantifiable = false;
    } else if (c === ')') {
      if (alternatives.length < 2) return false;
      paths *= alternatives.pop()!;
      quantifiable = false; // a repeated group is left to RE2
      i += 1;
    } else if (c === '|') {
      alternatives[alternatives.length - 1]! += 1;
      quantifiable = false;
      i += 1;
    } else if (c === '?' || c === '{') {
      const repeat = c === '?' ? ['?', '0', '1'] : /^\{(\d{1,3})(?:,(\d{1,3}))?\}/.exec(source.slice(i));
      if (!quantifiable || !repeat) return false;
      const [written = '', low, high = low] = repeat;
      const min = Number(low);
      const max = Number(high);
      if (max < min || max > MAX_REPEAT) return false;
      paths *= max - min + 1;
      i += written.length;
      if (source[i] === '?') return false; // lazy repeats
      quantifiable = false;
    } else if (c === '^' || c === '$') {
      quantifiable = false;
      i += 1;
    } else if ('*+.]}'.includes(c)) {
      return false;
    } else {
      quantifiable = true;
      i += 1;
    }
    if (paths > MAX_PATHS) return false;
  }
  return alternatives.length === 1 && paths * alternatives[0]! <= MAX_PATHS;
}

/** The index after a character class that means the same in both engines, or -1. */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i += 1;
  if (source[i] === ']') return -1; // a leading ] is a literal in RE2, an empty class in JavaScript
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === ']') return i + 1;
    if (c === '[') return -1; // [:alpha:] and nested classes
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (!SAME_CLASS_ESCAPE.test(e) && !LITERAL_ESCAPE.test(e)) return -1;
      i += 1;
    }
  }
  return -1;
}

function nativePattern(source: string, caseSensitive: boolean): AdminPattern {
  const re = new RegExp(source, caseSensitive ? 'g' : 'gi');
  return {
    spans(text, limit) {
      const out: Span[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
        if (m[0].length === 0) re.lastIndex += 1;
        else out.push({ start: m.index, end: m.index + m[0].length });
      }
      return out;
    },
  };
}

function re2Pattern(module: Re2Module, source: string, caseSensitive: boolean): AdminPattern | null {
  let compiled: RE2JS;
  try {
    compiled = module.compile(source, caseSensitive ? 0 : module.CASE_INSENSITIVE);
  } catch {
    return null; // parsePolicy refuses such patterns; a hand-built policy just loses the rule
  }
  return {
    spans(text, limit) {
      const out: Span[] = [];
      const m = compiled.matcher(text);
      while (out.length < limit && m.find()) {
        if (m.end() > m.start()) out.push({ start: m.start(), end: m.end() });
      }
      return out;
    },
  };
}

/**
 * The pattern, ready to run; null when it does not compile. Throws when it needs RE2 and nobody
 * provided it: the rule then fails on its own and says so, instead of running unprotected.
 */
export function compileAdminPattern(source: string, caseSensitive: boolean): AdminPattern | null {
  if (runsNatively(source, caseSensitive)) {
    try {
      return nativePattern(source, caseSensitive);
    } catch {
      return null;
    }
  }
  if (!re2)
    throw new Error(`the pattern ${JSON.stringify(source)} needs the RE2 engine, which is not loaded`);
  return re2Pattern(re2, source, caseSensitive);
}
