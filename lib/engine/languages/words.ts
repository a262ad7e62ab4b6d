/** The detector's table: one line per language (its folder's words.ts). */
import { words as de } from './de/words.ts';
import { words as en } from './en/words.ts';
import { words as es } from './es/words.ts';
import { words as fr } from './fr/words.ts';
import { words as ja } from './ja/words.ts';
import { words as pt } from './pt/words.ts';

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

export const LANGUAGE_WORDS: readonly LanguageWords[] = [en, fr, de, es, pt, ja];
