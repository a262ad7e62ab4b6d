/**
 * What a feed post says about the company, for the listening counts: the brand and product names it
 * mentions, the competitors it names, and a coarse sentiment from the engine's own detectors (the
 * hand-off rule's complaint lexicon, the tone rules' hostility and negative words) plus the
 * policy's praise words. Pure: no DOM, no browser API; the text is read here and never kept.
 */
import { settingsOf } from '../engine/rule.ts';
import { handoffRule, isComplaint } from '../engine/rules/handoff/handoff.ts';
import { hostileThreadRule, isHostile } from '../engine/rules/tone/hostile-thread.ts';
import { competitorRule } from '../engine/rules/tone/slam.ts';
import { findAll, groupedTermRegex, termRegex, type Searchable } from '../engine/terms.ts';
import type { Policy } from '../policy/schema.ts';

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export interface PostMention {
  /** Brand and product names the post mentions, as the policy writes them, each once. */
  products: string[];
  /** Competitor names, as the policy writes them, each once. */
  competitors: string[];
  sentiment: Sentiment;
}

/** A list of names, found by one regex whose capture group tells which name matched. */
interface NameList {
  names: string[];
  anyCase: Searchable | null;
  /** Names matched only with their exact capitalisation ("Latitude", not "latitude"). */
  exactCase: { name: string; re: Searchable | null }[];
}

interface Prepared {
  products: NameList;
  competitors: NameList;
  positive: Searchable | null;
  negative: Searchable | null;
  handoff: ReturnType<NonNullable<typeof handoffRule.prepare>>;
  hostile: ReturnType<NonNullable<typeof hostileThreadRule.prepare>>;
}

const nameOf = (term: string) => term.trim().replace(/\*$/, '');

function nameList(anyCase: readonly string[], exactCase: readonly string[] = []): NameList {
  return {
    names: anyCase.map(nameOf),
    anyCase: groupedTermRegex(anyCase.map((t) => [t])),
    exactCase: exactCase.map((t) => ({ name: nameOf(t), re: termRegex([t], true) })),
  };
}

function namesIn(text: string, list: NameList): string[] {
  const found = new Set<string>();
  for (const m of findAll(list.anyCase, text, 50)) found.add(list.names[m.group]!);
  for (const { name, re } of list.exactCase) if (findAll(re, text, 1).length > 0) found.add(name);
  return [...found];
}

/**
 * The policy's lists of names: its brand and products (some matched in one case only) and its
 * competitors.
 */
function nameTerms(policy: Policy) {
  const { listening, brand } = policy;
  return {
    products: listening.products
      ? { anyCase: listening.products, exactCase: [] }
      : { anyCase: brand.terms, exactCase: brand.caseSensitiveTerms },
    competitors: listening.competitors ?? settingsOf(competitorRule, policy).terms,
  };
}

const preparedFor = new WeakMap<Policy, Prepared>();

function prepare(policy: Policy): Prepared {
  let p = preparedFor.get(policy);
  if (p) return p;
  const { products, competitors } = nameTerms(policy);
  p = {
    products: nameList(products.anyCase, products.exactCase),
    competitors: nameList(competitors),
    positive: termRegex(policy.listening.positiveTerms),
    negative: termRegex(policy.tone.negativeTerms),
    handoff: handoffRule.prepare!(settingsOf(handoffRule, policy), policy),
    hostile: hostileThreadRule.prepare!(settingsOf(hostileThreadRule, policy), policy),
  };
  preparedFor.set(policy, p);
  return p;
}

/** Every name the policy's listening counts: a mention event may carry only one of these. */
export function listeningNames(policy: Policy): Set<string> {
  const { products, competitors } = prepare(policy);
  return new Set([products, competitors].flatMap((l) => [...l.names, ...l.exactCase.map((e) => e.name)]));
}

/**
 * Characters outside ASCII that a Unicode case-insensitive match takes for ASCII letters: the long
 * s (ſ, for s) and the Kelvin sign (K, for k).
 */
const FOLDS_TO_ASCII = '\u017F\u212A';

const quickTests = new WeakMap<Policy, (text: string) => boolean>();

/**
 * A quick test that is true of every text classifyPost counts, and of a few more: whether the text
 * holds, in any case, the longest run of ASCII letters and digits of one of the names. The page
 * asks it of every post it passes, so that only the texts that may count leave the page; it costs
 * a fraction of classifyPost's name search and compiles in a fraction of its time. A name with no
 * ASCII letter or digit makes it true of every text that is not blank.
 */
export function mayNameAny(policy: Policy): (text: string) => boolean {
  let test = quickTests.get(policy);
  if (test) return test;
  const { products, competitors } = nameTerms(policy);
  const names = [...products.anyCase, ...products.exactCase, ...competitors].filter((n) => n.trim() !== '');
  const stems = names.map(
    (name) => (name.match(/[A-Za-z0-9]+/g) ?? []).sort((a, b) => b.length - a.length)[0],
  );
  if (names.length === 0) test = () => false;
  else if (stems.some((stem) => stem === undefined)) test = (text) => text.trim() !== '';
  else {
    // Not Unicode, so that only ASCII letters match ASCII letters; the two that fold are added.
    const re = new RegExp(`${[...new Set(stems)].join('|')}|[${FOLDS_TO_ASCII}]`, 'i');
    test = (text) => re.test(text);
  }
  quickTests.set(policy, test);
  return test;
}

/** "not great", "never fast": praise denied is no praise. */
const DENIED = /\b(?:not|never|no|isn['’]t|wasn['’]t|aren['’]t|don['’]t|doesn['’]t|hardly)\s+(?:\w+\s+)?$/i;

function praised(text: string, positive: Searchable | null): boolean {
  return findAll(positive, text, 20).some(
    (m) => !DENIED.test(text.slice(Math.max(0, m.start - 24), m.start)),
  );
}

/**
 * The brand, product and competitor names a post mentions and its coarse sentiment; undefined
 * when it names none of them (such posts are not counted at all).
 */
export function classifyPost(text: string, policy: Policy): PostMention | undefined {
  const p = prepare(policy);
  const products = namesIn(text, p.products);
  const competitors = namesIn(text, p.competitors);
  if (products.length === 0 && competitors.length === 0) return undefined;
  // Cheapest first: the hostility check (profanity's word list) costs the most.
  const negative =
    isComplaint(text, p.handoff) || findAll(p.negative, text, 1).length > 0 || isHostile(text, p.hostile);
  const sentiment: Sentiment = negative ? 'negative' : praised(text, p.positive) ? 'positive' : 'neutral';
  return { products, competitors, sentiment };
}
