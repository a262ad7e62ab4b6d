/** Findings as people read them in a terminal. */
import type { Finding } from '../engine/types.ts';

/** Where a finding is: `[11-25] "(512) 555-0199"`, or `(whole draft)`. */
function where(f: Finding, text: string): string {
  return f.start !== undefined ? `[${f.start}-${f.end}] "${text.slice(f.start, f.end)}"` : '(whole draft)';
}

/** `pii.phone block [11-25] "(512) 555-0199"`, for lists of findings. */
export function findingBrief(f: Finding, text: string): string {
  return `${f.ruleId} ${f.severity} ${where(f, text)}`;
}

/** A finding with its message, guideline and fixes, for `check`. */
export function formatFinding(f: Finding, text: string): string {
  const lines = [
    `${f.severity.toUpperCase().padEnd(5)} ${f.ruleId} ${where(f, text)}`,
    `      ${f.message}`,
    `      Guideline: ${f.guideline}`,
  ];
  for (const fix of f.fixes) lines.push(`      Fix: ${fix.label}`);
  return lines.join('\n');
}

/** The start of a draft on one line, for lists. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
