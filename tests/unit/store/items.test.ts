import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY } from '../../../lib/policy';
import { DEFAULT_SETTINGS } from '../../../lib/store/contract';
import {
  activePolicyItem,
  importedPolicyItem,
  policyStatusItem,
  setValues,
  settingsItem,
  trainingItem,
} from '../../../lib/store/items';

const record = { policy: DEFAULT_POLICY, source: 'default' as const, since: '2025-05-01T10:00:00.000Z' };

beforeEach(() => fakeBrowser.reset());

describe('typed storage items', () => {
  it('keep the storage keys and areas the content scripts and e2e tests use', () => {
    expect(
      [activePolicyItem, policyStatusItem, importedPolicyItem, settingsItem, trainingItem].map(
        (i) => `${i.area}:${i.key}`,
      ),
    ).toEqual([
      'local:activePolicy',
      'local:policyStatus',
      'local:importedPolicy',
      'local:settings',
      'sync:training',
    ]);
  });

  it('read what was written, as plain values under the same keys', async () => {
    await activePolicyItem.setValue(record);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, snoozedUntil: 42 });
    await trainingItem.setValue({ state: 'in-training', courseVersion: '2025.1', source: 'course' });
    expect(await activePolicyItem.getValue()).toEqual(record);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      activePolicy: record,
      settings: { enabled: DEFAULT_SETTINGS.enabled, snoozedUntil: 42 },
    });
    expect(await fakeBrowser.storage.sync.get('training')).toEqual({
      training: { state: 'in-training', courseVersion: '2025.1', source: 'course' },
    });
  });

  it('fall back when the stored value is missing or malformed, without throwing', async () => {
    expect(await activePolicyItem.getValue()).toBeUndefined();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({
      activePolicy: { ...record, policy: { name: 'half a policy' } },
      policyStatus: { refused: 'yes' },
      settings: 'off',
    });
    await fakeBrowser.storage.sync.set({ training: { state: 'certified', completedAt: 'someday' } });
    expect(await activePolicyItem.getValue()).toBeUndefined();
    expect(await policyStatusItem.getValue()).toBeUndefined();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(await trainingItem.getValue()).toBeUndefined();
  });

  it('refuse to write a malformed value and keep the stored one', async () => {
    await trainingItem.setValue({ state: 'none' });
    await expect(trainingItem.setValue({ state: 'expired' } as never)).rejects.toThrow(
      'sync:training not written, the value is malformed: state: Invalid option',
    );
    expect(() => activePolicyItem.write({ ...record, source: 'somewhere' } as never)).toThrow(
      /^local:activePolicy not written.*source: /,
    );
    expect(await trainingItem.getValue()).toEqual({ state: 'none' });
  });

  it('setValues writes several items in one change', async () => {
    const onChanged = vi.fn();
    fakeBrowser.storage.onChanged.addListener(onChanged);
    const status = { refused: {} };
    await setValues([activePolicyItem.write(record), policyStatusItem.write(status)]);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(Object.keys(onChanged.mock.calls[0]![0] as object).sort()).toEqual([
      'activePolicy',
      'policyStatus',
    ]);
    expect(await policyStatusItem.getValue()).toEqual(status);
  });

  it('watch passes every new value through the schema', async () => {
    const seen: unknown[] = [];
    const unwatch = settingsItem.watch((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ settings: { enabled: { x: false } } });
    await fakeBrowser.storage.local.set({ settings: 7 });
    await fakeBrowser.storage.local.remove('settings');
    unwatch();
    await fakeBrowser.storage.local.set({ settings: { enabled: { x: false } } });
    expect(seen).toEqual([
      { enabled: { x: false, facebook: true, linkedin: true } },
      DEFAULT_SETTINGS,
      DEFAULT_SETTINGS,
    ]);
  });
});
