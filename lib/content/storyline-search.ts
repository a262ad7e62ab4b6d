/**
 * The storyline search's list as it opens, and where a storyline chosen in it goes: the editor's
 * caret, or its selection.
 */
import { selectedRange } from '../editor/selection';
import type { TextModel } from '../editor/text-model';
import { storylineIndex, type InsertAt, type Storyline } from '../engine/storylines';
import type { TextEdit } from '../engine/types';

/**
 * What the search offers as it opens: `listed` (valid now), or `previous` when it is the same list,
 * whose index is built already. The index is built here, at the shortcut or the click, and not
 * when the policy arrives: a page where the search is never opened never pays for it, and the
 * first keystroke's query finds it ready.
 */
export function searchList(listed: Storyline[], previous: readonly Storyline[]): readonly Storyline[] {
  const same = listed.length === previous.length && listed.every((s, i) => s === previous[i]);
  const list = same ? previous : listed;
  storylineIndex(list);
  return list;
}

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
