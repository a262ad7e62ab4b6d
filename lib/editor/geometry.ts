/** Where a span of editor text is on screen, for underlines drawn outside the editor. */
import type { TextModel } from './text-model';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/** Viewport boxes of [start, end) in a contenteditable; none for a textarea (no text geometry). */
export function spanBoxes(model: TextModel, start: number, end: number): Box[] {
  const range = model.range(start, end);
  if (!range) return [];
  return [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0).map(toBox);
}

export function editorBox(editor: HTMLElement): Box {
  return toBox(editor.getBoundingClientRect());
}
