import type { TextEdit } from './types.ts';

/**
 * Apply edits to `text`. Offsets are UTF-16 offsets into the ORIGINAL text; edits must not
 * overlap (two insertions at the same offset are applied in the given order). Throws RangeError
 * on out-of-range or overlapping edits.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const { e } of sorted) {
    if (!(e.start >= 0 && e.end >= e.start && e.end <= text.length)) {
      throw new RangeError(`edit [${e.start}, ${e.end}) is outside the text (length ${text.length})`);
    }
    if (e.start < pos) throw new RangeError(`edit [${e.start}, ${e.end}) overlaps another edit`);
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
