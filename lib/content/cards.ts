/**
 * The cards the overlay shows, built from the session's findings: findings that offer the same
 * action (two hand-off rules with the same "Hand off" reply) become one card naming both reasons;
 * blocks come first; each card carries its guideline's one-line summary (in the finding's
 * language) and the lesson of the built-in course that teaches it. Pure: no DOM.
 */
import { localizePolicy } from '../engine/localize';
import type { Finding, Fix, Severity } from '../engine/types';
import type { Policy } from '../policy/schema';
import type { KeyedFinding } from './session-state';

/** A guideline's title and one line of why, in one language. */
export interface GuidelineText {
  title: string;
  summary: string;
}

/** What the content script knows of a guideline: the course has one lesson per guideline. */
export interface GuidelineInfo extends GuidelineText {
  id: string;
  /** Its title and summary in the policy's other languages, where they differ. */
  translated?: readonly GuidelineText[];
}

const infos = new WeakMap<Policy, GuidelineInfo[]>();

/**
 * The policy's guidelines with their texts in each of its languages: a finding names its guideline
 * by the title in the draft's language (evaluate.ts checks with the policy in that language), and
 * its card's summary is then in that language too.
 */
export function guidelineInfos(policy: Policy): GuidelineInfo[] {
  let out = infos.get(policy);
  if (!out) {
    const views = Object.keys(policy.translations).map((tag) => localizePolicy(policy, tag).guidelines);
    out = policy.guidelines.map((g, i) => ({
      id: g.id,
      title: g.title,
      summary: g.summary,
      translated: views.map((guidelines) => guidelines[i]!).filter((t) => t !== g),
    }));
    infos.set(policy, out);
  }
  return out;
}

export interface Card {
  /** The key of the card's first finding: what fixes and the keyboard path name it by. */
  key: string;
  /** Every finding on the card (the first is the one whose fixes it offers). */
  findings: KeyedFinding[];
  severity: Severity;
  /** The rule ids on the card, without repeats, in the card's order. */
  ruleIds: string[];
  /** The guideline titles, without repeats ("Leave support to @DellCares"). */
  guidelines: string[];
  /** One line of why: the first guideline's summary in the policy, when it has one. */
  why?: string;
  /** The course lesson to open for "Learn more" (a guideline id), when the guideline is known. */
  lesson?: string;
  /** One line per reason, the messages as shown (without raw addresses). */
  messages: string[];
  fixes: Fix[];
  /** The card is about words in the draft (it can open beside them). */
  spanned: boolean;
  /** A training reminder: the card offers the course instead of a fix. */
  training: boolean;
  /**
   * Every finding on the card is of one optional kind (the policy lets the employee switch it off):
   * the card offers "Don't show this kind again".
   */
  optional: boolean;
}

const RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** The same action: the same kind of fix making the same edits. Findings without a fix never merge. */
function actionOf(finding: Finding): string | undefined {
  const fix = finding.fixes[0];
  return fix ? JSON.stringify([fix.kind, fix.edits]) : undefined;
}

const URL_PATTERN = /\s*:?\s*\bhttps?:\/\/\S+/g;

/**
 * A message as a card shows it: a web address is not something to read on a card (the training
 * card has a button for the course), so addresses and the colon before them go.
 */
export function cardMessage(message: string): string {
  const shown = message
    .replace(URL_PATTERN, '')
    .replace(/\s*:\s*$/, '')
    .trim();
  // "Renew it: https://…" reads "Renew it." once the address is gone.
  return shown !== message.trim() && /\w$/.test(shown) ? `${shown}.` : shown;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

const titleIndexes = new WeakMap<readonly GuidelineInfo[], Map<string, { id: string; summary: string }>>();

/**
 * Each guideline by its title in every language, built once per list (guidelineInfos keeps one list
 * per policy, and cards are built at every draw); the policy's own texts first, so they win a title
 * two languages share.
 */
function titleIndex(guidelines: readonly GuidelineInfo[]): Map<string, { id: string; summary: string }> {
  let index = titleIndexes.get(guidelines);
  if (index) return index;
  index = new Map<string, { id: string; summary: string }>();
  for (const g of guidelines) index.set(g.title, g);
  for (const g of guidelines)
    for (const text of g.translated ?? [])
      if (!index.has(text.title)) index.set(text.title, { ...text, id: g.id });
  titleIndexes.set(guidelines, index);
  return index;
}

export function buildCards(findings: readonly KeyedFinding[], guidelines: readonly GuidelineInfo[]): Card[] {
  const byTitle = titleIndex(guidelines);
  const groups: KeyedFinding[][] = [];
  const byAction = new Map<string, KeyedFinding[]>();
  for (const entry of findings) {
    const action = actionOf(entry.finding);
    const group = action === undefined ? undefined : byAction.get(action);
    if (group) {
      group.push(entry);
      continue;
    }
    const fresh = [entry];
    groups.push(fresh);
    if (action !== undefined) byAction.set(action, fresh);
  }
  const cards = groups.map((group): Card => {
    // The most severe finding leads: its key names the card, its fixes are the card's.
    const ordered = [...group].sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity]);
    const lead = ordered[0]!.finding;
    const guideline = byTitle.get(lead.guideline);
    return {
      key: ordered[0]!.key,
      findings: ordered,
      severity: lead.severity,
      ruleIds: unique(ordered.map(({ finding }) => finding.ruleId)),
      guidelines: unique(ordered.map(({ finding }) => finding.guideline).filter(Boolean)),
      why: guideline?.summary,
      lesson: guideline?.id,
      messages: unique(ordered.map(({ finding }) => cardMessage(finding.message))),
      fixes: lead.fixes,
      spanned: ordered.some(({ finding }) => finding.start !== undefined),
      training: ordered.some(({ finding }) => finding.category === 'training'),
      optional:
        lead.optionalKind !== undefined &&
        ordered.every(({ finding }) => finding.optionalKind === lead.optionalKind),
    };
  });
  // Blocks first; otherwise the engine's order (a stable sort).
  return cards.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** The card that holds the finding `key` (a card is named by its first finding, not by the others). */
export function cardOf(cards: readonly Card[], key: string): Card | undefined {
  return cards.find((card) => card.findings.some((entry) => entry.key === key));
}
