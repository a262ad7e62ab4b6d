/**
 * evaluate(draft, policy): the whole check. Pure and deterministic: no DOM, no browser API, no
 * clock (sunset checks use draft.now). Each rule's preparation is cached per policy object (or per
 * settings object, below).
 *
 * Order of the result: whole-draft findings (no start/end) FIRST, then span findings by start,
 * then end; ties by severity (block, warn, info) and ruleId.
 *
 * Rules are isolated: one that throws is skipped and reported (`<rule id>.failed`), and the others
 * still nudge. Failing closed: if the failed rule could have held the post, its stand-in holds it. A rule reports at most MAX_FINDINGS_PER_RULE
 * findings (2,000 pasted e-mail addresses are not 2,000 cards).
 */
import type { Policy } from '../policy/schema.ts';
import { guidelineTitle, makeShared } from './context.ts';
import { draftLanguage } from './language.ts';
import { localizePolicy } from './localize.ts';
import { isEnabled, settingsOf, toFinding, type Rule, type RuleRun } from './rule.ts';
import { RULES } from './rules/index.ts';
import { withoutApprovedStorylineFindings } from './storylines.ts';
import type { Draft, Finding, Severity } from './types.ts';

export const MAX_FINDINGS_PER_RULE = 100;

const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  const as = a.start ?? -1;
  const bs = b.start ?? -1;
  return (
    as - bs ||
    (a.end ?? -1) - (b.end ?? -1) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

const preparedCache = new WeakMap<object, Map<Rule, unknown>>();

function prepared(rule: Rule, settings: unknown, policy: Policy): unknown {
  if (!rule.prepare) return undefined;
  // A preparation that reads only its settings is cached per settings object, which the policy's
  // language views share where a language leaves them as they are (localize.ts).
  const key = rule.prepare.length < 2 && settings && typeof settings === 'object' ? settings : policy;
  let perPolicy = preparedCache.get(key);
  if (!perPolicy) preparedCache.set(key, (perPolicy = new Map()));
  if (!perPolicy.has(rule)) perPolicy.set(rule, rule.prepare(settings, policy));
  return perPolicy.get(rule);
}

/** Whether settings let a rule report a block finding (a severity set to block somewhere in them). */
function canBlock(settings: unknown): boolean {
  if (settings === 'block') return true;
  return !!settings && typeof settings === 'object' && Object.values(settings).some(canBlock);
}

/**
 * The finding that stands in for a rule that threw: the others still ran. A rule that could have
 * held the post (or whose settings could not even be read) holds it.
 */
function failure(rule: Rule, policy: Policy, settings: unknown): Finding {
  const holds = settings === undefined || canBlock(settings);
  return {
    ruleId: `${rule.id}.failed`,
    category: rule.category,
    severity: holds ? 'block' : 'info',
    guideline: guidelineTitle(policy, rule.guideline),
    message: holds
      ? `The "${rule.title}" check could not run on this draft, and it can hold a post: read the draft again yourself before you post.`
      : `The "${rule.title}" check could not run on this draft and was skipped; the other checks ran.`,
    fixes: [],
  };
}

/** What a check that failed as a whole reports: the post is held, as any check could have held it. */
export function checkFailure(): Finding {
  return {
    ruleId: 'check.failed',
    category: 'governance',
    severity: 'block',
    guideline: '',
    message: 'Ambassador could not check this draft. Read it again yourself before you post.',
    fixes: [],
  };
}

export function evaluate(draft: Draft, policyInForce: Policy, rules: readonly Rule[] = RULES): Finding[] {
  const policy = localizePolicy(policyInForce, draftLanguage(draft, policyInForce.language ?? 'en'));
  const text = typeof draft?.text === 'string' ? draft.text : '';
  const title = (id: string) => guidelineTitle(policy, id);
  const out: Finding[] = [];
  let rule: Rule | undefined;
  let ruleStart = 0; // where the current rule's findings begin in `out`
  // One run object for every rule of this check: only its settings and preparation change.
  const run: RuleRun<unknown, unknown> = {
    ...makeShared(draft, text, policy),
    settings: undefined,
    prepared: undefined,
    report: (r) => {
      if (out.length - ruleStart < MAX_FINDINGS_PER_RULE) out.push(toFinding(rule!, run.settings, r, title));
    },
  };
  for (rule of rules) {
    if (!isEnabled(rule, policy)) continue;
    ruleStart = out.length;
    run.settings = undefined;
    try {
      run.settings = settingsOf(rule, policy);
      run.prepared = prepared(rule, run.settings, policy);
      rule.run(run);
    } catch (error) {
      console.error(`Ambassador: the ${rule.id} check failed`, error);
      out.length = ruleStart; // what the failing rule reported before it threw is dropped
      out.push(failure(rule, policy, run.settings));
    }
  }
  out.sort(compareFindings);
  // Drop exact duplicates (same rule on the same span).
  const findings = out.filter(
    (f, i) =>
      i === 0 ||
      !(out[i - 1]!.ruleId === f.ruleId && out[i - 1]!.start === f.start && out[i - 1]!.end === f.end),
  );
  // Storyline text in the draft as approved (inserted unedited into a longer draft) raises no
  // confidential alarm: here, so that the page, the CLI and the tests agree.
  return withoutApprovedStorylineFindings(findings, draft, policy);
}
