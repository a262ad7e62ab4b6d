/**
 * Inside knowledge by its shape rather than by a listed term: a sentence where the author speaks
 * for the firm ("we", "our") and gives numbers before results ("we will go over by 10%", "our
 * sales will beat the forecast"), a date for what is not launched ("we ship it in a few weeks"),
 * or a legal matter of the firm's ("our lawyers", "we are back in court"). Each class needs the
 * first person in the same sentence, so news about other firms stays out.
 */
import type { Span } from '../spans.ts';

export const INSIDER_CLASSES = ['results-ahead', 'launch-date', 'legal-matter'] as const;
export type InsiderClass = (typeof INSIDER_CLASSES)[number];

export interface InsiderMatch extends Span {
  kind: InsiderClass;
}

/** Sentences (no sentence end inside), at most a few hundred characters each. */
const SENTENCE = /[^.!?\n]{1,400}/g;
/** "we", "our", "us" in lower case ("US" in capitals is the country). */
const FIRST_PERSON = /\b(?:[Ww]e(?:['’](?:re|ve|ll|d))?|[Oo]urs?|us)\b/;

const FINANCIALS =
  /\b(?:profits?|sales|revenues?|margins?|costs|earnings|results|growth|forecasts?|guidance|budget|bookings|numbers)\b/i;
const FIGURE_OR_OUTLOOK =
  /\d(?:[\d.,]*)\s?(?:%|percent|per cent|bn|billion|million)|\b(?:will|going to|expect\w*|forecast\w*|estimate\w*|outlook|targets?|on track|ahead of|beat|miss|risk)\b/i;

const LAUNCH =
  /\b(?:launch\w*|ship(?:s|ping)?|releas\w*|unveil\w*|announc\w*|roll(?:s|ing)? out|go(?:es)? live)\b/i;
const WHEN =
  /\b(?:in (?:a few|a couple of|two|three|four|\d+) (?:days|weeks|months)|next (?:week|month|quarter)|(?:this|next) (?:spring|summer|fall|autumn|winter)|(?:January|February|March|April|June|July|August|September|October|November|December)\b|Q[1-4])/;

const LEGAL =
  /\b(?:court|lawyers?|attorneys?|legal (?:case|action|team|advice|issues?|matters?|proceedings|dispute)|lawsuits?|sue[ds]?|suing|regulators?|inquiry|investigation|subpoena\w*|settle(?:ment)?)\b/i;

const TESTS: Record<InsiderClass, (s: string) => boolean> = {
  'results-ahead': (s) => FINANCIALS.test(s) && FIGURE_OR_OUTLOOK.test(s),
  'launch-date': (s) => LAUNCH.test(s) && WHEN.test(s),
  'legal-matter': (s) => LEGAL.test(s),
};

/**
 * The sentences of `text` that show one of the `kinds`, each with the first kind it shows. A draft
 * without a first-person word costs a single scan.
 */
export function findInsider(text: string, kinds: readonly InsiderClass[], limit = 20): InsiderMatch[] {
  const out: InsiderMatch[] = [];
  if (kinds.length === 0 || !FIRST_PERSON.test(text)) return out;
  SENTENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE.exec(text)) !== null && out.length < limit) {
    const s = m[0];
    if (!FIRST_PERSON.test(s)) continue;
    const kind = kinds.find((k) => TESTS[k](s));
    if (!kind) continue;
    const lead = s.length - s.trimStart().length;
    out.push({ kind, start: m.index + lead, end: m.index + s.trimEnd().length });
  }
  return out;
}
