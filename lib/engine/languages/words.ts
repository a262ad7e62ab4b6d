/** The detector's table: each language folder's words.ts (words.generated.ts lists them). */
import { WORDS_BY_LANGUAGE } from './words.generated.ts';

export interface LanguageWords {
  language: string;
  /** Common words, lower case: each one in a draft counts for the language. */
  words: readonly string[];
  /** Letters only this language of the table uses often: each counts for it. */
  letters: string;
  /**
   * A script that tells the language: one of its `marks` (Japanese kana) and its `letters`
   * (kana and kanji) at least half as many as the Latin letters (each carries more).
   */
  script?: { marks: RegExp; letters: RegExp };
}

export const LANGUAGE_WORDS: readonly LanguageWords[] = Object.values(WORDS_BY_LANGUAGE);
