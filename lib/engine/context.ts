import type { Policy } from '../policy/schema.ts';
import type { Compiled } from './compile.ts';
import { findAll, lowerIfSafe, overlaps, type Span, type TermMatch } from './text.ts';
import type { Draft, Finding } from './types.ts';

/** What every rule family receives. */
export interface Ctx {
  draft: Draft;
  /** draft.text, guaranteed to be a string. */
  text: string;
  policy: Policy;
  c: Compiled;
  /** text.toLowerCase() when that keeps every offset and match (see lowerIfSafe), else null. */
  lower(): string | null;
  /**
   * findAll(re, text, limit), memoised per regex for this evaluation (several families scan the
   * draft with the same list) and run on the lower-cased text when that is safe. Do not mutate.
   */
  find(re: RegExp | null, limit?: number): readonly TermMatch[];
  /** The title of a guideline id (falls back to the id). */
  guideline(id: string): string;
  /** Brand mentions in the draft (excluding disclosures and hand-off handles), computed once. */
  brandMentions(): Span[];
  /** True when the signed-in account is an approved branded account. */
  approvedAccount(): boolean;
}

export type Rule = (ctx: Ctx) => Finding[];

export function makeCtx(draft: Draft, text: string, policy: Policy, c: Compiled): Ctx {
  let mentions: Span[] | undefined;
  let lower: string | null | undefined;
  const memo = new Map<RegExp, { limit: number; all: TermMatch[] }>();
  const getLower = () => (lower === undefined ? (lower = lowerIfSafe(text)) : lower);
  const find = (re: RegExp | null, limit = 1000): readonly TermMatch[] => {
    if (!re || text.length === 0) return [];
    const hit = memo.get(re);
    // A cached run is reusable when it was not cut short, or was cut at or after this limit.
    if (hit && (hit.all.length < hit.limit || limit <= hit.limit)) {
      return hit.all.length > limit ? hit.all.slice(0, limit) : hit.all;
    }
    const all = findAll(re, text, limit, getLower());
    memo.set(re, { limit, all });
    return all;
  };
  return {
    draft,
    text,
    policy,
    c,
    lower: getLower,
    find,
    guideline: (id) => c.guidelineTitles.get(id) ?? id,
    brandMentions() {
      if (mentions) return mentions;
      // Case-sensitive names that are also ordinary words ("Precision", "Latitude") do not count
      // at the start of a sentence unless a model number follows.
      const cased = find(c.brandCase).filter(
        (m) =>
          !/(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, m.start - 4), m.start)) ||
          /^\s*\d/.test(text.slice(m.end, m.end + 3)),
      );
      const all = [...find(c.brand), ...cased];
      if (all.length === 0) return (mentions = []);
      const excluded = [...find(c.accepted), ...find(c.handoffHandles)];
      mentions = all.filter((m) => !excluded.some((e) => overlaps(e, m)));
      return mentions;
    },
    approvedAccount() {
      const h = draft.account?.handle;
      if (!h) return false;
      return c.approved.has(h.trim().replace(/^@/, '').replace(/\s+/g, '').toLowerCase());
    },
  };
}
