/**
 * Listening first: which brand, product and competitor names the feed observer counts as the
 * employee scrolls, and where a flagged post's report goes. The name lists default to the policy's
 * own (`brand`, `tone.competitor`), so an admin writes them once. Counts only are kept (never a
 * post's text or author); a flag's report is built on the device and only leaves it when the
 * employee pastes or sends it.
 */
import { z } from 'zod';
import { terms } from './fields.ts';

/** Praise words: the positive side of the coarse sentiment (the negative side is the engine's tone and complaint detection). */
export const DEFAULT_POSITIVE_TERMS = [
  'love',
  'loving',
  'loved',
  'great',
  'awesome',
  'amazing',
  'excellent',
  'fantastic',
  'impressed',
  'impressive',
  'recommend',
  'thank you',
  'thanks',
  'kudos',
  'best',
  'beautiful',
  'solid',
  'rock solid',
  'happy with',
  'fast',
  'smooth',
  'reliable',
  'proud',
  'well done',
];

export const ListeningSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(false)
      .describe(
        'Count the feed posts that name the brand, its products or its competitors as the employee scrolls past them (counts only), and offer "Flag for the listening team" on them.',
      ),
    reportTo: z
      .email()
      .max(254)
      .optional()
      .describe(
        "The listening team's e-mail address: a flag's report opens as an e-mail to it. Without it the report is only copied.",
      ),
    products: terms
      .optional()
      .describe(
        'Brand and product names counted, each on its own; default: `brand.terms` and `brand.caseSensitiveTerms`.',
      ),
    competitors: terms
      .optional()
      .describe('Competitor names counted, each on its own; default: `tone.competitor.terms`.'),
    positiveTerms: terms
      .default(DEFAULT_POSITIVE_TERMS)
      .describe(
        'Praise words: a post with one and no complaint or hostility counts as positive. Negative comes from the hand-off complaint lexicon and the tone rules (profanity, insults, shouting, `tone.negativeTerms`).',
      ),
  })
  .prefault({});

export type Listening = z.output<typeof ListeningSchema>;
