// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useBuckets, useStored, type Stored } from '../../../components/ui/hooks';
import { DEFAULT_SETTINGS } from '../../../lib/store/contract';
import { settingsItem, type WatchedValue } from '../../../lib/store/items';
import type { MetricBucket } from '../../../lib/store/metrics-model';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
});
afterEach(() => render(null, root));

/** Render a component that calls `hook` and return every value it gave. */
async function renderHook<T>(hook: () => T): Promise<T[]> {
  const seen: T[] = [];
  const Probe = () => {
    seen.push(hook());
    return null;
  };
  await act(() => render(h(Probe, {}), root));
  return seen;
}
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('useStored', () => {
  it('shows the fallback until the value is read, then follows the changes', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: { x: false } } });
    const seen = await renderHook(() => useStored(settingsItem));
    await settle();
    expect(seen[0]).toEqual({ value: DEFAULT_SETTINGS, loaded: false });
    const off = { enabled: { ...DEFAULT_SETTINGS.enabled, x: false } };
    expect(seen.at(-1)).toEqual({ value: off, loaded: true });

    await act(() => fakeBrowser.storage.local.set({ settings: 'garbage' }));
    expect(seen.at(-1)).toEqual({ value: DEFAULT_SETTINGS, loaded: true });

    // WXT watches the area's own onChanged; unmounting stops watching.
    const areaEvents = fakeBrowser.storage.local.onChanged as unknown as { hasListeners(): boolean };
    expect(areaEvents.hasListeners()).toBe(true);
    render(null, root);
    expect(areaEvents.hasListeners()).toBe(false);
  });

  it('is loaded with the fallback when the read fails', async () => {
    const failing: WatchedValue<string> = {
      fallback: 'none',
      getValue: () => Promise.reject(new Error('no storage')),
      watch: () => () => {},
    };
    const seen = await renderHook<Stored<string>>(() => useStored(failing));
    await settle();
    expect(seen.at(-1)).toEqual({ value: 'none', loaded: true });
  });
});

describe('useBuckets', () => {
  const bucket: MetricBucket = {
    key: '2025-05-07|handoff|x||',
    day: '2025-05-07',
    type: 'handoff',
    platform: 'x',
    category: '',
    ruleId: '',
    count: 2,
  };

  it('reads from the given day and reloads on demand', async () => {
    const asked: (string | undefined)[] = [];
    let rows = [bucket];
    const read = (fromDay?: string) => {
      asked.push(fromDay);
      return Promise.resolve(rows);
    };
    const seen = await renderHook(() => useBuckets(read, '2025-05-01', 0));
    await settle();
    expect(asked).toEqual(['2025-05-01']);
    expect(seen.at(-1)).toMatchObject({ buckets: [bucket], loaded: true });
    expect(seen.at(-1)!.error).toBeUndefined();
    rows = [];
    await act(() => seen.at(-1)!.reload());
    await settle();
    expect(asked).toEqual(['2025-05-01', '2025-05-01']);
    expect(seen.at(-1)).toMatchObject({ buckets: [], loaded: true });
  });

  it('reports a failed read with its message', async () => {
    const seen = await renderHook(() =>
      useBuckets(() => Promise.reject(new Error('IndexedDB is blocked')), undefined, 0),
    );
    await settle();
    expect(seen.at(-1)).toMatchObject({ buckets: [], loaded: true, error: 'IndexedDB is blocked' });
  });
});
