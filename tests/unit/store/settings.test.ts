import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/store/contract';
import { settingsItem } from '../../../lib/store/items';
import {
  isActiveOn,
  isSnoozed,
  resumed,
  snoozedFor,
  snoozedUntilTomorrow,
  withSite,
} from '../../../lib/store/settings';

describe('site settings', () => {
  it('fills defaults and drops malformed values', () => {
    expect(settingsItem.parse(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsItem.parse('on')).toEqual(DEFAULT_SETTINGS);
    expect(settingsItem.parse({ enabled: { x: false, facebook: 'no' }, snoozedUntil: 'soon' })).toEqual({
      enabled: { x: false, facebook: true, linkedin: true },
    });
    expect(settingsItem.parse({ enabled: [], snoozedUntil: 5, other: 1 })).toEqual({
      enabled: DEFAULT_SETTINGS.enabled,
      snoozedUntil: 5,
    });
    expect(settingsItem.parse({ enabled: { linkedin: false }, snoozedUntil: Infinity })).toEqual({
      enabled: { x: true, facebook: true, linkedin: false },
    });
  });

  it('turns a site off and snoozes everything for a while', () => {
    const now = 1_700_000_000_000;
    const off = withSite(DEFAULT_SETTINGS, 'linkedin', false);
    expect(isActiveOn(off, 'linkedin', now)).toBe(false);
    expect(isActiveOn(off, 'x', now)).toBe(true);
    const snoozed = snoozedFor(off, 60, now);
    expect(isSnoozed(snoozed, now + 59 * 60_000)).toBe(true);
    expect(isSnoozed(snoozed, now + 61 * 60_000)).toBe(false);
    expect(isActiveOn(snoozed, 'x', now)).toBe(false);
    expect(resumed(snoozed)).toEqual(off);
  });

  it('snoozes until the next local midnight', () => {
    const now = new Date(2025, 4, 1, 15, 30);
    expect(snoozedUntilTomorrow(DEFAULT_SETTINGS, now).snoozedUntil).toBe(
      new Date(2025, 4, 2, 0, 0).getTime(),
    );
  });
});
