/** Where a storyline chosen in the search goes: the editor's caret, or its selection. */
import { selectedRange } from '../editor/selection';
import type { TextModel } from '../editor/text-model';
import type { InsertAt } from '../engine/storylines';
import type { TextEdit } from '../engine/types';

/**
 * The editor's selection as offsets into `model`'s text, read before the search takes the focus
 * (the editor's own selection is then restored from these to insert). With no caret in the
 * editor, the end of the draft.
 */
export function caretIn(editor: HTMLElement, model: TextModel): InsertAt {
  const end = model.text.length;
  if (editor instanceof HTMLTextAreaElement)
    return { start: editor.selectionStart, end: editor.selectionEnd };
  const range = selectedRange(editor);
  if (!range) return { start: end, end };
  const start = model.offsetOf(range.startContainer, range.startOffset);
  const stop = model.offsetOf(range.endContainer, range.endOffset);
  if (start === undefined || stop === undefined) return { start: end, end };
  return { start: Math.min(start, stop), end: Math.max(start, stop) };
}

/**
 * The caret just after the storyline once `edits` went in (the storyline is the last edit, see
 * storylineInsertion; the disclosure's edits before it shift it), as [start, end] of a caret.
 */
export function caretAfter(edits: readonly TextEdit[]): [number, number] {
  const story = edits[edits.length - 1]!;
  const shift = edits
    .slice(0, -1)
    .filter((edit) => edit.start <= story.start)
    .reduce((sum, edit) => sum + edit.text.length - (edit.end - edit.start), 0);
  const at = story.start + shift + story.text.length;
  return [at, at];
}
