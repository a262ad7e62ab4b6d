/**
 * The metric buckets in IndexedDB (the extension's origin: the background writes, the options
 * page and popup read). Every event is written at once in its own transaction, so nothing is lost
 * when the service worker is stopped.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { MetricEvent } from './contract';
import { bucketFor, retentionCutoff, type MetricBucket } from './metrics-model';

export const METRICS_DB = 'ambassador-metrics';
const STORE = 'buckets';

interface MetricsSchema extends DBSchema {
  buckets: { key: string; value: MetricBucket; indexes: { day: string } };
}

let dbPromise: Promise<IDBPDatabase<MetricsSchema>> | undefined;

export function metricsDb(): Promise<IDBPDatabase<MetricsSchema>> {
  dbPromise ??= openDB<MetricsSchema>(METRICS_DB, 1, {
    upgrade(db) {
      const store = db.createObjectStore(STORE, { keyPath: 'key' });
      store.createIndex('day', 'day');
    },
    blocking() {
      // Another context wants to upgrade or delete: let it.
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
    terminated() {
      dbPromise = undefined;
    },
  });
  return dbPromise;
}

/** Add one event to its day bucket (read-modify-write inside one transaction). */
export async function recordMetric(event: MetricEvent, now: Date = new Date()): Promise<void> {
  const db = await metricsDb();
  const tx = db.transaction(STORE, 'readwrite');
  const base = bucketFor(event, now);
  const existing = await tx.store.get(base.key);
  await tx.store.put({ ...base, count: (existing?.count ?? 0) + 1 });
  await tx.done;
}

/** Every bucket from `fromDay` (YYYY-MM-DD) on; all of them when omitted. */
export async function readBuckets(fromDay?: string): Promise<MetricBucket[]> {
  const db = await metricsDb();
  if (!fromDay) return db.getAll(STORE);
  return db.getAllFromIndex(STORE, 'day', IDBKeyRange.lowerBound(fromDay));
}

/** Delete the buckets older than the retention limit. Returns how many were deleted. */
export async function pruneMetrics(retentionDays: number, now: Date = new Date()): Promise<number> {
  const db = await metricsDb();
  const tx = db.transaction(STORE, 'readwrite');
  let cursor = await tx.store
    .index('day')
    .openCursor(IDBKeyRange.upperBound(retentionCutoff(retentionDays, now), true));
  let deleted = 0;
  while (cursor) {
    await cursor.delete();
    deleted++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return deleted;
}

export async function clearMetrics(): Promise<void> {
  const db = await metricsDb();
  await db.clear(STORE);
}
