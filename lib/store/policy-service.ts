/**
 * The background's side of the policy store: reads the three layers from extension storage,
 * resolves them (policy-layers.ts) and publishes `activePolicy` and `policyStatus` to
 * storage.local, where the content scripts, popup and options page read them.
 */
import { browser } from 'wxt/browser';
import type { PolicyStatus } from './contract';
import {
  activePolicyItem,
  importedPolicyItem,
  policyStatusItem,
  setValues,
  trainingItem,
  type ItemWrite,
  type WatchedValue,
} from './items';
import {
  activeChanged,
  readManagedValues,
  resolvePolicy,
  type LayerResult,
  type ManagedValues,
} from './policy-layers';
import { mergeManagedTraining, parseManagedTraining } from './training-record';

/** Managed storage, or nothing (Firefox without a managed manifest rejects; so may tests). */
export async function readManaged(): Promise<ManagedValues> {
  try {
    return readManagedValues(await browser.storage.managed.get(null));
  } catch {
    return {};
  }
}

/** Managed storage as the options page shows it, followed as the admin's policy changes. */
export const managedValues: WatchedValue<ManagedValues> = {
  fallback: {},
  getValue: readManaged,
  watch(onChange) {
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') void readManaged().then(onChange);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/**
 * Chrome answers storage.managed only once its policy service has loaded the extension's policy,
 * which takes seconds after a browser start. On a first run (nothing published yet) the lower
 * layers are published at once and the managed layer follows as soon as it is known.
 */
const MANAGED_GRACE_MS = 300;

/** Resolve the policy in force and publish it. Safe to call at any time, as often as needed. */
export async function publishPolicy(now: Date = new Date()): Promise<LayerResult> {
  const managedRead = readManaged();
  const early = await Promise.race([
    managedRead,
    new Promise<undefined>((resolve) => setTimeout(resolve, MANAGED_GRACE_MS)),
  ]);
  if (early === undefined) {
    if (!(await activePolicyItem.getValue())) await publishWith({}, now, { provisional: true });
  }
  return publishWith(early ?? (await managedRead), now);
}

async function publishWith(
  managed: ManagedValues,
  now: Date,
  { provisional = false }: { provisional?: boolean } = {},
): Promise<LayerResult> {
  const [imported, previous, prevStatus] = await Promise.all([
    importedPolicyItem.getValue(),
    activePolicyItem.getValue(),
    policyStatusItem.getValue(),
  ]);
  const result = resolvePolicy({ managed, imported, previous, now });
  const writes: ItemWrite[] = [];
  if (activeChanged(previous, result.active)) writes.push(activePolicyItem.write(result.active));
  if (!provisional && !sameStatus(prevStatus, result.status))
    writes.push(policyStatusItem.write(result.status));
  try {
    if (writes.length > 0) await setValues(writes);
  } catch (error) {
    // The policy chosen is not in force (the one before still is): say so where the pages look,
    // in a write small enough to succeed where the policy's did not.
    const message = error instanceof Error ? error.message : String(error);
    const failed = { at: now.toISOString(), source: result.active.source, message };
    await policyStatusItem.setValue({ ...result.status, failed });
    throw new Error(`the ${result.active.source} policy could not be put in force: ${message}`);
  }
  if (!provisional) await applyManagedTraining(managed);
  return result;
}

/** Statuses are equal when the same sources were refused with the same errors, and none failed (times aside). */
function sameStatus(a: PolicyStatus | undefined, b: PolicyStatus): boolean {
  if (!a?.refused || a.failed || b.failed) return false;
  const strip = (s: PolicyStatus) =>
    JSON.stringify({ m: s.refused.managed?.errors, i: s.refused.imported?.errors });
  return strip(a) === strip(b);
}

/** An LMS completion pushed through managed storage goes into the synced record. */
async function applyManagedTraining(managed: ManagedValues): Promise<void> {
  const pushed = parseManagedTraining(managed.training);
  if (!pushed) return;
  const next = mergeManagedTraining(await trainingItem.getValue(), pushed);
  if (next) await trainingItem.setValue(next);
}

/** Calls run one after another, so two quick changes never publish out of order. */
export function serialized(fn: () => Promise<unknown>): () => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  return () => {
    chain = chain
      .then(() => fn())
      .then(
        () => undefined,
        (e: unknown) => console.error('Ambassador:', e),
      );
    return chain;
  };
}
