/**
 * Approved storylines (the policy's `storylines`): which are valid for a draft, a fuzzy search over
 * them for the compose box, the text a storyline puts in the draft (with the disclosure where the
 * disclosure rule wants it), and whether a draft is one of them unchanged. Pure: the date is given.
 */
import fuzzysort from 'fuzzysort';
import type { PolicyCore } from '../policy/core.ts';
import type { Storyline } from '../policy/storylines.ts';
import { makeShared, type Shared } from './context.ts';
import { endOf, startOf } from './dates.ts';
import { applyEdits } from './edits.ts';
import { replaceDraft } from './fixes.ts';
import { isEnabled, settingsOf, type Rule } from './rule.ts';
import { disclosureRule } from './rules/disclosure/disclosure.ts';
import { format } from './template.ts';
import type { Draft, Finding, Fix, Platform, TextEdit } from './types.ts';

export type { Storyline } from '../policy/storylines.ts';

export type Validity = 'valid' | 'expired' | 'upcoming';

/**
 * Where a storyline stands at `now` (an ISO date or instant). Without a date only a storyline with
 * no validity period is valid: one that may have expired is never offered on a guess.
 */
export function validity(s: Storyline, now: string | undefined): Validity {
  const t = now === undefined ? NaN : Date.parse(now);
  if (Number.isNaN(t)) return s.validFrom || s.validUntil ? 'expired' : 'valid';
  if (s.validFrom && t < startOf(s.validFrom)) return 'upcoming';
  if (s.validUntil && t > endOf(s.validUntil)) return 'expired';
  return 'valid';
}

/** A storyline written in `language`, or in its primary tag ("pt-BR" matches "pt" and the reverse). */
function speaks(s: Storyline, language: string): boolean {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  const want = language.toLowerCase();
  return s.languages.some((l) => l.toLowerCase() === want || primary(l) === primary(want));
}

export interface StorylineQuery {
  /** ISO date or instant. */
  now: string | undefined;
  platform: Platform;
  /** A language tag; every language when absent. */
  language?: string;
}

/** The storylines valid at `now` that have a text for the platform (and the language), in policy order. */
export function validStorylines(items: readonly Storyline[], q: StorylineQuery): Storyline[] {
  return items.filter(
    (s) =>
      s.text[q.platform] !== undefined &&
      validity(s, q.now) === 'valid' &&
      (q.language === undefined || speaks(s, q.language)),
  );
}

const tagsOf = (s: Storyline) => s.tags.join(' ');
const indexes = new WeakMap<readonly Storyline[], ReturnType<typeof buildIndex>>();
const buildIndex = (items: readonly Storyline[]) =>
  fuzzysort.snapshot(items, { keys: ['topic', 'title', tagsOf] as const });

/**
 * The search index of `items`, built once per list and kept while the list lives. The compose box
 * builds it when the search opens, so that the first keystroke's query does not pay for it.
 */
export function storylineIndex(items: readonly Storyline[]): ReturnType<typeof buildIndex> {
  let index = indexes.get(items);
  if (!index) indexes.set(items, (index = buildIndex(items)));
  return index;
}

/**
 * Fuzzy search over the topic, title and tags of `items` (already filtered by validStorylines),
 * best first; an empty query lists them all in their order. Built for a search box that answers
 * on every keystroke: the prepared index is kept per list (storylineIndex).
 */
export function searchStorylines(query: string, items: readonly Storyline[], limit = 20): Storyline[] {
  const q = query.trim();
  if (q === '') return items.slice(0, limit);
  return fuzzysort.go(q, storylineIndex(items), { limit, threshold: 0.3 }).map((r) => r.obj);
}

const preparedDisclosure = new WeakMap<PolicyCore, ReturnType<NonNullable<typeof disclosureRule.prepare>>>();

/**
 * The disclosure rule's own fix for `text` in this draft's place (platform, account, training),
 * applied: the storyline gets the disclosure exactly where a typed draft would.
 */
function withDisclosure(text: string, draft: Draft, policy: PolicyCore): string {
  return applyEdits(text, disclosureEdits(text, draft, policy));
}

/** The text a storyline puts in this draft: its platform's text with the disclosure placed. */
export function storylineText(s: Storyline, draft: Draft, policy: PolicyCore): string | undefined {
  const text = s.text[draft.platform];
  return text === undefined ? undefined : withDisclosure(text, draft, policy);
}

/** Whitespace-insensitive: editors turn line breaks into paragraphs and back. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * True when the draft is a storyline valid now, unchanged (as written, or with the disclosure the
 * fix placed): it is approved text. Any edit makes it an ordinary draft again.
 */
export function isApprovedStoryline(r: Shared): boolean {
  const draft = squash(r.text);
  if (draft === '') return false;
  return validStorylines(r.policy.storylines.items, { now: r.draft.now, platform: r.draft.platform }).some(
    (s) => {
      const own = squash(s.text[r.draft.platform]!);
      // Placing the disclosure only adds to the text: compute it only for a draft that holds it.
      return own === draft || (draft.includes(own) && squash(storylineText(s, r.draft, r.policy)!) === draft);
    },
  );
}

const fixesPerCheck = new WeakMap<Shared, Map<string, Fix[]>>();

/**
 * The fix that puts the first valid storyline of `topic` in place of the draft, or none; once per
 * topic and check (a draft may name a topic many times).
 */
export function storylineFixes(r: Shared, topic: { id: string; title: string }): Fix[] {
  let memo = fixesPerCheck.get(r);
  if (!memo) fixesPerCheck.set(r, (memo = new Map()));
  let fixes = memo.get(topic.id);
  if (!fixes) memo.set(topic.id, (fixes = topicFixes(r, topic)));
  return fixes;
}

function topicFixes(r: Shared, topic: { id: string; title: string }): Fix[] {
  const s = validStorylines(r.policy.storylines.items, {
    now: r.draft.now,
    platform: r.draft.platform,
  }).find((item) => item.topic === topic.id);
  if (!s) return [];
  const label = format(r.policy.storylines.fixLabel, { topic: topic.title, title: s.title });
  return [replaceDraft('storyline', label, r.text, storylineText(s, r.draft, r.policy)!)];
}

/** The part of the draft an insertion replaces (the selection; a caret when start === end). */
export interface InsertAt {
  start: number;
  end: number;
}

/**
 * The edits that put storyline `s` into `draft` at `at` (the caret, or over the selection), with
 * the disclosure placed as the disclosure rule wants it in the draft that results: a draft that
 * already carries the disclosure gets none, one that does not gets it where a typed draft would
 * (an edit of its own when that is outside the inserted text). Offsets are into `draft.text`;
 * the storyline's own edit comes last.
 */
export function storylineInsertion(s: Storyline, draft: Draft, at: InsertAt, policy: PolicyCore): TextEdit[] {
  const own = s.text[draft.platform];
  if (own === undefined) return [];
  const { text } = draft;
  const insertion: TextEdit = { start: at.start, end: at.end, text: own };
  const combined = applyEdits(text, [insertion]);
  const disclosure = disclosureEdits(combined, draft, policy);
  // Offsets in `combined`: the inserted text is [from, to); after it, `shift` back to `text`.
  const from = at.start;
  const to = at.start + own.length;
  const shift = own.length - (at.end - at.start);
  const outside: TextEdit[] = [];
  let inserted = own;
  // Last first, so that merging into `inserted` keeps the earlier offsets valid.
  for (const edit of [...disclosure].sort((a, b) => b.start - a.start)) {
    if (edit.start >= from && edit.end <= to)
      inserted = inserted.slice(0, edit.start - from) + edit.text + inserted.slice(edit.end - from);
    else if (edit.end <= from) outside.push(edit);
    else if (edit.start >= to) outside.push({ ...edit, start: edit.start - shift, end: edit.end - shift });
    // An edit across the inserted text's edge cannot be split: the whole draft is replaced.
    else return [{ start: 0, end: text.length, text: applyEdits(combined, disclosure) }];
  }
  return [...outside.reverse(), { ...insertion, text: inserted }];
}

/** The edits of the disclosure rule's own fix for `text` in this draft's place (none when it is not needed). */
function disclosureEdits(text: string, draft: Draft, policy: PolicyCore): TextEdit[] {
  const rule = disclosureRule as unknown as Rule;
  if (!isEnabled(rule, policy)) return [];
  const settings = settingsOf(disclosureRule, policy);
  let prepared = preparedDisclosure.get(policy);
  if (!prepared) preparedDisclosure.set(policy, (prepared = disclosureRule.prepare!(settings, policy)));
  let fix: Fix | undefined;
  disclosureRule.run({
    ...makeShared({ ...draft, text }, text, policy),
    settings,
    prepared,
    report: (r) => {
      fix ??= r.fixes?.find((f) => f.kind === 'insert-disclosure');
    },
  });
  return fix?.edits ?? [];
}

/** A storyline's text as a pattern that any run of whitespace matches (editors rewrap lines). */
const loosely = (text: string) =>
  new RegExp(
    squash(text)
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  );

/**
 * Drops the confidential findings whose words lie inside the text of a storyline valid now, as the
 * draft holds it unedited (inserted from the search into a longer draft): that text is approved.
 * An edited storyline no longer matches, so its words are checked again like any others.
 */
export function withoutApprovedStorylineFindings(
  findings: Finding[],
  draft: Draft,
  policy: PolicyCore,
): Finding[] {
  if (!findings.some((f) => f.category === 'confidential' && f.start !== undefined)) return findings;
  const approved: { start: number; end: number }[] = [];
  for (const s of validStorylines(policy.storylines.items, { now: draft.now, platform: draft.platform })) {
    for (const m of draft.text.matchAll(loosely(s.text[draft.platform]!)))
      approved.push({ start: m.index, end: m.index + m[0].length });
  }
  return findings.filter(
    (f) =>
      f.category !== 'confidential' ||
      f.start === undefined ||
      !approved.some((a) => f.start! >= a.start && (f.end ?? f.start!) <= a.end),
  );
}
