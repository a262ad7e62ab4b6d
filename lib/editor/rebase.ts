/**
 * Re-anchors a fix computed on one version of the text to the text as it is now. The user may have
 * typed between the check and the click: edits outside the changed region shift with it; an edit
 * that touches the changed region is withdrawn (undefined) rather than applied at a stale offset.
 */
import type { TextEdit } from '../engine/types';

interface Change {
  /** First offset that differs. */
  start: number;
  /** End of the changed region in the old text. */
  oldEnd: number;
  /** Length difference new - old. */
  delta: number;
}

export function diffRegion(before: string, after: string): Change | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, delta: after.length - before.length };
}

export function rebaseEdits(edits: TextEdit[], before: string, after: string): TextEdit[] | undefined {
  const change = diffRegion(before, after);
  if (!change) return edits;
  const rebased: TextEdit[] = [];
  for (const edit of edits) {
    if (edit.end < change.start || (edit.end === change.start && edit.start < edit.end)) {
      rebased.push(edit);
    } else if (edit.start > change.oldEnd || (edit.start === change.oldEnd && edit.start < edit.end)) {
      rebased.push({ ...edit, start: edit.start + change.delta, end: edit.end + change.delta });
    } else {
      return undefined;
    }
  }
  return rebased;
}
