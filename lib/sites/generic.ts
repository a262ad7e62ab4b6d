/**
 * The generic compose box: an editable textbox on a supported site that no adapter selector
 * recognises (the site was redesigned, or a surface is new). It is still checked and gets nudges,
 * without reply context or submit guard: a site change costs context, never the checks themselves.
 */
import { optedOut, type ComposeBox, type SearchRoot, type SiteAdapter } from './types';

/** Candidates; only the editable ones are kept (a role=textbox wrapper holds the editor). */
export const EDITABLE =
  'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], [role="textbox"]';
const EDITABLE_ROOT = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
const SEARCH = '[role="search"], [role="combobox"], [role="searchbox"], [type="search"]';
const SEARCH_WORDS = /\b(search|find)\b/i;
/** Smaller than this is a one-word field (a code, a filter), not a place to write a post. */
const MIN_WIDTH = 120;
const MIN_HEIGHT = 16;

function isEditableRoot(element: HTMLElement): boolean {
  if (element instanceof HTMLTextAreaElement) return !element.disabled && !element.readOnly;
  // The outermost editable element is the editor; its editable descendants are part of it.
  return element.matches(EDITABLE_ROOT) && !element.parentElement?.closest(EDITABLE_ROOT);
}

function isSearch(element: HTMLElement): boolean {
  if (element.closest(SEARCH)) return true;
  const label = ['aria-label', 'placeholder', 'name']
    .map((name) => element.getAttribute(name) ?? '')
    .join(' ');
  return SEARCH_WORDS.test(label);
}

function isBigEnough(element: HTMLElement): boolean {
  const { width, height } = element.getBoundingClientRect();
  return width >= MIN_WIDTH && height >= MIN_HEIGHT;
}

/**
 * Editable textboxes in `root` that are not inside or around one of `known` (the adapter's boxes),
 * not search fields, not private messages, and big enough to write in. One query per scan, the
 * same cost as an adapter's; our own UI is never seen (it lives in shadow roots the scan never
 * enters).
 */
export function findGenericBoxes(
  root: SearchRoot,
  adapter: SiteAdapter,
  known: ReadonlySet<HTMLElement>,
): ComposeBox[] {
  const boxes: ComposeBox[] = [];
  for (const editor of root.querySelectorAll<HTMLElement>(EDITABLE)) {
    if (!isEditableRoot(editor) || known.has(editor)) continue;
    if ([...known].some((other) => other.contains(editor) || editor.contains(other))) continue;
    if (optedOut(editor) || isSearch(editor) || adapter.isPrivate(editor) || !isBigEnough(editor)) continue;
    boxes.push({
      editor,
      surface: 'post',
      replyTo: () => undefined,
      submitButton: () => null,
      submitsOnEnter: false,
      generic: true,
    });
  }
  return boxes;
}
