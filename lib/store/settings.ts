/**
 * Per-site on/off and snooze (storage.local, validated by settingsItem in items.ts), edited in the
 * popup, read by the content scripts.
 */
import type { Finding, Platform } from '../engine/types';
import type { Policy } from '../policy/schema';
import type { SiteSettings } from './contract';

export function isSnoozed(settings: SiteSettings, now: number = Date.now()): boolean {
  return settings.snoozedUntil !== undefined && settings.snoozedUntil > now;
}

/**
 * Nudges are on for a site when it is enabled and nothing is snoozed, or when the policy locks the
 * switches (the popup then offers neither; a value stored before the lock counts for nothing).
 */
export function isActiveOn(
  settings: SiteSettings,
  platform: Platform,
  enforcement: Pick<Policy['enforcement'], 'lockSwitches'>,
  now: number = Date.now(),
): boolean {
  return enforcement.lockSwitches || (settings.enabled[platform] && !isSnoozed(settings, now));
}

/**
 * What still shows while nudges are snoozed or the site is off: the block findings, which hold
 * the post, unless the policy lets employees snooze those too.
 */
export function findingsWhileInactive(
  findings: Finding[],
  enforcement: Pick<Policy['enforcement'], 'snoozeBlocks'>,
): Finding[] | undefined {
  if (enforcement.snoozeBlocks) return undefined;
  const blocks = findings.filter((f) => f.severity === 'block');
  return blocks.length > 0 ? blocks : undefined;
}

export function withSite(settings: SiteSettings, platform: Platform, enabled: boolean): SiteSettings {
  return { ...settings, enabled: { ...settings.enabled, [platform]: enabled } };
}

export function snoozedFor(settings: SiteSettings, minutes: number, now: number = Date.now()): SiteSettings {
  return { ...settings, snoozedUntil: now + minutes * 60_000 };
}

/** Snooze until the next local midnight. */
export function snoozedUntilTomorrow(settings: SiteSettings, now: Date = new Date()): SiteSettings {
  const t = new Date(now);
  t.setHours(24, 0, 0, 0);
  return { ...settings, snoozedUntil: t.getTime() };
}

export function resumed(settings: SiteSettings): SiteSettings {
  const { snoozedUntil: _drop, ...rest } = settings;
  return rest;
}
