/**
 * The draft's language, told on the device from its words: a script that alone tells the
 * language (Japanese kana), else the most common function words and letters of each language in
 * languages/<tag>/words.ts. A few kilobytes, no model: the content scripts stay within their
 * size budget. Unsure (too few words, a tie) is null, and the hints decide.
 */
import { LANGUAGE_WORDS } from './languages/words.ts';
import type { Draft } from './types.ts';

/** Fewer counted words than this, and the text alone does not decide. */
const MIN_EVIDENCE = 2;
/** The text read at most: a language shows in its first words. */
const MAX_READ = 2000;

const TABLE = LANGUAGE_WORDS;
/** Each word and letter with the indexes (in TABLE) of the languages it counts for. */
const WORD_LANGUAGES = new Map<string, number[]>();
const LETTER_LANGUAGES = new Map<string, number[]>();
TABLE.forEach((l, i) => {
  for (const w of new Set(l.words)) WORD_LANGUAGES.set(w, [...(WORD_LANGUAGES.get(w) ?? []), i]);
  for (const ch of l.letters) LETTER_LANGUAGES.set(ch, [...(LETTER_LANGUAGES.get(ch) ?? []), i]);
});

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, MAX_READ);
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  for (const l of TABLE) {
    if (!l.script || !l.script.marks.test(sample)) continue;
    const letters = sample.match(l.script.letters)?.length ?? 0;
    if (letters >= MIN_EVIDENCE && letters * 2 >= latin) return l.language;
  }
  // Links, handles and hashtags are not the writer's language.
  const tokens = sample
    .replace(/https?:\/\/\S+|[@#][\p{L}\p{N}_]+/gu, ' ')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .match(/[\p{L}']+/gu);
  if (!tokens) return null;
  const scores = TABLE.map(() => 0);
  for (const t of tokens) {
    for (const i of WORD_LANGUAGES.get(t) ?? []) scores[i]! += 1;
    for (const ch of t) for (const i of LETTER_LANGUAGES.get(ch) ?? []) scores[i]! += 0.5;
  }
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  scores.forEach((score, i) => {
    if (score > bestScore) [best, bestScore, second] = [TABLE[i]!.language, score, bestScore];
    else if (score > second) second = score;
  });
  return bestScore >= MIN_EVIDENCE && bestScore > second ? best : null;
}

/** The primary language of a BCP 47 tag ("pt-BR" → "pt"), or null when it is not one. */
function primary(tag: unknown): string | null {
  return typeof tag === 'string' && /^[a-z]{2,3}(-|$)/i.test(tag) ? tag.split('-')[0]!.toLowerCase() : null;
}

/**
 * The language a draft is checked in: the one declared with it, else the one its text shows, else
 * the post being answered's, else the writer's locale (its region kept: "fr-CA"), else the
 * policy's.
 */
export function draftLanguage(draft: Draft, policyLanguage: string): string {
  if (primary(draft?.language)) return draft.language!;
  const own = detectLanguage(typeof draft?.text === 'string' ? draft.text : '');
  const locale = primary(draft?.locale) ? draft.locale! : null;
  // The locale's region refines a detected language it agrees with ("fr" + "fr-CA").
  const refine = (language: string) => (locale && primary(locale) === language ? locale : language);
  if (own) return refine(own);
  const reply = typeof draft?.replyTo?.text === 'string' ? detectLanguage(draft.replyTo.text) : null;
  if (reply) return refine(reply);
  return locale ?? policyLanguage;
}
