/**
 * A complaint by its parts rather than by a cue word: a symptom ("draining", "hanging", "on hold"),
 * a part of the product or service ("battery", "screen", "order") and a negative turn ("very
 * poor", "don't buy", "still"). The lists are the hand-off settings'; the hand-off rule reads a
 * post being answered with them, the competitor rule a draft that runs a rival's product down.
 */
import { findAll, type Searchable } from '../terms.ts';

export interface ComplaintLexicon {
  symptoms: Searchable | null;
  parts: Searchable | null;
  negativeTurns: Searchable | null;
}

/** "no lag", "haven't seen any lag", "without heating": a symptom denied is no symptom. */
const DENIED = /\b(?:no|not|never|without|zero|any)\s+(?:\w+\s+)?$/i;

export interface ComplaintSignals {
  symptom: boolean;
  part: boolean;
  turn: boolean;
}

/** Which kinds of complaint signal the text shows; a denied symptom does not count. */
export function complaintSignals(text: string, lexicon: ComplaintLexicon): ComplaintSignals {
  return {
    symptom: findAll(lexicon.symptoms, text, 20).some(
      (m) => !DENIED.test(text.slice(Math.max(0, m.start - 24), m.start)),
    ),
    part: findAll(lexicon.parts, text, 1).length > 0,
    turn: findAll(lexicon.negativeTurns, text, 1).length > 0,
  };
}

/** How many kinds of signal (0 to 3). */
export const kindsOf = (s: ComplaintSignals) => Number(s.symptom) + Number(s.part) + Number(s.turn);
