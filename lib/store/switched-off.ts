/**
 * "Don't show this kind again": the optional kinds of nudge the employee switched off, kept in
 * storage.local (switchedOffItem in items.ts). A finding is hidden only while the policy marks its
 * rule optional (the engine sets `optionalKind` then, never on a block), so a rule the admin makes
 * mandatory again shows again. No zod here: the content scripts use this file.
 */
import type { Finding } from '../engine/types';

/** The stored list as the content scripts read it, without zod: anything malformed hides nothing. */
export function switchedOffSet(raw: unknown): ReadonlySet<string> {
  return new Set(Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : []);
}

/** The findings to show: those of a switched-off optional kind go. */
export function withoutSwitchedOff(findings: Finding[], switchedOff: ReadonlySet<string>): Finding[] {
  if (switchedOff.size === 0) return findings;
  return findings.filter(
    (f) => f.optionalKind === undefined || f.severity === 'block' || !switchedOff.has(f.optionalKind),
  );
}

/** The list with kind `id` shown (taken out) or switched off (added once). */
export function withKindShown(ids: readonly string[], id: string, shown: boolean): string[] {
  const rest = ids.filter((other) => other !== id);
  return shown ? rest : [...rest, id];
}
