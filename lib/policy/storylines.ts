/**
 * Approved storylines: texts prepared by specialists for sensitive topics, per platform, with a
 * validity period and an owner. The engine offers them when a draft touches their topic
 * (lib/engine/storylines.ts); the compose box searches them. Validated here like the rest of the
 * policy, X's weighted length included.
 */
import { z } from 'zod';
import { endOf, startOf } from '../engine/dates.ts';
import { xLength } from '../engine/matchers/x-length.ts';
import { PLATFORMS, type Platform } from '../engine/types.ts';
import { idString, isoDate, nonEmpty, uniqueIds } from './fields.ts';

/** X refuses a post over this weighted length (twitter-text: URLs 23, emoji and CJK 2). */
export const X_LIMIT = 280;
/** A language tag: "en", "fr", "pt-BR", "zh-Hans". */
const language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "pt-BR"');

const texts = z
  .strictObject(
    Object.fromEntries(PLATFORMS.map((p) => [p, nonEmpty.max(63206).optional()])) as Record<
      Platform,
      z.ZodOptional<typeof nonEmpty>
    >,
  )
  .describe('The text to post, per platform; a platform left out is not offered the storyline.')
  .superRefine((t, ctx) => {
    if (PLATFORMS.every((p) => t[p] === undefined))
      ctx.addIssue({ code: 'custom', message: `give the text for at least one of ${PLATFORMS.join(', ')}` });
    if (t.x !== undefined) {
      const { length } = xLength(t.x, X_LIMIT);
      if (length > X_LIMIT)
        ctx.addIssue({
          code: 'custom',
          message: `${length} weighted characters on X (the limit is ${X_LIMIT}; URLs count 23, emoji and CJK 2)`,
          path: ['x'],
        });
    }
  });

export const StorylineSchema = z
  .strictObject({
    id: idString.describe('Unique among the storylines.'),
    topic: idString.describe(
      "The topic it answers: a confidential topic's id (`confidential.topics[].id`) makes the topic's findings offer it.",
    ),
    title: nonEmpty.max(200).describe('Shown in the search and on the fix.'),
    text: texts,
    languages: z
      .array(language)
      .min(1)
      .max(20)
      .default(['en'])
      .describe(
        "Languages of the text; the search offers it to drafts in one of them (or its primary tag's).",
      ),
    tags: z.array(nonEmpty.max(50)).max(20).default([]).describe('Words it is found by in the search.'),
    validFrom: isoDate.optional().describe('First day (or instant, UTC) it may be used.'),
    validUntil: isoDate.optional().describe('Last day (or instant, UTC) it may be used; then it is expired.'),
    owner: nonEmpty.max(200).describe('Who wrote it and answers for it (a team or a person).'),
    example: z
      .boolean()
      .default(false)
      .describe('Marks an example storyline (the built-in ones): shown as such on the options page.'),
  })
  .superRefine((s, ctx) => {
    if (s.validFrom && s.validUntil && startOf(s.validFrom) > endOf(s.validUntil))
      ctx.addIssue({
        code: 'custom',
        message: `validUntil (${s.validUntil}) is before validFrom (${s.validFrom})`,
        path: ['validUntil'],
      });
  });

export const StorylinesSchema = z
  .strictObject({
    fixLabel: nonEmpty
      .default('Use the approved storyline for {topic}')
      .describe(
        "Label of the fix a confidential finding offers; {topic} is the topic's title, {title} the storyline's.",
      ),
    items: z.array(StorylineSchema).max(2000).default([]).superRefine(uniqueIds('storyline id')),
  })
  .prefault({});

export type Storyline = z.output<typeof StorylineSchema>;
export type Storylines = z.output<typeof StorylinesSchema>;
