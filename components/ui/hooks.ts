/**
 * Preact hooks for the extension pages (popup, options): live views of stored values and of the
 * metric buckets. The entrypoints hand them the typed storage items and the bucket reader, so the
 * components never touch the browser APIs.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { WatchedValue } from '@/lib/store/items';
import type { MetricBucket } from '@/lib/store/metrics-model';

export interface Stored<T> {
  value: T;
  /** false until the first read answered (with the value, or the fallback when it failed). */
  loaded: boolean;
}

/** The item's value, kept up to date as storage changes. */
export function useStored<T>(item: WatchedValue<T>): Stored<T> {
  const [state, setState] = useState<Stored<T>>({ value: item.fallback, loaded: false });
  useEffect(() => {
    let alive = true;
    item.getValue().then(
      (value) => alive && setState({ value, loaded: true }),
      () => alive && setState({ value: item.fallback, loaded: true }),
    );
    const unwatch = item.watch((value) => setState({ value, loaded: true }));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return state;
}

/**
 * The metric buckets from `fromDay` on (all of them when omitted), read by `read` (a stable
 * function: it is a dependency of the reload), reloaded on demand and every few seconds while shown.
 */
export function useBuckets(
  read: (fromDay?: string) => Promise<MetricBucket[]>,
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
    read(fromDay).then(
      (buckets) => setState({ buckets, loaded: true }),
      (e: unknown) =>
        setState({ buckets: [], loaded: true, error: e instanceof Error ? e.message : String(e) }),
    );
  }, [read, fromDay]);
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
