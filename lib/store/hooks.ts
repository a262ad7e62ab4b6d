/**
 * Preact hooks for the extension pages (popup, options): live views of extension storage and of
 * the metric buckets. The pages' only contact with the browser APIs besides their entrypoints.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readBuckets } from './metrics-db';
import type { MetricBucket } from './metrics-model';

type Area = 'local' | 'sync' | 'managed';

export interface Stored<T> {
  value: T | undefined;
  loaded: boolean;
}

/** The value under `key` in `area`, kept up to date through storage.onChanged. */
export function useStorage<T>(area: Area, key: string): Stored<T> {
  const [state, setState] = useState<Stored<T>>({ value: undefined, loaded: false });
  useEffect(() => {
    let alive = true;
    const load = () =>
      browser.storage[area]
        .get(key)
        .then((r) => alive && setState({ value: r[key] as T | undefined, loaded: true }))
        .catch(() => alive && setState({ value: undefined, loaded: true }));
    void load();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
      if (changedArea !== area || !(key in changes)) return;
      setState({ value: changes[key]!.newValue as T | undefined, loaded: true });
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [area, key]);
  return state;
}

/** Metric buckets from `fromDay` on, reloaded on demand and every few seconds while shown. */
export function useBuckets(
  fromDay?: string,
  refreshMs = 3000,
): {
  buckets: MetricBucket[];
  loaded: boolean;
  error?: string;
  reload: () => void;
} {
  const [state, setState] = useState<{ buckets: MetricBucket[]; loaded: boolean; error?: string }>({
    buckets: [],
    loaded: false,
  });
  const reload = useCallback(() => {
    readBuckets(fromDay).then(
      (buckets) => setState({ buckets, loaded: true }),
      (e: unknown) =>
        setState({ buckets: [], loaded: true, error: e instanceof Error ? e.message : String(e) }),
    );
  }, [fromDay]);
  useEffect(() => {
    reload();
    if (refreshMs <= 0) return;
    const id = setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, refreshMs);
    return () => clearInterval(id);
  }, [reload, refreshMs]);
  return { ...state, reload };
}
