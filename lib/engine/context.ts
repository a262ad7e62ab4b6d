/**
 * What every rule receives besides its own settings: the draft, memoised term scans, and the few
 * facts several rules need (brand mentions, the approved branded account), computed once per check.
 */
import { lowerIfSafe } from './case.ts';
import { normHandle } from './handles.ts';
import { settingsOf } from './rule.ts';
import { disclosureRule } from './rules/disclosure/disclosure.ts';
import { governanceRule } from './rules/governance/governance.ts';
import { handoffRule } from './rules/handoff/handoff.ts';
import { findRoleDisclosures, roleDisclosureMatcher, type RoleMatcher } from './matchers/role-disclosure.ts';
import { overlaps, type Span } from './spans.ts';
import { findAll, termRegex, type Searchable, type TermMatch } from './terms.ts';
import type { Draft } from './types.ts';
import type { PolicyCore } from '../policy/core.ts';

export interface Shared {
  draft: Draft;
  /** draft.text, guaranteed to be a string. */
  text: string;
  /** The text of the post being answered; '' when there is none. */
  replyText: string;
  policy: PolicyCore;
  /** text.toLowerCase() when that keeps every offset and match (see lowerIfSafe), else null. */
  lower(): string | null;
  /**
   * findAll(re, text, limit), memoised per regex for this check (several rules scan the draft with
   * the same list) and run on the lower-cased text when that is safe. Do not mutate.
   */
  find(re: Searchable | null, limit?: number): readonly TermMatch[];
  /** Brand mentions in the draft (excluding disclosures and hand-off handles), computed once. */
  brandMentions(): Span[];
  /** True when the signed-in account is an approved branded account. */
  approvedAccount(): boolean;
  /** True when the draft already names the support team (a hand-off is under way). */
  mentionsSupport(): boolean;
  /** Accepted disclosures in the draft. */
  disclosures(): readonly TermMatch[];
}

/** The cross-rule tables, prepared once per policy. */
interface Core {
  guidelineTitles: Map<string, string>;
  brand: Searchable | null;
  brandCase: Searchable | null;
  accepted: Searchable | null;
  /** Disclosures through the role or the team ("as an engineer at Dell"). */
  roles: RoleMatcher | null;
  handoffHandles: Searchable | null;
  approved: Set<string>;
}

const cores = new WeakMap<PolicyCore, Core>();

function core(policy: PolicyCore): Core {
  let c = cores.get(policy);
  if (!c) {
    c = {
      guidelineTitles: new Map(policy.guidelines.map((g) => [g.id, g.title])),
      brand: termRegex([...policy.brand.terms, ...policy.brand.handles]),
      brandCase: termRegex(policy.brand.caseSensitiveTerms, true),
      accepted: termRegex(settingsOf(disclosureRule, policy)?.accepted ?? []),
      roles: roleDisclosureMatcher(policy.company, settingsOf(disclosureRule, policy)?.roles ?? []),
      handoffHandles: termRegex(Object.values(settingsOf(handoffRule, policy)?.handles ?? {})),
      approved: new Set(
        (settingsOf(governanceRule, policy)?.approvedAccounts ?? []).map((a) => normHandle(a.handle)),
      ),
    };
    cores.set(policy, c);
  }
  return c;
}

/** The title of a guideline id in this policy (falls back to the id). */
export function guidelineTitle(policy: PolicyCore, id: string): string {
  return core(policy).guidelineTitles.get(id) ?? id;
}

export function makeShared(draft: Draft, text: string, policy: PolicyCore): Shared {
  const c = core(policy);
  let mentions: Span[] | undefined;
  let disclosures: TermMatch[] | undefined;
  let lower: string | null | undefined;
  const memo = new Map<Searchable, { limit: number; all: TermMatch[] }>();
  const getLower = () => (lower === undefined ? (lower = lowerIfSafe(text)) : lower);
  const find = (re: Searchable | null, limit = 1000): readonly TermMatch[] => {
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
  const shared: Shared = {
    draft,
    text,
    replyText: typeof draft.replyTo?.text === 'string' ? draft.replyTo.text : '',
    policy,
    lower: getLower,
    find,
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
      const excluded = [...shared.disclosures(), ...find(c.handoffHandles)];
      mentions = all.filter((m) => !excluded.some((e) => overlaps(e, m)));
      return mentions;
    },
    approvedAccount() {
      const h = draft.account?.handle;
      return typeof h === 'string' && h.trim() !== '' && c.approved.has(normHandle(h));
    },
    mentionsSupport: () => find(c.handoffHandles, 1).length > 0,
    disclosures: () =>
      (disclosures ??= [...find(c.accepted), ...findRoleDisclosures(text, c.roles)].sort(
        (a, b) => a.start - b.start,
      )),
  };
  return shared;
}
