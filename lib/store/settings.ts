/**
 * Per-site on/off and snooze (storage.local, validated by settingsItem in items.ts), edited in the
 * popup, read by the content scripts.
 */
import type { Platform } from '../engine/types';
import type { SiteSettings } from './contract';

export function isSnoozed(settings: SiteSettings, now: number = Date.now()): boolean {
  return settings.snoozedUntil !== undefined && settings.snoozedUntil > now;
}

/** Nudges are on for a site when it is enabled and nothing is snoozed. */
export function isActiveOn(settings: SiteSettings, platform: Platform, now: number = Date.now()): boolean {
  return settings.enabled[platform] && !isSnoozed(settings, now);
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
