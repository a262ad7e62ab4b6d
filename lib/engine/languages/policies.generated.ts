// Written by scripts/language-index.ts from the folders of lib/engine/languages/: do not edit.
import { policy as de } from './de/policy.ts';
import { policy as es } from './es/policy.ts';
import { policy as fr } from './fr/policy.ts';
import { policy as ja } from './ja/policy.ts';
import { policy as pt } from './pt/policy.ts';

export const POLICY_TEXTS_BY_LANGUAGE = {
  de,
  es,
  fr,
  ja,
  pt,
};
