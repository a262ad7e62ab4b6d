/** Spans of UTF-16 offsets into the draft. */
export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Deleting [start, end) plus one adjacent space so no double space is left behind. */
export function deletionSpan(text: string, start: number, end: number): Span {
  if (text.charAt(end) === ' ') return { start, end: end + 1 };
  if (start > 0 && text.charAt(start - 1) === ' ') return { start: start - 1, end };
  return { start, end };
}
