/**
 * The one way tooling reads the accuracy corpus. Each split lives in its own folder
 * (`dev/`, `held-out/`); `loadCorpus('dev')` is what development tools and tests may read.
 * Held-out items are loaded only through `scoreHeldOut`, which hands back the items to a scorer
 * inside the bench and never to code that prints them: the bench reports aggregate figures only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '../../lib/engine/index.ts';

export const CORPUS_CATEGORIES = ['pii', 'tone', 'handoff', 'confidential', 'disclosure'] as const;
export type CorpusCategory = (typeof CORPUS_CATEGORIES)[number];
export type Split = 'dev' | 'held-out';

export interface CorpusItem {
  id: string;
  split: Split;
  text: string;
  platform: Draft['platform'];
  surface: Draft['surface'];
  replyTo?: { text: string };
  /** Categories (or `category:block` for a severity) that must report, and that must not. */
  expect: { fire?: string[]; quiet?: string[] };
  source: string;
  adapted?: string;
}

/** Held out when the first 32 bits of sha256(id), mod 100, are below 35 (the builder's rule). */
export const HELD_OUT_PERCENT = 35;
export function splitOf(id: string): Split {
  const first32 = parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16);
  return first32 % 100 < HELD_OUT_PERCENT ? 'held-out' : 'dev';
}

/** The items of one file of a split, each checked to belong to it by the hash rule. */
function readItems<T extends { id: string; split: Split }>(split: Split, name: string): T[] {
  const file = join(import.meta.dirname, split, `${name}.json`);
  const items = JSON.parse(readFileSync(file, 'utf8')) as T[];
  for (const item of items) {
    if (item.split !== split || splitOf(item.id) !== split)
      throw new Error(`${file}: item ${item.id} is not in the ${split} split`);
  }
  return items;
}

const read = (split: Split, category: CorpusCategory) => readItems<CorpusItem>(split, category);

/** The development split of one category: the only items tuning may look at. */
export function loadCorpus(split: 'dev', category: CorpusCategory): CorpusItem[] {
  return read(split, category);
}

/**
 * Scores the held-out items of a category with `score` and returns only what it sums up (the
 * scorer sees the items one at a time; nothing about an item comes back out).
 */
export function scoreHeldOut<T>(
  category: CorpusCategory,
  start: T,
  score: (acc: T, item: CorpusItem) => T,
): T {
  return read('held-out', category).reduce(score, start);
}

/** A text in a known language, for the language detector (build/build-languages.ts). */
export interface LanguageItem {
  id: string;
  split: Split;
  text: string;
  /** The language tag the detector should tell. */
  language: string;
  source: string;
}

const readLanguages = (split: Split) => readItems<LanguageItem>(split, 'language');

/** The development split of the language corpus. */
export function loadLanguageCorpus(split: 'dev'): LanguageItem[] {
  return readLanguages(split);
}

/** As scoreHeldOut, for the language corpus. */
export function scoreLanguagesHeldOut<T>(start: T, score: (acc: T, item: LanguageItem) => T): T {
  return readLanguages('held-out').reduce(score, start);
}

/** A text that is a street address of a region or a sentence with digits that is not one (build/build-addresses.ts). */
export interface AddressItem {
  id: string;
  split: Split;
  text: string;
  /** The region of an address ("FR"), or the language of a sentence that is not one ("fr"). */
  group: string;
  address: boolean;
  source: string;
}

const readAddresses = (split: Split) => readItems<AddressItem>(split, 'address');

/** The development split of the address corpus. */
export function loadAddressCorpus(split: 'dev'): AddressItem[] {
  return readAddresses(split);
}

/** As scoreHeldOut, for the address corpus. */
export function scoreAddressesHeldOut<T>(start: T, score: (acc: T, item: AddressItem) => T): T {
  return readAddresses('held-out').reduce(score, start);
}
