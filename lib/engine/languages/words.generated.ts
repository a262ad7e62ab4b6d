// Written by scripts/language-index.ts from the folders of lib/engine/languages/: do not edit.
import { words as de } from './de/words.ts';
import { words as en } from './en/words.ts';
import { words as es } from './es/words.ts';
import { words as fr } from './fr/words.ts';
import { words as ja } from './ja/words.ts';
import { words as pt } from './pt/words.ts';

export const WORDS_BY_LANGUAGE = {
  de,
  en,
  es,
  fr,
  ja,
  pt,
};
