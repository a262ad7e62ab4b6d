import { describe, expect, it } from 'vitest';
import {
  INITIAL_STATE,
  MESSAGES,
  reduce,
  visibleFindings,
  type Effect,
  type SessionEvent,
  type SessionState,
} from '../../../lib/content/session-state';
import type { Finding, Fix, Severity } from '../../../lib/engine/types';

const PHONE_TEXT = 'call 512-555-0143';
const redact: Fix = { kind: 'redact', label: 'Replace', edits: [{ start: 5, end: 17, text: '[phone]' }] };
const disclose: Fix = {
  kind: 'insert-disclosure',
  label: 'Add #IWorkForDell',
  edits: [{ start: 0, end: 0, text: '#IWorkForDell ' }],
};

const finding = (ruleId: string, severity: Severity, fixes: Fix[] = [], start?: number, end?: number) =>
  ({
    ruleId,
    category: severity === 'block' ? 'confidential' : 'pii',
    severity,
    guideline: 'g',
    message: 'm',
    start,
    end,
    fixes,
  }) as Finding;

const phone = finding('pii.phone', 'warn', [redact], 5, 17);
const secret = finding('confidential.earnings', 'block', [], 5, 9);
const disclosure = finding('disclosure.missing', 'info', [disclose]);

/** Runs events from `state`, collecting every effect. */
function run(events: SessionEvent[], state: SessionState = INITIAL_STATE) {
  const effects: Effect[] = [];
  for (const event of events) {
    const transition = reduce(state, event);
    state = transition.state;
    effects.push(...transition.effects);
  }
  return { state, effects };
}

const metrics = (effects: Effect[]) =>
  effects.flatMap((effect) => (effect.type === 'record-metric' ? [effect.metric] : []));
const keyOf = (state: SessionState, ruleId: string) =>
  state.findings.find(({ finding }) => finding.ruleId === ruleId)!.key;
const checked = (text: string, findings?: Finding[]): SessionEvent => ({ type: 'checked', text, findings });

describe('checks', () => {
  it('shows what the check found and draws it', () => {
    const { state, effects } = run([checked(PHONE_TEXT, [phone])]);
    expect(visibleFindings(state).map(({ finding }) => finding)).toEqual([phone]);
    expect(effects).toContainEqual({ type: 'draw' });
  });

  it('counts a draft once and each finding once per draft, however often it is re-checked', () => {
    const { effects } = run([
      checked(PHONE_TEXT, [phone]),
      { type: 'typing' },
      checked(PHONE_TEXT + ' ok', [phone]),
      checked(PHONE_TEXT + ' ok', [phone]),
    ]);
    expect(metrics(effects)).toEqual([
      { type: 'draft-checked' },
      { type: 'finding-shown', category: 'pii', ruleId: 'pii.phone' },
    ]);
  });

  it('does not count an empty draft, nor a check that did not evaluate', () => {
    expect(metrics(run([checked('', []), checked(PHONE_TEXT)]).effects)).toEqual([]);
  });

  it('a check that did not evaluate (site off, snoozed) clears the nudges and closes the panel', () => {
    const { state } = run([
      checked(PHONE_TEXT, [phone]),
      { type: 'panel-opened', grabFocus: true },
      checked(PHONE_TEXT),
    ]);
    expect(state.findings).toEqual([]);
    expect(state.panel).toBe('closed');
  });

  it('typing ends with the next check, and hides the underlines at once only when there are any', () => {
    const withSpan = run([checked(PHONE_TEXT, [phone])]).state;
    const typed = reduce(withSpan, { type: 'typing' });
    expect(typed.state.typing).toBe(true);
    expect(typed.effects).toEqual([{ type: 'draw' }]);
    // Further keystrokes: nothing at all.
    expect(reduce(typed.state, { type: 'typing' })).toEqual({ state: typed.state, effects: [] });
    expect(reduce(run([checked('XPS', [disclosure])]).state, { type: 'typing' }).effects).toEqual([]);
    expect(reduce(typed.state, checked(PHONE_TEXT, [phone])).state.typing).toBe(false);
  });
});

describe('dismissals', () => {
  it('a dismissed finding stays dismissed across re-checks of the same draft, and is counted once', () => {
    const first = run([checked(PHONE_TEXT, [phone])]).state;
    const key = keyOf(first, 'pii.phone');
    const { state, effects } = run(
      [
        { type: 'dismissed', key },
        { type: 'typing' },
        checked(`${PHONE_TEXT}!`, [phone]),
        checked(PHONE_TEXT, [phone]),
      ],
      first,
    );
    expect(visibleFindings(state)).toEqual([]);
    expect(metrics(effects)).toEqual([{ type: 'dismissed', category: 'pii', ruleId: 'pii.phone' }]);
    expect(run([{ type: 'dismissed', key }], state).effects).toEqual([]);
  });

  it('dismissals and counts start over with a new draft', () => {
    const first = run([checked(PHONE_TEXT, [phone])]).state;
    const { state, effects } = run(
      [{ type: 'dismissed', key: keyOf(first, 'pii.phone') }, checked('', []), checked(PHONE_TEXT, [phone])],
      first,
    );
    expect(visibleFindings(state).map(({ finding }) => finding)).toEqual([phone]);
    expect(metrics(effects)).toEqual([
      { type: 'dismissed', category: 'pii', ruleId: 'pii.phone' },
      { type: 'draft-checked' },
      { type: 'finding-shown', category: 'pii', ruleId: 'pii.phone' },
    ]);
  });

  it('a block finding cannot be dismissed', () => {
    const first = run([checked('our Q3 earnings', [secret])]).state;
    const transition = reduce(first, { type: 'dismissed', key: keyOf(first, secret.ruleId) });
    expect(transition).toEqual({ state: first, effects: [] });
  });

  it('the panel closes when the last finding is dismissed', () => {
    const first = run([checked(PHONE_TEXT, [phone]), { type: 'panel-opened', grabFocus: true }]).state;
    expect(first.panel).toBe('open');
    expect(run([{ type: 'dismissed', key: keyOf(first, 'pii.phone') }], first).state.panel).toBe('closed');
  });
});

describe("don't show this kind again", () => {
  const shouting = { ...finding('tone.shouting', 'info', [], 0, 4), optionalKind: 'tone.shouting' };

  it('switches the kind off through its effect, counts it, and confirms with Undo', () => {
    const first = run([checked('LOUD words', [shouting, phone])]).state;
    const key = keyOf(first, 'tone.shouting');
    const opened = reduce(first, { type: 'card-opened', key, grabFocus: false }).state;
    const { state, effects } = reduce(opened, { type: 'switched-off', key, title: 'Shouting' });
    expect(effects).toContainEqual({ type: 'switch-kind', id: 'tone.shouting', shown: false });
    expect(metrics(effects)).toEqual([{ type: 'switched-off', category: 'pii', ruleId: 'tone.shouting' }]);
    expect(state).toMatchObject({ panel: 'closed', card: undefined });
    expect(state.fixed).toMatchObject({ kind: 'tone.shouting', label: MESSAGES.switchedOff('Shouting') });
    expect(state.fixed!.label).toMatch(/Turn it back on in Ambassador's options/);
    // Undo switches it back on; the editor's own undo is not touched.
    expect(reduce(state, { type: 'undo-requested' }).effects).toEqual([
      { type: 'switch-kind', id: 'tone.shouting', shown: true },
      { type: 'draw' },
    ]);
  });

  it('does nothing for a finding the policy does not mark optional', () => {
    const first = run([checked(PHONE_TEXT, [phone])]).state;
    const transition = reduce(first, { type: 'switched-off', key: keyOf(first, 'pii.phone'), title: 'x' });
    expect(transition.effects).toEqual([]);
    expect(transition.state).toBe(first);
  });
});

describe('the panel', () => {
  it('opens from the badge with focus, from an underline without, and closes back to the editor', () => {
    const base = run([checked(PHONE_TEXT, [phone])]).state;
    const key = keyOf(base, 'pii.phone');
    expect(reduce(base, { type: 'panel-opened', grabFocus: true }).state).toMatchObject({
      panel: 'open',
      grabFocus: true,
    });
    const opened = reduce(base, { type: 'panel-opened', key, grabFocus: false }).state;
    expect(opened).toMatchObject({ panel: 'open', focusKey: key, grabFocus: false });
    const closed = reduce(opened, { type: 'panel-closed' });
    expect(closed.state.panel).toBe('closed');
    expect(closed.effects).toContainEqual({ type: 'focus-editor' });
  });

  it('Alt+Shift+A opens the first card with focus, and is left to the page when there is nothing to show', () => {
    const base = run([checked(PHONE_TEXT, [phone])]).state;
    const opened = reduce(base, { type: 'shortcut' });
    expect(opened.state).toMatchObject({
      panel: 'open',
      focusKey: keyOf(base, 'pii.phone'),
      grabFocus: true,
    });
    expect(opened.effects).toContainEqual({ type: 'prevent-default' });
    expect(reduce(INITIAL_STATE, { type: 'shortcut' })).toEqual({ state: INITIAL_STATE, effects: [] });
  });
});

describe('submits', () => {
  const held = () => run([checked('our Q3 earnings', [secret, phone]), { type: 'submit-attempted' }]);

  it('lets a submit through when no block finding stands', () => {
    const base = run([checked(PHONE_TEXT, [phone])]).state;
    expect(reduce(base, { type: 'submit-attempted' })).toEqual({ state: base, effects: [] });
  });

  it('holds a submit: the "held" panel opens and post-held is counted per blocker', () => {
    const { state, effects } = held();
    expect(effects).toContainEqual({ type: 'prevent-default' });
    expect(state).toMatchObject({ panel: 'held', focusKey: keyOf(state, secret.ruleId), grabFocus: true });
    expect(metrics(effects).filter((m) => m.type === 'post-held')).toEqual([
      { type: 'post-held', category: 'confidential', ruleId: secret.ruleId },
    ]);
  });

  it('"Post anyway" counts each blocker, clicks the post button and lets exactly that submit through', () => {
    const after = run([{ type: 'post-anyway', canSubmit: true }], held().state);
    expect(after.state.panel).toBe('closed');
    expect(metrics(after.effects)).toEqual([
      { type: 'posted-anyway', category: 'confidential', ruleId: secret.ruleId },
    ]);
    expect(after.effects).toContainEqual({ type: 'click-submit' });
    const through = reduce(after.state, { type: 'submit-attempted' });
    expect(through.effects).toEqual([]);
    expect(reduce(through.state, { type: 'submit-attempted' }).effects).toContainEqual({
      type: 'prevent-default',
    });
  });

  it('"Post anyway" whose click the site ignored does not let a later, different draft through', () => {
    // The button was disabled: no submit came back for the pass, and the employee edited the draft.
    const after = run([{ type: 'post-anyway', canSubmit: true }], held().state);
    const edited = run([checked('our Q3 earnings, and Q4', [secret])], after.state);
    expect(reduce(edited.state, { type: 'submit-attempted' }).effects).toContainEqual({
      type: 'prevent-default',
    });
  });

  it('"Post anyway" with no post button on the page lets no later submit through', () => {
    const after = run([{ type: 'post-anyway', canSubmit: false }], held().state);
    expect(after.effects).not.toContainEqual({ type: 'click-submit' });
    expect(reduce(after.state, { type: 'submit-attempted' }).effects).toContainEqual({
      type: 'prevent-default',
    });
  });
});

describe('fixes', () => {
  const base = run([checked(PHONE_TEXT, [phone, disclosure])]).state;

  it('a requested fix is applied to the text it was offered on; an unknown one is ignored', () => {
    expect(reduce(base, { type: 'fix-requested', key: keyOf(base, 'pii.phone'), index: 0 }).effects).toEqual([
      { type: 'apply-fix', finding: phone, fix: redact, offeredOn: PHONE_TEXT },
    ]);
    expect(reduce(base, { type: 'fix-requested', key: 'nope', index: 0 }).effects).toEqual([]);
    expect(reduce(base, { type: 'fix-requested', key: keyOf(base, 'pii.phone'), index: 3 }).effects).toEqual(
      [],
    );
  });

  it('an applied fix is counted with what it did, and focus goes back to the editor', () => {
    const { effects } = run(
      [{ type: 'fix-result', finding: disclosure, fix: disclose, result: { status: 'applied' } }],
      base,
    );
    expect(metrics(effects)).toEqual([
      { type: 'fix-applied', category: 'pii', ruleId: 'disclosure.missing' },
      { type: 'disclosure-added' },
    ]);
    expect(effects).toContainEqual({ type: 'focus-editor' });
  });

  it('a fix closes the held panel when no blocker remains, and keeps it while one does', () => {
    const secretFix: Fix = { kind: 'remove', label: 'Remove', edits: [{ start: 0, end: 15, text: '' }] };
    const blocked = finding('confidential.earnings', 'block', [secretFix], 0, 15);
    const heldState = run([checked('our Q3 earnings', [blocked, phone]), { type: 'submit-attempted' }]).state;
    const fixed = run(
      [
        checked('', [phone]),
        { type: 'fix-result', finding: blocked, fix: secretFix, result: { status: 'applied' } },
      ],
      heldState,
    );
    expect(fixed.state.panel).toBe('closed');
    const stillHeld = run(
      [{ type: 'fix-result', finding: phone, fix: redact, result: { status: 'applied' } }],
      heldState,
    );
    expect(stillHeld.state.panel).toBe('held');
  });

  it('a stale fix or a refused one says so in the panel and changes nothing else', () => {
    const stale = run(
      [{ type: 'fix-result', finding: phone, fix: redact, result: { status: 'stale' } }],
      base,
    );
    expect(stale.state).toMatchObject({ panel: 'open', status: MESSAGES.stale, findings: base.findings });
    expect(metrics(stale.effects)).toEqual([]);
    const refused = (copied: boolean) =>
      reduce(base, { type: 'fix-result', finding: phone, fix: redact, result: { status: 'refused', copied } })
        .state.status;
    expect(refused(true)).toBe(MESSAGES.refusedCopied);
    expect(refused(false)).toBe(MESSAGES.refusedNotCopied);
  });

  it('a new action clears the message', () => {
    const stale = run(
      [{ type: 'fix-result', finding: phone, fix: redact, result: { status: 'stale' } }],
      base,
    );
    expect(reduce(stale.state, { type: 'panel-closed' }).state.status).toBeUndefined();
  });

  it('when the box is gone, a refused fix becomes a toast and nothing is drawn or counted', () => {
    const gone = reduce(base, { type: 'box-gone' }).state;
    const refused = reduce(gone, {
      type: 'fix-result',
      finding: phone,
      fix: redact,
      result: { status: 'refused', copied: true },
    });
    expect(refused.effects).toEqual([
      { type: 'toast', message: `${MESSAGES.gone} ${MESSAGES.refusedCopied}` },
    ]);
    expect(
      reduce(gone, { type: 'fix-result', finding: phone, fix: redact, result: { status: 'applied' } })
        .effects,
    ).toEqual([]);
  });
});

describe('cards beside the words', () => {
  const base = run([checked(PHONE_TEXT, [disclosure, phone, secret])]).state;

  it('an underline opens its finding’s card without taking focus; an unknown key opens nothing', () => {
    const key = keyOf(base, 'pii.phone');
    const opened = reduce(base, { type: 'card-opened', key, grabFocus: false });
    expect(opened.state).toMatchObject({ panel: 'open', card: key, focusKey: key, grabFocus: false });
    expect(reduce(base, { type: 'card-opened', key: 'nope', grabFocus: false })).toEqual({
      state: base,
      effects: [],
    });
    // The badge opens the list instead; closing forgets the card.
    expect(reduce(opened.state, { type: 'panel-opened', grabFocus: true }).state.card).toBeUndefined();
    expect(reduce(opened.state, { type: 'panel-closed' }).state.card).toBeUndefined();
  });

  it('a card whose words changed or went is put away at the next check', () => {
    const key = keyOf(base, 'pii.phone');
    const opened = reduce(base, { type: 'card-opened', key, grabFocus: false }).state;
    expect(reduce(opened, checked(PHONE_TEXT, [disclosure, phone, secret])).state).toMatchObject({
      panel: 'open',
      card: key,
    });
    const gone = reduce(opened, checked(PHONE_TEXT, [disclosure, secret])).state;
    expect(gone.panel).toBe('closed');
    expect(gone.card).toBeUndefined();
  });

  it('dismissing the finding of the open card puts the card away', () => {
    const key = keyOf(base, 'pii.phone');
    const opened = reduce(base, { type: 'card-opened', key, grabFocus: false }).state;
    expect(reduce(opened, { type: 'dismissed', key }).state).toMatchObject({
      panel: 'closed',
      card: undefined,
    });
  });

  it('Alt+Shift+A opens the most severe finding first: beside its words when it has some', () => {
    const opened = reduce(base, { type: 'shortcut' }).state;
    expect(opened).toMatchObject({
      panel: 'open',
      card: keyOf(base, 'confidential.earnings'),
      grabFocus: true,
    });
    // A whole-draft finding opens in the badge's list.
    const wholeDraft = run([checked(PHONE_TEXT, [disclosure])]).state;
    const listed = reduce(wholeDraft, { type: 'shortcut' }).state;
    expect(listed).toMatchObject({ panel: 'open', focusKey: keyOf(wholeDraft, 'disclosure.missing') });
    expect(listed.card).toBeUndefined();
  });
});

describe('after a fix', () => {
  const base = run([checked(PHONE_TEXT, [phone, disclosure])]).state;
  const applied: SessionEvent = {
    type: 'fix-result',
    finding: phone,
    fix: redact,
    result: { status: 'applied' },
  };

  it('confirms the fix with Undo for a while, and closes the card beside the fixed words', () => {
    const opened = reduce(base, {
      type: 'card-opened',
      key: keyOf(base, 'pii.phone'),
      grabFocus: false,
    }).state;
    const { state, effects } = run([applied], opened);
    expect(state.fixed).toEqual({ label: redact.label, id: 1, text: PHONE_TEXT });
    expect(state.panel).toBe('closed');
    expect(effects).toContainEqual({ type: 'expire-fixed', id: 1 });
    expect(reduce(state, { type: 'fixed-expired', id: 1 }).state.fixed).toBeUndefined();
  });

  it('a later fix’s confirmation is not ended by the earlier one’s timer', () => {
    const twice = run([applied, applied], base).state;
    expect(twice.fixed?.id).toBe(2);
    expect(reduce(twice, { type: 'fixed-expired', id: 1 }).state.fixed).toEqual(twice.fixed);
  });

  it('Undo undoes in the editor once, and a changed draft ends the offer', () => {
    const fixed = run([applied], base).state;
    const undone = reduce(fixed, { type: 'undo-requested' });
    expect(undone.effects).toContainEqual({ type: 'undo' });
    expect(undone.state.fixed).toBeUndefined();
    expect(reduce(undone.state, { type: 'undo-requested' }).effects).toEqual([]);
    // The same draft checked again keeps the offer; a draft typed on ends it.
    expect(reduce(fixed, checked(PHONE_TEXT, [phone])).state.fixed).toEqual(fixed.fixed);
    expect(reduce(fixed, checked(`${PHONE_TEXT}!`, [phone])).state.fixed).toBeUndefined();
  });

  it('the course is asked for, at a lesson or not', () => {
    expect(reduce(base, { type: 'course-requested', lesson: 'disclose' }).effects).toEqual([
      { type: 'open-course', lesson: 'disclose' },
    ]);
    expect(reduce(base, { type: 'course-requested' }).effects).toEqual([{ type: 'open-course' }]);
  });
});

describe('the storyline search', () => {
  const at = { start: 5, end: 5 };
  const edits = [{ start: 5, end: 5, text: 'Approved text. ' }];
  const opened = run([
    checked(PHONE_TEXT, [phone]),
    { type: 'panel-opened', grabFocus: true },
    { type: 'search-opened', at, text: PHONE_TEXT },
  ]);

  it('opens in place of the suggestions, remembering where the storyline goes, and closes back to the editor', () => {
    expect(opened.state.search).toEqual({ at, text: PHONE_TEXT });
    expect(opened.state.panel).toBe('closed');
    const closed = reduce(opened.state, { type: 'search-closed' });
    expect(closed.state.search).toBeUndefined();
    // The caret goes back where it was: the editor would put it at the start.
    expect(closed.effects).toEqual([{ type: 'draw' }, { type: 'select', at }]);
    expect(reduce(closed.state, { type: 'search-closed' }).effects).toEqual([]);
  });

  it('a choice inserts through the editor, on the text the search opened on', () => {
    const chosen = reduce(opened.state, { type: 'storyline-chosen', title: 'Results', edits });
    expect(chosen.state.search).toBeUndefined();
    expect(chosen.effects).toContainEqual({
      type: 'insert-storyline',
      label: 'Inserted the storyline “Results”',
      edits,
      offeredOn: PHONE_TEXT,
    });
    // Nothing to insert into once the search is closed.
    expect(reduce(chosen.state, { type: 'storyline-chosen', title: 'Results', edits }).effects).toEqual([]);
  });

  it('an insertion is confirmed with Undo and counted; a refused or stale one says so, leaves the draft and counts nothing', () => {
    const label = 'Inserted the storyline “Results”';
    const counted = { type: 'record-metric', metric: { type: 'storyline-inserted' } };
    const inserted = run([checked('call Approved text. 512-555-0143', [])], opened.state).state;
    const done = reduce(inserted, { type: 'storyline-result', label, result: { status: 'applied' } });
    expect(done.state.fixed).toEqual({ label, id: 1, text: 'call Approved text. 512-555-0143' });
    expect(done.effects).toContainEqual({ type: 'expire-fixed', id: 1 });
    expect(done.effects.filter((e) => e.type === 'record-metric')).toEqual([counted]);
    const refused = reduce(inserted, {
      type: 'storyline-result',
      label,
      result: { status: 'refused', copied: true },
    });
    expect(refused.effects).toContainEqual({ type: 'toast', message: MESSAGES.refusedCopied });
    expect(refused.state.fixed).toBeUndefined();
    const stale = reduce(inserted, { type: 'storyline-result', label, result: { status: 'stale' } });
    expect(stale.effects).toContainEqual({ type: 'toast', message: MESSAGES.storylineStale });
    for (const t of [refused, stale]) expect(t.effects).not.toContainEqual(counted);
  });
});
