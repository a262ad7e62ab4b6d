/**
 * One compose box's life on the page: check the draft once per pause in typing (on the device),
 * feed what happens to the session's state machine (session-state.ts) and carry out its effects
 * through the DOM parts: the overlay view, the submit guard, the metrics reporter, the toast.
 */
import { applyEditsToEditor, select } from '../editor/apply-edits';
import { focusedIn } from '../editor/selection';
import { readTextModel, type TextModel } from '../editor/text-model';
import { checkFailure, evaluate } from '../engine/evaluate';
import { storylineInsertion, validStorylines, type Storyline } from '../engine/storylines';
import type { Draft, Finding } from '../engine/types';
import type { ComposeBox, SiteAdapter } from '../sites/types';
import type { CheckContext } from './context';
import { findingsWhileInactive } from '../store/settings';
import { reportMetric } from './metrics-reporter';
import { createOverlayView, type OverlayUi } from './overlay-view';
import { INITIAL_STATE, reduce, type Effect, type SessionEvent } from './session-state';
import { guardSubmit } from './submit-guard';
import { showToast } from './toast';
import { openCourse, undoInEditor } from './card-actions';
import { guidelineInfos } from './cards';
import { optionalKinds } from '../engine/optional';
import { switchKind, withoutSwitchedOff } from '../store/switched-off';
import { ruleTitle } from '../i18n/rule-names';
import { caretAfter, caretIn, searchList } from './storyline-search';

/** Quiet time after the last keystroke before checking: well under the 150 ms nudge budget. */
const CHECK_DELAY_MS = 60;
/** How long a fix's confirmation offers Undo. */
const UNDO_MS = 6000;
/** How long the pointer rests on an underline before its card opens (a pass over it opens nothing). */
const HOVER_MS = 400;

export interface Session {
  /** Re-check now, e.g. after the policy or training state changed. */
  recheck(): void;
}

export interface SessionOptions {
  /** The content script's lifetime (a box's `signal` ends with the box). */
  lifetime: AbortSignal;
  ui: OverlayUi;
  box: ComposeBox;
  adapter: SiteAdapter;
  context: () => CheckContext | undefined;
  signal: AbortSignal;
}

const consumed = (effects: Effect[]) => effects.some((effect) => effect.type === 'prevent-default');

/** Whether the caret is in `editor` (its shadow root's focus, for a composer in one). */
function isFocusIn(editor: HTMLElement): boolean {
  const focused = focusedIn(editor);
  return focused !== null && (focused === editor || editor.contains(focused));
}

/** A person's click or key press in the last few seconds (a page script cannot fake one). */
const userJustActed = () => navigator.userActivation?.isActive ?? true;

export function startSession({ lifetime, ui, box, adapter, context, signal }: SessionOptions): Session {
  const { editor } = box;
  let state = INITIAL_STATE;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let lastEdit = 0;
  /** Whether the employee has been in this box (see `touch`); a box the site re-made under the caret has. */
  let touched = isFocusIn(editor) && userJustActed();
  /** The storylines the open search offers (valid when it opened). */
  let searchItems: readonly Storyline[] = [];

  const dispatch = (event: SessionEvent): Effect[] => {
    const transition = reduce(state, event);
    state = transition.state;
    for (const effect of transition.effects) run(effect);
    return transition.effects;
  };

  const view = createOverlayView({
    ui,
    platform: adapter.platform,
    box,
    state: () => state,
    guidelines: () => {
      const policy = context()?.policy;
      return policy ? guidelineInfos(policy) : [];
    },
    allowOverride: () => context()?.policy.enforcement.allowOverride ?? true,
    offerStorylines: () => offersStorylines() && engaged(state.text),
    searchItems: () => searchItems,
    actions: {
      onOpen: () => dispatch({ type: 'panel-opened', grabFocus: true }),
      onClose: () => dispatch({ type: 'panel-closed' }),
      onFix: (key, index) => dispatch({ type: 'fix-requested', key, index }),
      onDismiss: (keys) => keys.forEach((key) => dispatch({ type: 'dismissed', key })),
      onSwitchOff: (key) => dispatch({ type: 'switched-off', key, title: kindTitle(key) }),
      onPostAnyway: () => dispatch({ type: 'post-anyway', canSubmit: box.submitButton() !== null }),
      onUndo: () => dispatch({ type: 'undo-requested' }),
      onCourse: (lesson) => dispatch({ type: 'course-requested', lesson }),
      onSearch: () => openSearch(),
      onSearchClose: () => dispatch({ type: 'search-closed' }),
      onStorylinePick: (id) => chooseStoryline(id),
    },
    signal,
  });

  const run = (effect: Effect) => {
    switch (effect.type) {
      case 'draw':
        return view.draw();
      case 'record-metric':
        return reportMetric(adapter.platform, effect.metric);
      case 'focus-editor':
        return editor.focus({ preventScroll: true });
      case 'select':
        return select(editor, effect.at.start, effect.at.end);
      case 'click-submit':
        return box.submitButton()?.click();
      case 'apply-fix':
        return void applyFix(effect);
      case 'insert-storyline':
        return void insertStoryline(effect);
      case 'toast':
        return void showToast(effect.message, lifetime);
      case 'undo':
        return undoInEditor(editor);
      case 'open-course':
        return void openCourse(effect.lesson);
      case 'switch-kind':
        return void switchKind(effect.id, effect.shown);
      case 'expire-fixed':
        return void setTimeout(() => dispatch({ type: 'fixed-expired', id: effect.id }), UNDO_MS);
      case 'prevent-default':
        // The listener that dispatched the event consumes it (see `consumed`).
        return;
    }
  };

  /** The employee is in this box: it holds text or has the focus (a feed has a comment box per post). */
  /**
   * A box speaks up only once the employee has been in it: a feed has a comment box per post, and
   * a page script could plant a box to test words against the policy one by one. An empty box
   * only while the employee is in it.
   */
  const engaged = (text: string) => touched && (text.trim() !== '' || isFocusIn(editor));

  const draftOf = (text: string, checkContext: CheckContext): Draft => ({
    text,
    platform: adapter.platform,
    surface: box.surface,
    replyTo: box.replyTo(),
    account: { handle: adapter.accountHandle(document) },
    training: { state: checkContext.training },
    // A national phone number is read in the browser's region first (en-GB: a 07… mobile).
    locale: navigator.language,
    now: new Date().toISOString(),
  });

  /**
   * The findings for `text`, or none while the box is idle. While the site is off or snoozed, only
   * the block findings, which keep holding the post unless the policy lets employees snooze them.
   */
  const findingsFor = (text: string): Finding[] | undefined => {
    const checkContext = context();
    if (!checkContext || !engaged(text)) return undefined;
    const { enforcement } = checkContext.policy;
    if (!checkContext.active && enforcement.snoozeBlocks) return undefined;
    const draft = draftOf(text, checkContext);
    const findings = withoutSwitchedOff(evaluate(draft, checkContext.policy), checkContext.switchedOff);
    return checkContext.active ? findings : findingsWhileInactive(findings, enforcement);
  };

  /** The name of the optional kind of finding `key` ("Shouting"), in the UI language, for its confirmation. */
  const kindTitle = (key: string): string => {
    const kind = state.findings.find((entry) => entry.key === key)?.finding.optionalKind;
    if (kind === undefined) return '';
    const policy = context()?.policy;
    return ruleTitle(kind) ?? (policy && optionalKinds(policy).find(({ id }) => id === kind)?.title) ?? kind;
  };

  /**
   * The storylines valid now for this site, in every language: the draft's language is not known
   * here, and a storyline is never hidden on a guess.
   */
  const offeredStorylines = (): Storyline[] => {
    const checkContext = context();
    if (!checkContext?.active) return [];
    return validStorylines(checkContext.policy.storylines.items, {
      now: new Date().toISOString(),
      platform: adapter.platform,
    });
  };
  /** Whether to show the "Storylines" button: asked on every draw (scrolling too), so looked up once a minute. */
  let offering: { context: CheckContext; until: number; any: boolean } | undefined;
  const offersStorylines = (): boolean => {
    const checkContext = context();
    if (!checkContext) return false;
    // A new context (policy, snooze, site switch) is looked at at once.
    if (offering?.context !== checkContext || performance.now() > offering.until)
      offering = {
        context: checkContext,
        until: performance.now() + 60_000,
        any: offeredStorylines().length > 0,
      };
    return offering.any;
  };

  const openSearch = () => {
    const model = readTextModel(editor);
    // Listed afresh: a storyline that expired a moment ago is not offered.
    searchItems = searchList(offeredStorylines(), searchItems);
    dispatch({ type: 'search-opened', at: caretIn(editor, model), text: model.text });
  };

  const chooseStoryline = (id: string) => {
    const checkContext = context();
    const storyline = searchItems.find((s) => s.id === id);
    if (!checkContext || !storyline || !state.search) return;
    const { at, text } = state.search;
    const edits = storylineInsertion(storyline, draftOf(text, checkContext), at, checkContext.policy);
    dispatch({ type: 'storyline-chosen', title: storyline.title, edits });
  };

  const check = () => {
    clearTimeout(checkTimer);
    checkTimer = undefined;
    let model: TextModel | undefined;
    let findings: Finding[] | undefined;
    try {
      model = readTextModel(editor);
      findings = findingsFor(model.text);
    } catch (error) {
      // Fail closed: a draft that could not be checked is held as if a check had said so.
      console.error('Ambassador: the check failed', error);
      findings = [checkFailure()];
    }
    if (model) view.checked(model);
    dispatch({ type: 'checked', text: model?.text ?? state.text, findings });
  };

  /** Checks once the editor has been quiet for CHECK_DELAY_MS: one timer per pause, not per keystroke. */
  const checkWhenQuiet = () => {
    const quietFor = performance.now() - lastEdit;
    if (quietFor >= CHECK_DELAY_MS) check();
    else checkTimer = setTimeout(checkWhenQuiet, CHECK_DELAY_MS - quietFor);
  };
  /** The per-keystroke path: a timestamp and a flag; reading, checking and drawing wait for the pause. */
  const edited = () => {
    lastEdit = performance.now();
    checkTimer ??= setTimeout(checkWhenQuiet, CHECK_DELAY_MS);
    view.edited();
    dispatch({ type: 'typing' });
  };

  const applyFix = async ({ finding, fix, offeredOn }: Extract<Effect, { type: 'apply-fix' }>) => {
    const outcome = await applyEditsToEditor(editor, fix.edits, offeredOn);
    // Re-read the text: the findings follow the draft as the editor now has it.
    if (signal.aborted || !editor.isConnected) dispatch({ type: 'box-gone' });
    else check();
    const result =
      outcome.status === 'refused' ? { status: outcome.status, copied: outcome.copied } : outcome;
    dispatch({ type: 'fix-result', finding, fix, result });
  };

  const insertStoryline = async ({
    label,
    edits,
    offeredOn,
  }: Extract<Effect, { type: 'insert-storyline' }>) => {
    const outcome = await applyEditsToEditor(editor, edits, offeredOn);
    if (signal.aborted || !editor.isConnected) dispatch({ type: 'box-gone' });
    else {
      // The editor leaves the caret after the last edit it took (the disclosure may come after the
      // storyline): the employee writes on after the storyline.
      if (outcome.status === 'applied') select(editor, ...caretAfter(edits));
      check();
    }
    const result =
      outcome.status === 'refused' ? { status: outcome.status, copied: outcome.copied } : outcome;
    dispatch({ type: 'storyline-result', label, result });
  };

  editor.addEventListener('input', edited, { signal });
  // Frameworks re-render without an input event too (undo, their own paste handling).
  const mutations = new MutationObserver(edited);
  mutations.observe(editor, { childList: true, subtree: true, characterData: true });
  // Only a person touches a box: events of theirs are trusted, and focus counts when it follows a
  // gesture of theirs (a click on "Reply" that focuses the reply box); a page script has neither.
  // Once touched, these listeners go: they would otherwise run on every keystroke.
  const untouched = new AbortController();
  const touch = (event: Event) => {
    if (!event.isTrusted || touched) return;
    if (event.type === 'focusin' && !userJustActed()) return;
    touched = true;
    untouched.abort();
    check();
  };
  if (!touched)
    for (const type of ['keydown', 'pointerdown', 'paste', 'drop', 'focusin'])
      editor.addEventListener(type, touch, {
        capture: true,
        signal: AbortSignal.any([signal, untouched.signal]),
      });
  editor.addEventListener('focus', check, { signal });
  guardSubmit(
    box,
    {
      submit: (event) => {
        touched = true;
        check();
        if (!consumed(dispatch({ type: 'submit-attempted' }))) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      shortcut: (event) => {
        if (consumed(dispatch({ type: 'shortcut' }))) event.preventDefault();
      },
      searchShortcut: (event) => {
        if (!context()?.active) return;
        event.preventDefault();
        openSearch();
      },
    },
    signal,
  );
  // A click on underlined text opens its card beside the words, without taking the caret away;
  // a click elsewhere in the text puts that card away.
  editor.addEventListener(
    'click',
    (event) => {
      const key = view.findingAt(event.clientX, event.clientY);
      if (key) dispatch({ type: 'card-opened', key, grabFocus: false });
      else if (state.panel === 'open' && state.card !== undefined) dispatch({ type: 'panel-closed' });
    },
    { signal },
  );
  // Resting the pointer on an underline opens its card too, without taking the caret away.
  let hovered: string | undefined;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const hover = (key: string | undefined) => {
    if (key === hovered) return;
    hovered = key;
    clearTimeout(hoverTimer);
    if (key !== undefined) hoverTimer = setTimeout(() => openOnHover(key), HOVER_MS);
  };
  const openOnHover = (key: string) => {
    // Never over the held panel, the list or the search, which the employee opened on purpose.
    const free = state.search === undefined && (state.panel === 'closed' || state.card !== undefined);
    if (free && key !== state.card) dispatch({ type: 'card-opened', key, grabFocus: false });
  };
  editor.addEventListener('mousemove', (event) => hover(view.findingAt(event.clientX, event.clientY)), {
    signal,
  });
  editor.addEventListener('mouseleave', () => hover(undefined), { signal });
  signal.addEventListener('abort', () => {
    mutations.disconnect();
    clearTimeout(checkTimer);
    clearTimeout(hoverTimer);
    dispatch({ type: 'box-gone' });
  });

  check();
  return { recheck: check };
}
