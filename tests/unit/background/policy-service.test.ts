import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY_INPUT } from '../../../lib/policy';
import { activePolicyItem, policyStatusItem } from '../../../lib/store/items';
import { managedValues, publishPolicy, readManaged, serialized } from '../../../lib/store/policy-service';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const managedPolicy = { ...DEFAULT_POLICY_INPUT, name: 'Managed' };

describe('readManaged', () => {
  it('keeps the expected keys, and reads nothing when managed storage is unavailable', async () => {
    await fakeBrowser.storage.managed.set({ policy: managedPolicy, lockOverrides: 'true', other: 1 });
    expect(await readManaged()).toEqual({ policy: managedPolicy, lockOverrides: true });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect(await readManaged()).toEqual({});
  });

  it('managedValues follows changes of managed storage only', async () => {
    const seen: unknown[] = [];
    const stop = managedValues.watch((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ settings: {} });
    await fakeBrowser.storage.managed.set({ lockOverrides: true });
    await vi.waitFor(() => expect(seen).toEqual([{ lockOverrides: true }]));
    stop();
  });
});

describe('publishPolicy', () => {
  it('publishes the lower layers at once while managed storage is slow, then the managed policy', async () => {
    let answer!: (v: Record<string, unknown>) => void;
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((r) => (answer = r)));
    const done = publishPolicy(new Date('2025-05-01T10:00:00Z'));
    await vi.waitFor(async () =>
      expect(await activePolicyItem.getValue()).toMatchObject({ source: 'default' }),
    );
    // Provisional: no status until the managed layer is known.
    expect(await policyStatusItem.getValue()).toBeUndefined();
    answer({ policy: managedPolicy });
    const result = await done;
    expect(result.active).toMatchObject({ source: 'managed', policy: { name: 'Managed' } });
    expect(await activePolicyItem.getValue()).toEqual(result.active);
    expect(await policyStatusItem.getValue()).toEqual({ refused: {} });
  });

  it('does not write when nothing changed', async () => {
    await publishPolicy(new Date('2025-05-01T10:00:00Z'));
    const onChanged = vi.fn();
    fakeBrowser.storage.onChanged.addListener(onChanged);
    const again = await publishPolicy(new Date('2025-05-02T10:00:00Z'));
    expect(again.active.since).toBe('2025-05-01T10:00:00.000Z');
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe('serialized', () => {
  it('runs calls one after another and survives a failing call', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const order: string[] = [];
    let n = 0;
    const run = serialized(async () => {
      const i = ++n;
      order.push(`start ${i}`);
      await new Promise((r) => setTimeout(r, 5));
      order.push(`end ${i}`);
      if (i === 1) throw new Error('boom');
    });
    await Promise.all([run(), run()]);
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    expect(error).toHaveBeenCalledWith('Ambassador:', expect.any(Error));
  });
});

describe('publishPolicy when storage refuses the write', () => {
  it('reports the failure in the policy status and keeps the policy in force before it', async () => {
    await publishPolicy(new Date('2025-05-01T10:00:00Z'));
    const before = await activePolicyItem.getValue();
    expect(before).toMatchObject({ source: 'default' });
    // storage.local's quota, as Chromium words it, for any write that carries the policy.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items: Record<string, unknown>) =>
      'activePolicy' in items
        ? Promise.reject(new Error('Resource::kQuotaBytes quota exceeded'))
        : set(items),
    );
    await fakeBrowser.storage.managed.set({ policy: managedPolicy });
    await expect(publishPolicy(new Date('2025-05-02T10:00:00Z'))).rejects.toThrow(/quota/);
    expect(await activePolicyItem.getValue()).toEqual(before);
    expect(await policyStatusItem.getValue()).toEqual({
      refused: {},
      failed: {
        at: '2025-05-02T10:00:00.000Z',
        source: 'managed',
        message: 'Resource::kQuotaBytes quota exceeded',
      },
    });

    // Once the write goes through, the policy is in force and the failure is gone.
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    await publishPolicy(new Date('2025-05-03T10:00:00Z'));
    expect(await activePolicyItem.getValue()).toMatchObject({ source: 'managed' });
    expect(await policyStatusItem.getValue()).toEqual({ refused: {} });
  });
});
