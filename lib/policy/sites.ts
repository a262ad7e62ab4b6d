/**
 * Per-site selector overrides: when a site renames its compose box, an admin answers with a new
 * selector pushed through the policy, within hours and without a store release. The names are
 * those of each adapter's selector table (lib/sites); the adapters' tables are typed by them, so
 * the two cannot drift apart.
 */
import { parse } from 'css-what';
import { z } from 'zod';
import { PLATFORMS, type Platform } from '../engine/types.ts';

/** The selectors of each site's adapter that an admin may override. */
export const SELECTOR_NAMES = {
  x: [
    'editor',
    'directMessage',
    'submit',
    'dialog',
    'tweet',
    'focusedTweet',
    'tweetText',
    'tweetAuthor',
    'profileLink',
    'accountAvatar',
  ],
  facebook: [
    'editor',
    'feedUnit',
    'article',
    'dialog',
    'postText',
    'postAuthor',
    'commentForm',
    'profileLink',
  ],
  linkedin: ['editor', 'privateMessage'],
} as const satisfies Record<Platform, readonly string[]>;

export type SelectorName<P extends Platform> = (typeof SELECTOR_NAMES)[P][number];
/** One site's selector table, every name present. */
export type SelectorTable<P extends Platform> = Record<SelectorName<P>, string>;

/** Longest selector accepted: overrides are short, a huge one is a mistake. */
const MAX_SELECTOR_LENGTH = 1000;

/**
 * A CSS selector as `querySelectorAll` takes it. Parsed here (css-what, pure JS) so a typo is
 * refused with the rest of the policy instead of failing on the page.
 */
export function checkSelector(selector: string): string | null {
  if (selector.length > MAX_SELECTOR_LENGTH)
    return `selector is longer than ${MAX_SELECTOR_LENGTH} characters`;
  try {
    if (parse(selector).some((part) => part.length === 0)) return 'selector has an empty part';
  } catch (e) {
    return `not a valid CSS selector: ${e instanceof Error ? e.message : String(e)}`;
  }
  return null;
}

const selector = z
  .string()
  .trim()
  .min(1)
  .superRefine((value, ctx) => {
    const error = checkSelector(value);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

const siteOverrides = (platform: Platform) =>
  z
    .strictObject({
      selectors: z
        .strictObject(
          Object.fromEntries(SELECTOR_NAMES[platform].map((name) => [name, selector.optional()])) as Record<
            string,
            z.ZodOptional<typeof selector>
          >,
        )
        .prefault({})
        .describe(
          'Selectors that replace the built-in ones of the same name (CSS, as querySelectorAll takes them).',
        ),
    })
    .prefault({});

export const SitesSchema = z
  .strictObject(
    Object.fromEntries(PLATFORMS.map((p) => [p, siteOverrides(p)])) as Record<
      Platform,
      ReturnType<typeof siteOverrides>
    >,
  )
  .prefault({})
  .describe('Per-site selector overrides, for when a site changes its markup.');

/** What a content script reads: the overrides of one site, names to selectors. */
export type SelectorOverrides = Readonly<Partial<Record<string, string>>>;
