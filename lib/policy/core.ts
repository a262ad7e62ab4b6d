/**
 * The core of the policy document — who it is for, its guidelines and the brand — without the
 * rules' settings, which each rule declares itself (see schema.ts for the whole document).
 */
import { z } from 'zod';
import { idString, languageTag, localizedText, nonEmpty, terms, uniqueIds } from './fields.ts';
import { TranslationsSchema } from './localize.ts';
import { SitesSchema } from './sites.ts';
import { StorylinesSchema } from './storylines.ts';

// The course's texts are texts per language like the rules' messages (fields.ts `localizedText`);
// a question's choices are translated whole, so `answer` names the same choice in every language
// (localize.ts, checkTranslations).
export const QuestionSchema = z
  .strictObject({
    prompt: localizedText,
    choices: z.array(localizedText).min(2).max(8),
    answer: z.number().int().min(0),
  })
  .refine((q) => q.answer < q.choices.length, {
    message: 'answer must be the index of one of the choices',
    path: ['answer'],
  });

export const GuidelineSchema = z.strictObject({
  id: idString,
  title: localizedText,
  summary: localizedText,
  lesson: localizedText,
  questions: z.array(QuestionSchema).max(10).default([]),
});

export const CORE_SHAPE = {
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  policyVersion: nonEmpty,
  name: nonEmpty,
  company: nonEmpty,
  enforcement: z
    .strictObject({
      allowOverride: z.boolean().default(true).describe('Employees may "Post anyway" past a block finding.'),
      snoozeBlocks: z
        .boolean()
        .default(false)
        .describe(
          'Snoozing nudges or switching a site off also stops block findings from holding a post. By default they keep holding.',
        ),
      lockSwitches: z
        .boolean()
        .default(false)
        .describe('Employees cannot snooze nudges or switch a site off in the popup.'),
    })
    .prefault({}),
  guidelines: z.array(GuidelineSchema).min(1).max(50).superRefine(uniqueIds('guideline id')),
  brand: z
    .strictObject({
      terms: terms.default([]).describe('Brand and product names, matched case-insensitively.'),
      caseSensitiveTerms: terms
        .default([])
        .describe('Names that are also ordinary words, matched only with this exact capitalisation.'),
      handles: terms.default([]).describe("The company's own handles (a mention counts as a brand mention)."),
    })
    .prefault({}),
  metrics: z
    .strictObject({
      retentionDays: z
        .number()
        .int()
        .positive()
        .max(3650)
        .default(180)
        .describe('Days the local counts are kept (at most ten years).'),
    })
    .prefault({}),
  sites: SitesSchema,
  storylines: StorylinesSchema,
  language: languageTag
    .default('en')
    .describe(
      "The language of the policy's texts: a draft in a language the policy has no text for gets these.",
    ),
  translations: TranslationsSchema,
};

/** The core fields of a parsed policy: what every rule may read besides its own settings. */
export type PolicyCore = z.output<z.ZodObject<typeof CORE_SHAPE>>;
export type Guideline = z.output<typeof GuidelineSchema>;
