/**
 * "Don't show this kind again": the optional kinds of nudge the employee switched off, kept in
 * storage.local (switchedOffItem in items.ts). A finding is hidden only while the policy marks its
 * rule optional (the engine sets `optionalKind` then, never on a block), so a rule the admin makes
 * mandatory again shows again. No zod here: the content scripts use this file.
 */
import { browser } from 'wxt/browser';
import type { Finding } from '../engine/types';
import type { SwitchKindRequest } from './contract';

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

/**
 * Asks the background to store that the optional kind `id` is switched off (`shown: false`) or
 * back on: every open box and later draft follows the stored choice. A card and the options page
 * both ask rather than write, so the background's one queue of writes loses neither change.
 */
export async function switchKind(id: string, shown: boolean): Promise<void> {
  const request: SwitchKindRequest = { kind: 'ambassador:switch-kind', id, shown };
  try {
    const reply = (await browser.runtime.sendMessage(request)) as { ok?: boolean } | undefined;
    if (!reply?.ok) console.error('Ambassador: the kind of nudge could not be switched', id);
  } catch (error) {
    console.error('Ambassador: the kind of nudge could not be switched', error);
  }
}
