/**
 * The service worker: publishes the policy in force (managed > imported > built-in), applies an
 * LMS training completion from managed storage, and stores metric events in IndexedDB.
 * Wiring only; the logic lives in lib/store.
 */
import { KEYS, type ActivePolicyRecord } from '@/lib/store/contract';
import { pruneMetrics, recordMetric } from '@/lib/store/metrics-db';
import { dayOf, parseMetricMessage } from '@/lib/store/metrics-model';
import { publishPolicy, serialized } from '@/lib/store/policy-service';

export default defineBackground(() => {
  const republish = serialized(publishPolicy);

  // The retention limit, applied at every start of the worker and at most once a day while it runs.
  let prunedOn: string | undefined;
  const prune = async () => {
    const stored = await browser.storage.local.get(KEYS.activePolicy);
    const active = stored[KEYS.activePolicy] as ActivePolicyRecord | undefined;
    if (!active) return;
    prunedOn = dayOf(new Date());
    await pruneMetrics(active.policy.metrics.retentionDays);
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void republish();
    else if (area === 'local' && KEYS.importedPolicy in changes) void republish();
    else if (area === 'local' && KEYS.activePolicy in changes) void prune().catch(() => {});
  });

  // Metric events from the content scripts: counts only, written at once (the worker may stop).
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const event = parseMetricMessage(message);
    if (!event) return undefined;
    return recordMetric(event).then(
      () => {
        if (prunedOn !== dayOf(new Date())) void prune().catch(() => {});
        return { ok: true };
      },
      (e: unknown) => {
        console.error('Ambassador: metric not recorded', e);
        return { ok: false };
      },
    );
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`Ambassador ${browser.runtime.getManifest().version} ${reason}`);
  });

  // Every start of the worker (install, browser start, wake-up): publish, then prune old metrics.
  void republish()
    .then(prune)
    .catch((e: unknown) => console.error('Ambassador: pruning failed', e));
});
