/**
 * Everything expensive about a policy (regexes, matchers, lookup tables) is prepared once per
 * policy object and cached in a WeakMap, so evaluate() per keystroke only scans the text.
 */
import { RE2JS } from 're2js';
import type { Policy } from '../policy/schema.ts';
import { groupedTermRegex, normHandle, termRegex } from './text.ts';

export interface CompiledIdentifier {
  def: Policy['pii']['identifiers'][number];
  re: RE2JS;
  context: RegExp | null;
}

export interface CompiledCustom {
  rule: Policy['customRules'][number];
  re2: RE2JS | null;
  terms: RegExp | null;
}

export interface Compiled {
  guidelineTitles: Map<string, string>;
  brand: RegExp | null;
  brandCase: RegExp | null;
  accepted: RegExp | null;
  unclear: RegExp | null;
  handoffHandles: RegExp | null;
  piiAllow: Set<string>;
  identifiers: CompiledIdentifier[];
  profanityExtra: RegExp | null;
  profanityAllow: Set<string>;
  insult: RegExp | null;
  competitor: RegExp | null;
  otherSide: RegExp | null;
  negative: RegExp | null;
  hostile: RegExp | null;
  confidential: RegExp | null;
  complaint: RegExp | null;
  troubleshooting: RegExp | null;
  approved: Map<string, Policy['governance']['approvedAccounts'][number]>;
  brandedMarkers: string[];
  custom: CompiledCustom[];
  /** Upper-case words kept as they are when fixing shouting (XPS, APEX…). */
  keepUpper: Set<string>;
}

const cache = new WeakMap<Policy, Compiled>();

/** [\s().+\-–]: JavaScript's \s (white space and line terminators) and ( ) . + - –. */
function isSeparator(code: number): boolean {
  if (code < 128)
    return (
      (code >= 9 && code <= 13) ||
      code === 32 ||
      (code >= 40 && code <= 41) ||
      code === 46 ||
      code === 43 ||
      code === 45
    );
  return (
    code === 0x2013 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Normalise a PII value for allow-list and repeat comparisons. */
export function normPii(value: string): string {
  // One pass for value.replace(/\D/g, '') and the length of value.replace(/[\s().+\-–]/g, '').
  let digits = '';
  let kept = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += value.charAt(i);
    if (!isSeparator(code)) kept++;
  }
  if (digits.length >= 7 && digits.length >= kept) {
    return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  }
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

function compileRe2(source: string, caseSensitive: boolean): RE2JS | null {
  try {
    return RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch {
    return null; // parsePolicy refuses such patterns; a hand-built policy just loses the rule
  }
}

function build(policy: Policy): Compiled {
  const p = policy;
  const tone = p.tone;
  return {
    guidelineTitles: new Map(p.guidelines.map((g) => [g.id, g.title])),
    brand: termRegex([...p.brand.terms, ...p.brand.handles]),
    brandCase: termRegex(p.brand.caseSensitiveTerms, true),
    accepted: termRegex(p.disclosure.accepted),
    unclear: termRegex(p.disclosure.unclear),
    handoffHandles: termRegex(Object.values(p.handoff.handles)),
    piiAllow: new Set(p.pii.allow.map(normPii)),
    identifiers: p.pii.identifiers.flatMap((def) => {
      const re = compileRe2(def.pattern, true);
      return re ? [{ def, re, context: termRegex(def.context) }] : [];
    }),
    profanityExtra: termRegex(tone.profanity.extraTerms),
    profanityAllow: new Set(tone.profanity.allowTerms.map((t) => t.toLowerCase())),
    insult: termRegex(tone.insult.terms),
    competitor: termRegex(tone.competitor.terms),
    otherSide: termRegex(tone.otherSide.terms),
    negative: termRegex(tone.negativeTerms),
    hostile: termRegex(tone.hostileThread.terms),
    confidential: groupedTermRegex(p.confidential.topics.map((t) => t.terms)),
    complaint: termRegex(p.handoff.complaintTerms),
    troubleshooting: termRegex(p.handoff.troubleshootingTerms),
    approved: new Map(p.governance.approvedAccounts.map((a) => [normHandle(a.handle), a])),
    brandedMarkers: p.governance.brandedMarkers.map((m) => m.replace(/\s+/g, '').toLowerCase()),
    custom: p.customRules.map((rule) => ({
      rule,
      re2: rule.pattern !== undefined ? compileRe2(rule.pattern, rule.caseSensitive) : null,
      terms: rule.terms ? termRegex(rule.terms, rule.caseSensitive) : null,
    })),
    keepUpper: new Set(
      [...p.brand.terms, ...p.brand.caseSensitiveTerms, ...tone.competitor.terms]
        .flatMap((t) => t.split(/\s+/))
        .filter((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w)),
    ),
  };
}

/** The compiled form of a policy, built on first use and cached per policy object. */
export function compile(policy: Policy): Compiled {
  let c = cache.get(policy);
  if (!c) {
    c = build(policy);
    cache.set(policy, c);
  }
  return c;
}
