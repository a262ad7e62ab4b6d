/** Per-site on/off and snooze (storage.local), edited in the popup, read by the content scripts. */
import { PLATFORMS, type Platform } from '../engine/types';
import { DEFAULT_SETTINGS, type SiteSettings } from './contract';

/** Fill in defaults and drop anything malformed. */
export function normalizeSettings(raw: unknown): SiteSettings {
  const out: SiteSettings = { enabled: { ...DEFAULT_SETTINGS.enabled } };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Partial<SiteSettings>;
  if (r.enabled && typeof r.enabled === 'object') {
    for (const p of PLATFORMS) if (typeof r.enabled[p] === 'boolean') out.enabled[p] = r.enabled[p];
  }
  if (typeof r.snoozedUntil === 'number' && Number.isFinite(r.snoozedUntil))
    out.snoozedUntil = r.snoozedUntil;
  return out;
}

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
