/**
 * A language is one folder under lib/engine/languages/: its words.ts (the detector's table) and,
 * but for English (the built-in policy's own language), its policy.ts (the built-in policy's texts).
 * scripts/language-index.ts lists them (at every build and test run): each folder must reach both
 * tables, and nothing else may be in them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_TEXTS_BY_LANGUAGE as DEFAULT_TRANSLATIONS } from '../../../lib/engine/languages/policies.generated';
import { LANGUAGE_WORDS } from '../../../lib/engine/languages/words';

const ROOT = join(import.meta.dirname, '../../../lib/engine/languages');
const folders = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('language folders', () => {
  it('finds the six languages of the built-in policy', () => {
    expect(folders.sort()).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'ja', 'pt']));
  });

  it.each(folders)('%s: its words.ts is in the detector table, under its own tag', (tag) => {
    expect(existsSync(join(ROOT, tag, 'words.ts')), `lib/engine/languages/${tag}/words.ts is missing`).toBe(
      true,
    );
    expect(
      LANGUAGE_WORDS.map((entry) => entry.language),
      `${tag} is not in LANGUAGE_WORDS: run npx tsx scripts/language-index.ts`,
    ).toContain(tag);
  });

  it.each(folders.filter((tag) => tag !== 'en'))(
    '%s: its policy.ts is in the built-in translations',
    (tag) => {
      expect(
        existsSync(join(ROOT, tag, 'policy.ts')),
        `lib/engine/languages/${tag}/policy.ts is missing`,
      ).toBe(true);
      expect(
        Object.keys(DEFAULT_TRANSLATIONS),
        `${tag} is not in the built-in translations: run npx tsx scripts/language-index.ts`,
      ).toContain(tag);
    },
  );

  it('lists no language without a folder', () => {
    for (const tag of [
      ...LANGUAGE_WORDS.map((entry) => entry.language),
      ...Object.keys(DEFAULT_TRANSLATIONS),
    ])
      expect(folders, `${tag} is listed but lib/engine/languages/${tag}/ does not exist`).toContain(tag);
  });
});
