/**
 * One compose box's life on the page: check the draft (debounced, on the device), draw the overlay,
 * apply fixes through the editor's input path, and hold the submit while a block finding stands.
 */
import { render } from 'preact';
import { Overlay, badgeSize, type PanelState, type ShownFinding } from '../../components/overlay/Overlay';
import { OVERLAY_CSS } from '../../components/overlay/styles';
import { applyEditsToEditor } from '../editor/apply-edits';
import { editorBox, spanBoxes } from '../editor/geometry';
import { readTextModel } from '../editor/text-model';
import { evaluate } from '../engine/evaluate';
import type { Draft, Finding } from '../engine/types';
import type { ComposeBox, SiteAdapter } from '../sites/types';
import { recordMetric, type CheckContext } from './context';
import { clearOfControls, placeBadge } from './badge-placement';
import { findingKeys, fixOutcomeMetric } from './findings';
import { mountOverlayHost } from './overlay-host';
import { isDarkBehind } from './page-theme';
import { showToast } from './toast';

/** Quiet time after the last keystroke before checking: well under the 150 ms nudge budget. */
const CHECK_DELAY_MS = 60;
const NO_BADGE = { left: 0, top: 0, width: 0, height: 0 };

export interface Session {
  /** Re-check now, e.g. after the policy or training state changed. */
  recheck(): void;
}

const REFUSED_COPIED =
  'The editor did not accept the change, so your draft is as it was. The corrected text is on your clipboard: select all in the box and paste it.';
const REFUSED_NOT_COPIED =
  'The editor did not accept the change, so your draft is as it was. Please make the change by hand.';
const STALE =
  'Your draft changed while this suggestion was open, so nothing was changed. The suggestions are up to date now.';
const GONE = 'The compose box closed before the change could be made.';

export function startSession(
  box: ComposeBox,
  adapter: SiteAdapter,
  context: () => CheckContext | undefined,
  signal: AbortSignal,
): Session {
  const editor = box.editor;
  const shadow = mountOverlayHost(adapter.platform, box, signal);
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = document.createElement('div');
  shadow.append(style, container);

  let text = '';
  let findings: { key: string; finding: Finding }[] = [];
  let shown: ShownFinding[] = [];
  const dismissed = new Set<string>();
  const seen = new Set<string>();
  let panel: PanelState = 'closed';
  let focusKey: string | undefined;
  /** Move keyboard focus into the panel (keyboard shortcut, held post), not on a mouse click. */
  let grabFocus = false;
  let status: string | undefined;
  let dark = false;
  let allowNextSubmit = false;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  /** Set from a keystroke until the next check: the findings' offsets may not fit the text. */
  let typing = false;

  const draw = () => {
    frame = 0;
    if (signal.aborted) return;
    // Boxes only for the text the findings describe: after typing, wait for the next check.
    const model = typing ? undefined : readTextModel(editor);
    const fresh = model?.text === text;
    shown = findings
      .filter(({ key }) => !dismissed.has(key))
      .map(({ key, finding }) => ({
        key,
        finding,
        boxes:
          fresh && finding.start !== undefined
            ? spanBoxes(model, finding.start, finding.end ?? finding.start)
            : [],
      }));
    const host = shadow.host as HTMLElement;
    const origin = host.getBoundingClientRect();
    const badge =
      shown.length > 0
        ? placeBadge(editorBox(editor), badgeSize(shown), clearOfControls(editor, host))
        : NO_BADGE;
    render(
      <Overlay
        findings={shown}
        badge={badge}
        origin={{ x: origin.left, y: origin.top }}
        dark={dark}
        viewportHeight={window.innerHeight}
        viewportWidth={window.innerWidth}
        panel={panel}
        focusKey={focusKey}
        grabFocus={grabFocus}
        allowOverride={context()?.policy.enforcement.allowOverride ?? true}
        status={status}
        onOpen={() => openPanel('open')}
        onClose={closePanel}
        onFix={(key, index) => void applyFix(key, index)}
        onDismiss={dismiss}
        onPostAnyway={postAnyway}
      />,
      container,
    );
  };
  const scheduleDraw = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };

  const check = () => {
    clearTimeout(checkTimer);
    typing = false;
    const ctx = context();
    const model = readTextModel(editor);
    if (model.text.trim() === '' && text.trim() !== '') {
      // A new draft (posted, or cleared): its dismissals and counts start over.
      dismissed.clear();
      seen.clear();
    }
    text = model.text;
    // An empty box only speaks up once the employee is in it (a feed has a comment box per post).
    const engaged =
      text.trim() !== '' || document.activeElement === editor || editor.contains(document.activeElement);
    if (!ctx?.active || !engaged) {
      findings = [];
    } else {
      const draft: Draft = {
        text,
        platform: adapter.platform,
        surface: box.surface,
        replyTo: box.replyTo(),
        account: { handle: adapter.accountHandle(document) },
        training: { state: ctx.training },
        now: new Date().toISOString(),
      };
      const all = evaluate(draft, ctx.policy);
      const keys = findingKeys(all, text);
      findings = all.map((finding, index) => ({ key: keys[index]!, finding }));
      if (text.trim() !== '' && !seen.has('draft')) {
        seen.add('draft');
        recordMetric({ type: 'draft-checked', platform: adapter.platform });
      }
      for (const { key, finding } of findings) {
        if (seen.has(key) || dismissed.has(key)) continue;
        seen.add(key);
        recordMetric({
          type: 'finding-shown',
          platform: adapter.platform,
          category: finding.category,
          ruleId: finding.ruleId,
        });
      }
    }
    dark = isDarkBehind(editor);
    if (panel !== 'closed' && visible().length === 0) panel = 'closed';
    scheduleDraw();
  };
  /** The per-keystroke path: kept to a timer reset (and one redraw when underlines must go). */
  const scheduleCheck = () => {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, CHECK_DELAY_MS);
    if (typing) return;
    typing = true;
    // Hide stale underlines at once rather than leave them under the wrong letters.
    if (shown.some(({ boxes }) => boxes.length > 0)) scheduleDraw();
  };

  const visible = () => findings.filter(({ key }) => !dismissed.has(key));
  const blockers = () => visible().filter(({ finding }) => finding.severity === 'block');

  const openPanel = (state: PanelState, key?: string, focus = true) => {
    panel = state;
    focusKey = key;
    grabFocus = focus;
    status = undefined;
    scheduleDraw();
  };
  const closePanel = () => {
    panel = 'closed';
    status = undefined;
    scheduleDraw();
    editor.focus({ preventScroll: true });
  };
  const dismiss = (key: string) => {
    const entry = findings.find((f) => f.key === key);
    if (!entry || entry.finding.severity === 'block') return;
    dismissed.add(key);
    recordMetric({
      type: 'dismissed',
      platform: adapter.platform,
      category: entry.finding.category,
      ruleId: entry.finding.ruleId,
    });
    if (visible().length === 0) panel = 'closed';
    scheduleDraw();
  };

  const applyFix = async (key: string, index: number) => {
    const entry = findings.find((f) => f.key === key);
    const fix = entry?.finding.fixes[index];
    if (!entry || !fix) return;
    const outcome = await applyEditsToEditor(editor, fix.edits, text);
    if (signal.aborted || !editor.isConnected) {
      if (outcome.status === 'refused')
        showToast(`${GONE} ${outcome.copied ? REFUSED_COPIED : REFUSED_NOT_COPIED}`);
      return;
    }
    check();
    if (outcome.status === 'applied') {
      const { category, ruleId } = entry.finding;
      recordMetric({ type: 'fix-applied', platform: adapter.platform, category, ruleId });
      const extra = fixOutcomeMetric(fix);
      if (extra) recordMetric({ type: extra, platform: adapter.platform });
      status = undefined;
      if (panel === 'held' && blockers().length === 0) panel = 'closed';
      // Back to writing, the caret where the editor put it (after the inserted text).
      editor.focus({ preventScroll: true });
    } else {
      if (panel === 'closed') panel = 'open';
      status = outcome.status === 'stale' ? STALE : outcome.copied ? REFUSED_COPIED : REFUSED_NOT_COPIED;
    }
    scheduleDraw();
  };

  /** Holds a submit (click, Ctrl/Cmd+Enter, or Enter where it posts) while a block finding stands. */
  const guardSubmit = (event: Event) => {
    if (allowNextSubmit) {
      allowNextSubmit = false;
      return;
    }
    check();
    const held = blockers();
    if (held.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    for (const { finding } of held)
      recordMetric({
        type: 'post-held',
        platform: adapter.platform,
        category: finding.category,
        ruleId: finding.ruleId,
      });
    openPanel('held', held[0]!.key);
  };
  const postAnyway = () => {
    const button = box.submitButton();
    for (const { finding } of blockers())
      recordMetric({
        type: 'posted-anyway',
        platform: adapter.platform,
        category: finding.category,
        ruleId: finding.ruleId,
      });
    panel = 'closed';
    scheduleDraw();
    if (!button) return;
    allowNextSubmit = true;
    button.click();
  };

  const listen = { capture: true, signal } as const;
  editor.addEventListener('input', scheduleCheck, { signal });
  // Frameworks re-render without an input event too (undo, their own paste handling).
  const mutations = new MutationObserver(scheduleCheck);
  mutations.observe(editor, { childList: true, subtree: true, characterData: true });
  const resizes = new ResizeObserver(scheduleDraw);
  resizes.observe(editor);
  editor.addEventListener('focus', check, { signal });
  window.addEventListener('scroll', scheduleDraw, { ...listen, passive: true });
  window.addEventListener('resize', scheduleDraw, { passive: true, signal });
  document.addEventListener(
    'click',
    (event) => {
      const button = box.submitButton();
      if (button && event.target instanceof Node && button.contains(event.target)) guardSubmit(event);
    },
    listen,
  );
  window.addEventListener(
    'keydown',
    (event) => {
      if (!(event.target instanceof Node) || !editor.contains(event.target)) return;
      if (
        event.key === 'Enter' &&
        (event.ctrlKey || event.metaKey || (box.submitsOnEnter && !event.shiftKey))
      )
        guardSubmit(event);
      else if (event.altKey && event.shiftKey && event.code === 'KeyA' && visible().length > 0) {
        event.preventDefault();
        openPanel('open', visible()[0]!.key);
      }
    },
    listen,
  );
  // A click on underlined text opens its card, without taking the caret away.
  editor.addEventListener(
    'click',
    (event) => {
      const hit = shown.find(({ boxes }) =>
        boxes.some(
          (b) =>
            event.clientX >= b.left &&
            event.clientX <= b.left + b.width &&
            event.clientY >= b.top &&
            event.clientY <= b.top + b.height,
        ),
      );
      if (hit) openPanel('open', hit.key, false);
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    mutations.disconnect();
    resizes.disconnect();
    clearTimeout(checkTimer);
    cancelAnimationFrame(frame);
    render(null, container);
  });

  check();
  return { recheck: check };
}
