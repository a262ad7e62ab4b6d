/**
 * The overlay's DOM side for one compose box: its host on the page, where the underlines and the
 * badge go (measured once per frame, from the text model of the last check), and which finding
 * is under a click. What the overlay looks like is injected (`OverlayRenderer`): lib/ holds no
 * UI components.
 */
import type { Storyline } from '../engine/storylines';
import type { Platform } from '../engine/types';
import { editorBox, spanBoxes, type Box } from '../editor/geometry';
import type { TextModel } from '../editor/text-model';
import type { ComposeBox } from '../sites/types';
import { badgeSize, clearOfControls, placeBadge } from './badge-placement';
import { rowsFromCaret } from './card-placement';
import { buildCards, type Card, type GuidelineInfo } from './cards';
import { mountHost } from './overlay-host';
import { isDarkBehind } from './page-theme';
import { visibleFindings, type KeyedFinding, type PanelState, type SessionState } from './session-state';

const OVERLAY_TAG = 'ambassador-overlay';
/** Numbers the overlays of this page, so a host keeps one name when the page moves it (counts only). */
let overlaysMade = 0;

export interface ShownFinding extends KeyedFinding {
  /** Viewport boxes of the finding's span (none for whole-draft findings). */
  boxes: Box[];
}

export interface OverlayActions {
  onOpen(): void;
  onClose(): void;
  onFix(key: string, fixIndex: number): void;
  /** Dismiss every finding of a card (a merged card has several). */
  onDismiss(keys: string[]): void;
  /** "Don't show this kind again": switch off the optional kind of the card's finding `key`. */
  onSwitchOff(key: string): void;
  onPostAnyway(): void;
  /** Undo the fix just made (the editor's own undo). */
  onUndo(): void;
  /** Open the built-in course, at a guideline's lesson when one is named. */
  onCourse(lesson?: string): void;
  /** Open the storyline search (the overlay's button). */
  onSearch(): void;
  /** Close the search without inserting anything (focus goes back to the editor). */
  onSearchClose(): void;
  /** Insert the storyline with this id at the caret the search opened on. */
  onStorylinePick(id: string): void;
}

export interface OverlayProps extends OverlayActions {
  findings: ShownFinding[];
  /** The findings as cards: merged by action, blocks first. */
  cards: Card[];
  /** With the panel open: the card opened beside its words, and the boxes of those words. */
  card?: { key: string; rows: Box[] };
  /** The compose box, in viewport coordinates. */
  editor: Box;
  /**
   * What an open card must not cover, in viewport coordinates: the rows at and after the caret,
   * the site's submit button and toolbar. Measured only while a card or the list is open.
   */
  avoid: Box[];
  /** The confirmation of a fix just made, or of a kind of nudge switched off (`kind`), with Undo. */
  fixed?: { label: string; kind?: string };
  /** The course's length as the options page states it (a minute a lesson, at least five). */
  courseMinutes: number;
  /** Where the badge goes, in viewport coordinates (chosen clear of the site's controls). */
  badge: Box;
  /** Where the "Storylines" button goes, when storylines are valid here today and the box is in use. */
  storylines?: Box;
  /** The open storyline search and what it offers (valid today, for this site). */
  search?: { items: readonly Storyline[] };
  /** Where our fixed host's (0,0) is in the viewport. */
  origin: { x: number; y: number };
  dark: boolean;
  viewportHeight: number;
  viewportWidth: number;
  panel: PanelState;
  focusKey?: string;
  /** Move focus into the panel when it opens (keyboard and held posts; not mouse clicks). */
  grabFocus: boolean;
  allowOverride: boolean;
  status?: string;
}

export interface OverlayRenderer {
  render(props: OverlayProps): void;
  unmount(): void;
}

/** What the content script is given to draw with: the overlay's CSS and a renderer per box. */
export interface OverlayUi {
  css: string;
  create(container: HTMLElement): OverlayRenderer;
}

export interface OverlayView {
  /** A check ran on `model`: every frame reuses it until the editor changes. */
  checked(model: TextModel): void;
  /** The editor changed: the last check's text model no longer describes it. */
  edited(): void;
  /** Draws the current state on the next frame (once, however often asked). */
  draw(): void;
  /** The key of the underlined finding at a viewport point. */
  findingAt(x: number, y: number): string | undefined;
}

interface ViewOptions {
  ui: OverlayUi;
  platform: Platform;
  box: ComposeBox;
  state: () => SessionState;
  /** The policy's guidelines (each card's one line of why and its lesson). */
  guidelines: () => readonly GuidelineInfo[];
  allowOverride: () => boolean;
  /** Whether the box offers the storyline search now. */
  offerStorylines: () => boolean;
  /** What the open search offers. */
  searchItems: () => readonly Storyline[];
  actions: OverlayActions;
  signal: AbortSignal;
}

const NO_BADGE = { left: 0, top: 0, width: 0, height: 0 };
/** The "Storylines" button's width beside the badge (its CSS gives it exactly this). */
export const STORYLINES_BUTTON_WIDTH = 84;
const BUTTON_GAP = 4;

/** The top of the caret's line when the selection is in `editor` (a contenteditable), else undefined. */
function caretTop(editor: HTMLElement): number | undefined {
  if (editor instanceof HTMLTextAreaElement) return undefined;
  const root = editor.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  const selection =
    (root instanceof ShadowRoot ? root.getSelection?.() : undefined) ?? document.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!editor.contains(range.startContainer)) return undefined;
  const collapsed = range.cloneRange();
  collapsed.collapse(true);
  const rect = collapsed.getClientRects()[0];
  if (rect) return rect.top;
  // An empty line has no text to measure: its element's box is the line.
  const container = collapsed.startContainer;
  const element = container instanceof Element ? container : container.parentElement;
  return element?.getBoundingClientRect().top;
}

/** Viewport boxes of the site's own controls an open card must leave clear. */
function controlBoxes(box: ComposeBox): Box[] {
  return [box.submitButton(), box.toolbar?.() ?? null].flatMap((element) => {
    const rect = element?.getBoundingClientRect();
    return rect && rect.width > 0 && rect.height > 0 ? [boxOf(rect)] : [];
  });
}

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

export function createOverlayView(options: ViewOptions): OverlayView {
  const { box, signal } = options;
  const editor = box.editor;
  let mounted: { host: HTMLElement; renderer: OverlayRenderer } | undefined;
  let model: TextModel | undefined;
  let dark = false;
  let checks = 0;
  let shown: ShownFinding[] = [];
  let frame = 0;

  const render = () => {
    frame = 0;
    if (!mounted || signal.aborted) return;
    const state = options.state();
    // Boxes only for the text the findings describe (`model` is gone once the editor changed).
    shown = visibleFindings(state).map(({ key, finding }) => ({
      key,
      finding,
      boxes:
        model && finding.start !== undefined
          ? spanBoxes(model, finding.start, finding.end ?? finding.start)
          : [],
    }));
    const { host, renderer } = mounted;
    const origin = host.getBoundingClientRect();
    const editorRect = editorBox(editor);
    // The badge and the "Storylines" button share one spot clear of the site's controls, the
    // button on the left.
    const offer = options.offerStorylines();
    const badgeWidth = shown.length > 0 ? badgeSize(shown).width : 0;
    const buttonWidth = offer ? STORYLINES_BUTTON_WIDTH + (badgeWidth > 0 ? BUTTON_GAP : 0) : 0;
    const spot =
      badgeWidth + buttonWidth > 0
        ? placeBadge(
            editorRect,
            { width: badgeWidth + buttonWidth, height: badgeSize(shown).height },
            clearOfControls(editor, host),
          )
        : NO_BADGE;
    const badge = shown.length > 0 ? { ...spot, left: spot.left + buttonWidth, width: badgeWidth } : NO_BADGE;
    const storylines = offer ? { ...spot, width: STORYLINES_BUTTON_WIDTH } : undefined;
    const cards = buildCards(shown, options.guidelines());
    // Placement needs these only while something is open: no layout reads per keystroke otherwise.
    const open = state.panel !== 'closed' || state.fixed !== undefined || state.search !== undefined;
    const avoid = open ? [rowsFromCaret(editorRect, caretTop(editor)), ...controlBoxes(box)] : [];
    // A textarea has no text geometry: its cards open in the list. Elsewhere, while typing, the
    // card waits for the next check to know where its words are.
    const cardRows =
      state.panel === 'open' && state.card !== undefined && !(editor instanceof HTMLTextAreaElement)
        ? (shown.find(({ key }) => key === state.card)?.boxes ?? [])
        : undefined;
    renderer.render({
      ...options.actions,
      findings: shown,
      cards,
      card: cardRows ? { key: state.card!, rows: cardRows } : undefined,
      editor: editorRect,
      avoid,
      fixed: state.fixed,
      courseMinutes: Math.max(5, options.guidelines().length),
      badge,
      storylines,
      search: state.search ? { items: options.searchItems() } : undefined,
      origin: { x: origin.left, y: origin.top },
      dark,
      viewportHeight: window.innerHeight,
      viewportWidth: window.innerWidth,
      panel: state.panel,
      focusKey: state.focusKey,
      grabFocus: state.grabFocus,
      allowOverride: options.allowOverride(),
      status: state.status,
    });
    // Tests wait for this count to know a check is on screen; counts only, never text or findings.
    host.dataset.checks = String(checks);
    host.dataset.length = String(state.text.length);
  };
  const draw = () => {
    if (!frame) frame = requestAnimationFrame(render);
  };

  // Unmount the view before its host leaves the page.
  signal.addEventListener('abort', () => mounted?.renderer.unmount());
  void mountHost({
    name: OVERLAY_TAG,
    placement: 'top:0;left:0;width:0;height:0',
    zIndex: 2147483646,
    css: options.ui.css,
    data: { platform: options.platform, surface: box.surface, box: String(++overlaysMade), checks: '0' },
    signal,
  }).then(({ host, container }) => {
    if (signal.aborted) return;
    mounted = { host, renderer: options.ui.create(container) };
    draw();
  });

  const resizes = new ResizeObserver(draw);
  resizes.observe(editor);
  window.addEventListener('scroll', draw, { capture: true, passive: true, signal });
  window.addEventListener('resize', draw, { passive: true, signal });
  signal.addEventListener('abort', () => {
    resizes.disconnect();
    cancelAnimationFrame(frame);
  });

  return {
    checked(next) {
      model = next;
      checks++;
      dark = isDarkBehind(editor);
    },
    edited() {
      model = undefined;
    },
    draw,
    findingAt(x, y) {
      return shown.find(({ boxes }) =>
        boxes.some((b) => x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height),
      )?.key;
    },
  };
}
