/**
 * The built-in policy's texts and term lists per language (each folder's policy.ts), for its
 * `translations`. Only the policy layer imports this; the content scripts get the policy parsed.
 */
import { policy as de } from './de/policy.ts';
import { policy as es } from './es/policy.ts';
import { policy as fr } from './fr/policy.ts';
import { policy as ja } from './ja/policy.ts';
import { policy as pt } from './pt/policy.ts';

export const DEFAULT_TRANSLATIONS = { fr, de, es, pt, ja };
