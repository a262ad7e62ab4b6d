/**
 * One compose box's session as a pure state machine: `reduce(state, event)` returns the next
 * state and the effects for the DOM parts to carry out (draw, focus the editor, hold the submit,
 * record a metric …). No DOM, no browser API: what the employee sees and what gets counted
 * follows from the events alone.
 */
import type { InsertAt } from '../engine/storylines';
import type { Finding, Fix, TextEdit } from '../engine/types';
import type { MetricEvent } from '../store/contract';
import { findingKeys, fixOutcomeMetric } from './findings';
import { t } from '../i18n/messages';

export interface KeyedFinding {
  key: string;
  finding: Finding;
}

export type PanelState = 'closed' | 'open' | 'held';

export interface SessionState {
  /** The text the findings describe (the last check's). */
  text: string;
  findings: KeyedFinding[];
  /** Keys dismissed for this draft. */
  dismissed: ReadonlySet<string>;
  /** What this draft has already counted: `DRAFT_COUNTED` and finding keys. */
  counted: ReadonlySet<string>;
  panel: PanelState;
  /** With the panel open: the finding whose card opened beside its words (else the badge's list). */
  card?: string;
  focusKey?: string;
  /** Move keyboard focus into the panel (keyboard shortcut, held post), not on a mouse click. */
  grabFocus: boolean;
  status?: string;
  /**
   * A fix just went in, or a kind of nudge was switched off (`kind`): its confirmation offers Undo
   * for a few seconds, while the draft reads `text` (what the fix made of it); `id` tells them apart.
   */
  fixed?: { label: string; id: number; text: string; kind?: string };
  /**
   * The storyline search is open: what is chosen goes `at` the caret (or over the selection) of
   * `text`, the draft as it was when the search opened.
   */
  search?: { at: InsertAt; text: string };
  /** From a keystroke until the next check: the findings' offsets may not fit the text. */
  typing: boolean;
  /**
   * "Post anyway" lets one submit of exactly this text through (the site's button may ignore the
   * click, e.g. while disabled: a later, different draft is held again).
   */
  passFor?: string;
  /** The compose box left the page. */
  gone: boolean;
}

type WithoutPlatform<E> = E extends MetricEvent ? Omit<E, 'platform'> : never;
/** A metric without its platform: the reporter knows which site it runs on. */
export type Metric = WithoutPlatform<MetricEvent>;

export type ApplyResult =
  { status: 'applied' } | { status: 'stale' } | { status: 'refused'; copied: boolean };

export type SessionEvent =
  /** A check ran on `text`; `findings` is undefined when it did not evaluate (site off, snoozed, or an empty box not in use). */
  | { type: 'checked'; text: string; findings?: Finding[] }
  | { type: 'typing' }
  /** The badge's list. */
  | { type: 'panel-opened'; key?: string; grabFocus: boolean }
  /** One finding's card, beside its words: an underline (without taking focus) or the keyboard. */
  | { type: 'card-opened'; key: string; grabFocus: boolean }
  | { type: 'shortcut' }
  | { type: 'panel-closed' }
  | { type: 'dismissed'; key: string }
  /** "Don't show this kind again" on the card of finding `key`; `title` names its kind for people. */
  | { type: 'switched-off'; key: string; title: string }
  | { type: 'fix-requested'; key: string; index: number }
  /** What became of a fix; the finding and fix are the ones `apply-fix` carried. */
  | { type: 'fix-result'; finding: Finding; fix: Fix; result: ApplyResult }
  | { type: 'submit-attempted' }
  /** "Post anyway"; `canSubmit` is whether the page shows the box's post button. */
  | { type: 'post-anyway'; canSubmit: boolean }
  /** The fix confirmation's time is up (`id`: the fix it confirmed). */
  | { type: 'fixed-expired'; id: number }
  | { type: 'undo-requested' }
  /** "Take the course" or "Learn more" (a guideline's lesson). */
  | { type: 'course-requested'; lesson?: string }
  /** The storyline search (Alt+Shift+S or the overlay's button), for the draft `text` with its caret `at`. */
  | { type: 'search-opened'; at: InsertAt; text: string }
  | { type: 'search-closed' }
  /** A storyline was chosen: `edits` put it in the draft the search opened on. */
  | { type: 'storyline-chosen'; title: string; edits: TextEdit[] }
  | { type: 'storyline-result'; label: string; result: ApplyResult }
  | { type: 'box-gone' };

export type Effect =
  | { type: 'draw' }
  | { type: 'record-metric'; metric: Metric }
  | { type: 'focus-editor' }
  /** Focus the editor with this part of its text selected (the caret as the search found it). */
  | { type: 'select'; at: InsertAt }
  /** The DOM event behind this one is consumed (a held submit, the shortcut). */
  | { type: 'prevent-default' }
  | { type: 'click-submit' }
  | { type: 'apply-fix'; finding: Finding; fix: Fix; offeredOn: string }
  /** Put a storyline in through the editor's input path (`offeredOn`: the text `edits` are for). */
  | { type: 'insert-storyline'; label: string; edits: TextEdit[]; offeredOn: string }
  /** Undo the last edit, as Ctrl+Z in the editor would. */
  | { type: 'undo' }
  /** Switch an optional kind of nudge off, or back on, for every box and later drafts. */
  | { type: 'switch-kind'; id: string; shown: boolean }
  | { type: 'open-course'; lesson?: string }
  /** End the confirmation of fix `id` after a few seconds. */
  | { type: 'expire-fixed'; id: number }
  | { type: 'toast'; message: string };

export interface Transition {
  state: SessionState;
  effects: Effect[];
}

const DRAFT_COUNTED = 'draft';

/** What the overlay and the toast say after a fix or an insertion, in the UI language. */
export const MESSAGES = {
  get refusedCopied() {
    return t('fixRefusedCopied');
  },
  get refusedNotCopied() {
    return t('fixRefusedNotCopied');
  },
  get stale() {
    return t('fixStale');
  },
  get gone() {
    return t('fixGone');
  },
  get storylineStale() {
    return t('storylineStale');
  },
  switchedOff: (title: string) => t('nudgeKindOff', { title }),
};

export const INITIAL_STATE: SessionState = {
  text: '',
  findings: [],
  dismissed: new Set(),
  counted: new Set(),
  panel: 'closed',
  grabFocus: false,
  typing: false,
  gone: false,
};

export function visibleFindings(state: SessionState): KeyedFinding[] {
  return state.findings.filter(({ key }) => !state.dismissed.has(key));
}

function blockers(state: SessionState): KeyedFinding[] {
  return visibleFindings(state).filter(({ finding }) => finding.severity === 'block');
}

const DRAW: Effect = { type: 'draw' };

const findingMetric = (
  type: 'finding-shown' | 'fix-applied' | 'dismissed' | 'switched-off' | 'post-held' | 'posted-anyway',
  { category, ruleId }: Finding,
): Effect => ({ type: 'record-metric', metric: { type, category, ruleId } });

/** The panel closes by itself when it has nothing left to show. */
const closeIfEmpty = (state: SessionState): SessionState =>
  state.panel !== 'closed' && visibleFindings(state).length === 0 ? { ...state, panel: 'closed' } : state;

const open = (
  state: SessionState,
  panel: PanelState,
  key: string | undefined,
  grabFocus: boolean,
  card?: string,
): SessionState => ({
  ...state,
  panel,
  card,
  focusKey: key,
  grabFocus,
  status: undefined,
});

const RANK = { block: 0, warn: 1, info: 2 } as const;

/** The finding the keyboard path opens: the first of the most severe (blocks first). */
function firstToShow(state: SessionState): KeyedFinding | undefined {
  return visibleFindings(state).reduce<KeyedFinding | undefined>(
    (best, entry) => (!best || RANK[entry.finding.severity] < RANK[best.finding.severity] ? entry : best),
    undefined,
  );
}

function checked(state: SessionState, text: string, found: Finding[] | undefined): Transition {
  // A new draft (posted, or cleared): its dismissals and counts start over.
  const newDraft = text.trim() === '' && state.text.trim() !== '';
  const dismissed = newDraft ? new Set<string>() : state.dismissed;
  const counted = new Set(newDraft ? [] : state.counted);
  const effects: Effect[] = [];
  let findings: KeyedFinding[] = [];
  if (found) {
    const keys = findingKeys(found, text);
    findings = found.map((finding, index) => ({ key: keys[index]!, finding }));
    if (text.trim() !== '' && !counted.has(DRAFT_COUNTED)) {
      counted.add(DRAFT_COUNTED);
      effects.push({ type: 'record-metric', metric: { type: 'draft-checked' } });
    }
    for (const { key, finding } of findings) {
      if (counted.has(key) || dismissed.has(key)) continue;
      counted.add(key);
      effects.push(findingMetric('finding-shown', finding));
    }
  }
  // The draft changed since the fix (typed on, or undone): Undo would no longer take back the fix.
  const fixed = state.fixed?.text === text ? state.fixed : undefined;
  let next = closeIfEmpty({ ...state, text, findings, dismissed, counted, typing: false, fixed });
  // The words of the open card changed or went: their card goes too.
  if (next.card !== undefined && !findings.some(({ key }) => key === next.card))
    next = { ...next, card: undefined, panel: next.panel === 'open' ? 'closed' : next.panel };
  return { state: next, effects: [...effects, DRAW] };
}

/**
 * An edit went in, or a kind of nudge was switched off (`kind`): its confirmation offers Undo for
 * a few seconds, and the employee writes on.
 */
function confirmed(state: SessionState, label: string, kind?: string): Transition {
  const id = (state.fixed?.id ?? 0) + 1;
  const fixed = { label, id, text: state.text, ...(kind === undefined ? {} : { kind }) };
  return {
    state: { ...state, status: undefined, fixed },
    // Back to writing, the caret where the editor put it (after the inserted text).
    effects: [{ type: 'focus-editor' }, { type: 'expire-fixed', id }, DRAW],
  };
}

const refusedMessage = (copied: boolean) => (copied ? MESSAGES.refusedCopied : MESSAGES.refusedNotCopied);

function fixResult(state: SessionState, event: Extract<SessionEvent, { type: 'fix-result' }>): Transition {
  const { finding, fix, result } = event;
  if (state.gone) {
    // No overlay left to speak through; an applied fix is in the draft and needs no word.
    return {
      state,
      effects:
        result.status === 'refused'
          ? [{ type: 'toast', message: `${MESSAGES.gone} ${refusedMessage(result.copied)}` }]
          : [],
    };
  }
  if (result.status === 'applied') {
    const extra = fixOutcomeMetric(fix);
    const done = confirmed(state, fix.label);
    const next = done.state;
    if (next.panel === 'held' && blockers(next).length === 0) next.panel = 'closed';
    // A card beside the words it fixed has done its work.
    if (next.panel === 'open' && next.card !== undefined) next.panel = 'closed';
    if (next.panel === 'closed') next.card = undefined;
    return {
      state: next,
      effects: [
        findingMetric('fix-applied', finding),
        ...(extra ? [{ type: 'record-metric', metric: { type: extra } } as const] : []),
        ...done.effects,
      ],
    };
  }
  const status = result.status === 'stale' ? MESSAGES.stale : refusedMessage(result.copied);
  const panel = state.panel === 'closed' ? 'open' : state.panel;
  return { state: { ...state, panel, status }, effects: [DRAW] };
}

export function reduce(state: SessionState, event: SessionEvent): Transition {
  switch (event.type) {
    case 'checked':
      return checked(state, event.text, event.findings);
    case 'typing':
      if (state.typing) return { state, effects: [] };
      return {
        state: { ...state, typing: true },
        // Hide the underlines at once rather than leave them under the wrong letters.
        effects: visibleFindings(state).some(({ finding }) => finding.start !== undefined) ? [DRAW] : [],
      };
    case 'panel-opened':
      return { state: open(state, 'open', event.key, event.grabFocus), effects: [DRAW] };
    case 'card-opened':
      if (!visibleFindings(state).some(({ key }) => key === event.key)) return { state, effects: [] };
      return { state: open(state, 'open', event.key, event.grabFocus, event.key), effects: [DRAW] };
    case 'shortcut': {
      const first = firstToShow(state);
      if (!first) return { state, effects: [] };
      // A finding about words opens beside them; a whole-draft one in the badge's list.
      const card = first.finding.start === undefined ? undefined : first.key;
      return {
        state: open(state, 'open', first.key, true, card),
        effects: [{ type: 'prevent-default' }, DRAW],
      };
    }
    case 'panel-closed':
      return {
        state: { ...state, panel: 'closed', card: undefined, status: undefined },
        effects: [DRAW, { type: 'focus-editor' }],
      };
    case 'dismissed': {
      const entry = state.findings.find(({ key }) => key === event.key);
      if (!entry || entry.finding.severity === 'block' || state.dismissed.has(event.key))
        return { state, effects: [] };
      let next = closeIfEmpty({ ...state, dismissed: new Set(state.dismissed).add(event.key) });
      // Dismissed from its card beside the words: that card is done.
      if (next.card === event.key) next = { ...next, card: undefined, panel: 'closed' };
      return { state: next, effects: [findingMetric('dismissed', entry.finding), DRAW] };
    }
    case 'switched-off': {
      const finding = state.findings.find(({ key }) => key === event.key)?.finding;
      const kind = finding?.optionalKind;
      if (!finding || kind === undefined || finding.severity === 'block') return { state, effects: [] };
      // Its findings go from every box once the choice is stored (the check context follows it).
      const done = confirmed(
        { ...state, panel: 'closed', card: undefined },
        MESSAGES.switchedOff(event.title),
        kind,
      );
      return {
        state: done.state,
        effects: [
          findingMetric('switched-off', finding),
          { type: 'switch-kind', id: kind, shown: false },
          ...done.effects,
        ],
      };
    }
    case 'fix-requested': {
      const finding = state.findings.find(({ key }) => key === event.key)?.finding;
      const fix = finding?.fixes[event.index];
      if (!finding || !fix) return { state, effects: [] };
      return { state, effects: [{ type: 'apply-fix', finding, fix, offeredOn: state.text }] };
    }
    case 'fix-result':
      return fixResult(state, event);
    case 'submit-attempted': {
      const passed = state.passFor !== undefined && state.passFor === state.text;
      if (state.passFor !== undefined) state = { ...state, passFor: undefined };
      if (passed) return { state, effects: [] };
      const held = blockers(state);
      if (held.length === 0) return { state, effects: [] };
      return {
        state: open(state, 'held', held[0]!.key, true),
        effects: [
          { type: 'prevent-default' },
          ...held.map(({ finding }) => findingMetric('post-held', finding)),
          DRAW,
        ],
      };
    }
    case 'post-anyway':
      return {
        state: { ...state, panel: 'closed', passFor: event.canSubmit ? state.text : undefined },
        effects: [
          ...blockers(state).map(({ finding }) => findingMetric('posted-anyway', finding)),
          DRAW,
          ...(event.canSubmit ? [{ type: 'click-submit' } as const] : []),
        ],
      };
    case 'fixed-expired':
      if (state.fixed?.id !== event.id) return { state, effects: [] };
      return { state: { ...state, fixed: undefined }, effects: [DRAW] };
    case 'undo-requested': {
      if (!state.fixed) return { state, effects: [] };
      const { kind } = state.fixed;
      const undo: Effect =
        kind === undefined ? { type: 'undo' } : { type: 'switch-kind', id: kind, shown: true };
      return { state: { ...state, fixed: undefined }, effects: [undo, DRAW] };
    }
    case 'course-requested':
      return { state, effects: [{ type: 'open-course', lesson: event.lesson }] };
    case 'search-opened':
      return {
        state: {
          ...state,
          panel: 'closed',
          card: undefined,
          status: undefined,
          search: { at: event.at, text: event.text },
        },
        effects: [DRAW],
      };
    case 'search-closed':
      if (!state.search) return { state, effects: [] };
      return {
        state: { ...state, search: undefined },
        effects: [DRAW, { type: 'select', at: state.search.at }],
      };
    case 'storyline-chosen': {
      if (!state.search) return { state, effects: [] };
      const label = t('storylineInserted', { title: event.title });
      return {
        state: { ...state, search: undefined },
        effects: [
          DRAW,
          { type: 'insert-storyline', label, edits: event.edits, offeredOn: state.search.text },
        ],
      };
    }
    case 'storyline-result': {
      const { result } = event;
      if (result.status === 'applied') {
        // Counted as a fix is: while the box is there (a fix into a box gone counts nothing).
        if (state.gone) return { state, effects: [] };
        const done = confirmed(state, event.label);
        const inserted = { type: 'record-metric', metric: { type: 'storyline-inserted' } } as const;
        return { state: done.state, effects: [inserted, ...done.effects] };
      }
      const why = result.status === 'stale' ? MESSAGES.storylineStale : refusedMessage(result.copied);
      return {
        state,
        effects: [
          { type: 'toast', message: why },
          ...(state.gone ? [] : [{ type: 'focus-editor' } as const]),
        ],
      };
    }
    case 'box-gone':
      return { state: { ...state, gone: true }, effects: [] };
  }
}
