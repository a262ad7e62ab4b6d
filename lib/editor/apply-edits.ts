/**
 * Applies a fix to a framework editor through the editor's own input path, then re-reads the text
 * to confirm it took. Draft.js, Lexical and Quill own their models and revert or ignore DOM edits,
 * so the text goes in as the browser would send it: select the span, then `insertText` or a
 * synthetic paste. A method that changed nothing falls through to the next; one that changed the
 * text wrongly is undone first. The methods run in the content script's world first, then, if the
 * editor refused them all, in the page's own world through the page-world helper (Firefox: some
 * editors ignore what the isolated world sends). When nothing works the intended text is copied to
 * the clipboard and the caller tells the user; the draft is never left half-edited.
 */
import { pageWorld } from '../content/page-world-bridge';
import { applyEdits as applyToText } from '../engine/edits';
import type { TextEdit } from '../engine/types';
import { runInputCommand, type InputCommand } from './input-commands';
import { editorKind, type EditorKind } from './kinds';
import { diffRegion, rebaseEdits } from './rebase';
import { selectionStart, setSelection } from './selection';
import { readTextModel } from './text-model';

export type ApplyOutcome =
  | { status: 'applied'; text: string }
  /** The text changed since the fix was offered and the fix no longer fits it. */
  | { status: 'stale' }
  /** The editor refused every method; `text` is what the draft should have become. */
  | { status: 'refused'; text: string; copied: boolean };

/** Where an input command runs: the content script's own world, or the page's. */
type World = (target: Element, command: InputCommand) => void;
const isolatedWorld: World = runInputCommand;

type Method = (editor: HTMLElement, start: number, end: number, text: string, world: World) => void;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Focuses the editor with [start, end) of its text selected (a caret when start === end). */
export function select(editor: HTMLElement, start: number, end: number): void {
  editor.focus({ preventScroll: true });
  if (editor instanceof HTMLTextAreaElement) {
    editor.setSelectionRange(start, end);
    return;
  }
  const range = readTextModel(editor).range(start, end);
  if (range) setSelection(editor, range);
}

/** Editors that take a multi-line text as lines of `insertText` with `insertParagraph` between. */
const LINE_BY_LINE = new Set<EditorKind>(['quill', 'textarea', 'prosemirror']);

const insertText: Method = (editor, _start, _end, text, world) => {
  const kind = editorKind(editor);
  const lines = text.split('\n');
  if (!LINE_BY_LINE.has(kind) && lines.length > 1) throw new Error('multi-line: use paste');
  lines.forEach((line, index) => {
    // Quill drops "\n" from insertText, and ProseMirror reads a new paragraph from the DOM: a
    // paragraph per line instead.
    if (index > 0) world(editor, { edit: 'insertParagraph' });
    if (line) world(editor, { edit: 'insertText', text: line });
    else if (lines.length === 1) world(editor, { edit: 'delete' });
  });
};

const paste: Method = (editor, _start, _end, text, world) => {
  const start = selectionStart(editor);
  // The element the selection starts in; the editor itself when it is empty (its parent is outside).
  const element = start instanceof Element ? start : start?.parentElement;
  const target = element && editor.contains(element) ? element : editor;
  world(target, { edit: 'paste', text });
};

const pressBackspace: Method = (editor, _start, _end, _text, world) => {
  world(editor, { edit: 'backspaceKey' });
};

const setRangeText: Method = (editor, start, end, text) => {
  if (!(editor instanceof HTMLTextAreaElement)) throw new Error('not a textarea');
  editor.setRangeText(text, start, end, 'end');
  editor.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }),
  );
};

/** Which methods to try, in order, per editor kind: the first is the one each editor takes best. */
function methodsFor(kind: EditorKind, currentText: string, edit: TextEdit): Method[] {
  switch (kind) {
    case 'textarea':
      return [insertText, setRangeText];
    case 'draft-js':
      // Text typed over a selection, or deleted from it, desynchronises Draft: over a whole line it
      // leaves React holding text nodes that are no longer in the page (later edits change the
      // model, not what the employee sees), and over several lines React fails to unmount the
      // blocks and the editor, draft and all, is gone. A paste and a Backspace go through Draft's
      // own model.
      if (edit.end > edit.start) return edit.text === '' ? [pressBackspace, insertText] : [paste];
      // insertText into an empty Draft editor can duplicate the text; a paste does not.
      return currentText === '' || edit.text.includes('\n') ? [paste, insertText] : [insertText, paste];
    // ProseMirror's paste parser merges blank lines (and LinkedIn's TipTap is reported to refuse a
    // synthetic paste); it reads typed text and new paragraphs from the DOM faithfully.
    case 'quill':
    case 'prosemirror':
      return [insertText, paste];
    default:
      return edit.text.includes('\n') ? [paste, insertText] : [insertText, paste];
  }
}

const readText = (editor: HTMLElement) => readTextModel(editor).text;

/**
 * Takes back what our edits did, so that the draft reads `before` again. The editor's undo first;
 * editors merge quick edits into one undo step (the user's typing too), so when it goes further
 * back than our edit it is redone, and the changed region is edited back through the input path.
 */
async function restore(editor: HTMLElement, before: string, world: World): Promise<boolean> {
  const after = readText(editor);
  if (after === before) return true;
  world(editor, { edit: 'history', inputType: 'historyUndo' });
  await nextFrame();
  if (readText(editor) === before) return true;
  if (readText(editor) !== after) {
    world(editor, { edit: 'history', inputType: 'historyRedo' });
    await nextFrame();
    if (readText(editor) !== after) return false;
  }
  const change = diffRegion(before, after)!;
  select(editor, change.start, change.oldEnd + change.delta);
  await nextFrame();
  try {
    const edit = {
      start: change.start,
      end: change.oldEnd + change.delta,
      text: before.slice(change.start, change.oldEnd),
    };
    const [method] = methodsFor(editorKind(editor), after, edit);
    method!(editor, edit.start, edit.end, edit.text, world);
  } catch {
    return false;
  }
  await nextFrame();
  return readText(editor) === before;
}

/** Methods that send their edit through a world (the others edit the DOM, the same from either). */
const THROUGH_A_WORLD = new Set<Method>([insertText, paste, pressBackspace]);

/** The content script's own world, then the page's (its helper loaded on first need). */
async function* worlds(): AsyncGenerator<World> {
  yield isolatedWorld;
  const page = await pageWorld();
  if (page) yield page;
}

async function applyOne(editor: HTMLElement, edit: TextEdit): Promise<boolean> {
  const before = readText(editor);
  const target = applyToText(before, [edit]);
  const methods = methodsFor(editorKind(editor), before, edit);
  for await (const world of worlds()) {
    for (const method of methods) {
      if (world !== isolatedWorld && !THROUGH_A_WORLD.has(method)) continue;
      select(editor, edit.start, edit.end);
      // Let the framework see the new selection (selectionchange is dispatched as a task).
      await nextFrame();
      if (!editor.isConnected) return false;
      try {
        method(editor, edit.start, edit.end, edit.text, world);
      } catch {
        continue;
      }
      await nextFrame();
      const after = readText(editor);
      if (after === target) return true;
      if (after !== before && !(await restore(editor, before, world))) return false;
    }
  }
  return false;
}

/** Takes back our edits from whichever world the editor listens to. */
async function restoreFromAnyWorld(editor: HTMLElement, before: string): Promise<boolean> {
  for await (const world of worlds()) if (await restore(editor, before, world)) return true;
  return false;
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies `edits` (offsets into `offeredOn`, the text the fix was computed for) to the editor.
 * Edits go in from the last to the first so earlier offsets stay valid; each is one undo step.
 */
export async function applyEditsToEditor(
  editor: HTMLElement,
  edits: TextEdit[],
  offeredOn: string,
): Promise<ApplyOutcome> {
  const current = readText(editor);
  const rebased = rebaseEdits(edits, offeredOn, current);
  if (!rebased) return { status: 'stale' };
  const expected = applyToText(current, rebased);
  // Last first, so the offsets of the edits still to come stay valid.
  const order = rebased
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => b.edit.start - a.edit.start || b.index - a.index);
  for (const { edit } of order) if (!(await applyOne(editor, edit))) break;
  if (editor.isConnected && readText(editor) === expected) return { status: 'applied', text: expected };
  // Never leave half a fix in the draft: take back whatever did go in.
  if (editor.isConnected) await restoreFromAnyWorld(editor, current);
  return { status: 'refused', text: expected, copied: await copyToClipboard(expected) };
}
