/** Builders for the typed fixes rules offer. */
import type { Span } from './spans.ts';
import { deletionSpan } from './spans.ts';
import type { Fix, FixKind } from './types.ts';

/** Replace the flagged span with `text`. */
export function replaceSpan(kind: FixKind, label: string, span: Span, text: string): Fix {
  return { kind, label, edits: [{ start: span.start, end: span.end, text }] };
}

/** Remove the flagged span and one adjacent space, so no double space is left behind. */
export function removeSpan(label: string, draft: string, span: Span): Fix {
  return { kind: 'remove', label, edits: [{ ...deletionSpan(draft, span.start, span.end), text: '' }] };
}

/**
 * Make the draft become `reply`: one edit [0, draft.length) — an insertion into an empty draft,
 * otherwise a replacement of the whole draft.
 */
export function replaceDraft(kind: FixKind, label: string, draft: string, reply: string): Fix {
  return { kind, label, edits: [{ start: 0, end: draft.length, text: reply }] };
}
