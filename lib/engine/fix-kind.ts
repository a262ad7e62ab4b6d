import type { Category, Finding } from './types.ts';

/**
 * What a finding's fix does, for the UI. The ruleId alone decides it:
 * - 'disclosure'  : inserts or moves the disclosure (disclosure.missing, .below-fold, .buried-in-hashtags)
 * - 'handoff'     : replaces the whole draft with the hand-off reply (handoff.*)
 * - 'protect-reply': replaces the whole draft with the protect-the-customer reply (pii.customer-posted)
 * - 'redact'      : replaces personal data with a placeholder (other pii.*)
 * - 'rewrite'     : replaces or removes the highlighted words (tone.*, custom.*)
 * - 'none'        : no fix
 */
export type FixKind = 'disclosure' | 'handoff' | 'protect-reply' | 'redact' | 'rewrite' | 'none';

export const FIX_KIND: Readonly<Record<string, FixKind>> = {
  'disclosure.missing': 'disclosure',
  'disclosure.below-fold': 'disclosure',
  'disclosure.buried-in-hashtags': 'disclosure',
  'handoff.complaint': 'handoff',
  'handoff.troubleshooting': 'handoff',
  'pii.customer-posted': 'protect-reply',
};

/** The rule family of a ruleId ("pii.phone" -> "pii"). */
export function ruleFamily(ruleId: string): Category {
  return ruleId.slice(0, ruleId.indexOf('.')) as Category;
}

export function fixKind(f: Pick<Finding, 'ruleId' | 'fixes'>): FixKind {
  if (f.fixes.length === 0) return 'none';
  const k = FIX_KIND[f.ruleId];
  if (k) return k;
  return f.ruleId.startsWith('pii.') ? 'redact' : 'rewrite';
}
