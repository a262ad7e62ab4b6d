/** Small pure helpers over findings for the in-page session. */
import type { Finding, Fix } from '../engine/types';

/**
 * A key that survives typing elsewhere in the draft: rule, flagged text and which occurrence of
 * it, not offsets. "Dismiss for this draft" remembers these keys.
 */
export function findingKeys(findings: Finding[], text: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.ruleId}|${finding.start === undefined ? '' : text.slice(finding.start, finding.end)}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return `${base}|${occurrence}`;
  });
}

/** The metric that a successful fix adds besides `fix-applied`. */
export function fixOutcomeMetric(fix: Fix): 'handoff' | 'disclosure-added' | undefined {
  if (fix.kind === 'hand-off') return 'handoff';
  if (fix.kind === 'insert-disclosure') return 'disclosure-added';
  return undefined;
}
