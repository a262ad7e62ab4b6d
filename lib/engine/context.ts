import type { Policy } from '../policy/schema.ts';
import type { Compiled } from './compile.ts';
import { findAll, overlaps, type Span } from './text.ts';
import type { Draft, Finding } from './types.ts';

/** What every rule family receives. */
export interface Ctx {
  draft: Draft;
  /** draft.text, guaranteed to be a string. */
  text: string;
  policy: Policy;
  c: Compiled;
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
  return {
    draft,
    text,
    policy,
    c,
    guideline: (id) => c.guidelineTitles.get(id) ?? id,
    brandMentions() {
      if (mentions) return mentions;
      // Case-sensitive names that are also ordinary words ("Precision", "Latitude") do not count
      // at the start of a sentence unless a model number follows.
      const cased = findAll(c.brandCase, text).filter(
        (m) =>
          !/(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, m.start - 4), m.start)) ||
          /^\s*\d/.test(text.slice(m.end, m.end + 3)),
      );
      const all = [...findAll(c.brand, text), ...cased];
      if (all.length === 0) return (mentions = []);
      const excluded = [...findAll(c.accepted, text), ...findAll(c.handoffHandles, text)];
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
