/**
 * The background's side of the policy store: reads the three layers from extension storage,
 * resolves them (policy-layers.ts) and publishes `activePolicy` and `policyStatus` to
 * storage.local, where the content scripts, popup and options page read them.
 */
import { browser } from 'wxt/browser';
import { KEYS, type ActivePolicyRecord, type PolicyStatus } from './contract';
import {
  activeChanged,
  readManagedValues,
  resolvePolicy,
  type LayerResult,
  type ManagedValues,
} from './policy-layers';
import { mergeManagedTraining, parseManagedTraining, parseTrainingRecord } from './training-record';

/** Managed storage, or nothing (Firefox without a managed manifest rejects; so may tests). */
export async function readManaged(): Promise<ManagedValues> {
  try {
    return readManagedValues(await browser.storage.managed.get(null));
  } catch {
    return {};
  }
}

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
    const stored = await browser.storage.local.get(KEYS.activePolicy);
    if (!stored[KEYS.activePolicy]) await publishWith({}, now, { provisional: true });
  }
  return publishWith(early ?? (await managedRead), now);
}

async function publishWith(
  managed: ManagedValues,
  now: Date,
  { provisional = false }: { provisional?: boolean } = {},
): Promise<LayerResult> {
  const local = await browser.storage.local.get([KEYS.importedPolicy, KEYS.activePolicy, KEYS.policyStatus]);
  const previous = local[KEYS.activePolicy] as ActivePolicyRecord | undefined;
  const result = resolvePolicy({ managed, imported: local[KEYS.importedPolicy], previous, now });
  const writes: Record<string, unknown> = {};
  if (activeChanged(previous, result.active)) writes[KEYS.activePolicy] = result.active;
  const prevStatus = local[KEYS.policyStatus] as PolicyStatus | undefined;
  if (!provisional && !sameStatus(prevStatus, result.status)) writes[KEYS.policyStatus] = result.status;
  if (Object.keys(writes).length > 0) await browser.storage.local.set(writes);
  if (!provisional) await applyManagedTraining(managed);
  return result;
}

/** Refusals are equal when the same sources were refused with the same errors (times aside). */
function sameStatus(a: PolicyStatus | undefined, b: PolicyStatus): boolean {
  if (!a?.refused) return false;
  const strip = (s: PolicyStatus) =>
    JSON.stringify({ m: s.refused.managed?.errors, i: s.refused.imported?.errors });
  return strip(a) === strip(b);
}

/** An LMS completion pushed through managed storage goes into the synced record. */
async function applyManagedTraining(managed: ManagedValues): Promise<void> {
  const pushed = parseManagedTraining(managed.training);
  if (!pushed) return;
  const stored = await browser.storage.sync.get(KEYS.training);
  const next = mergeManagedTraining(parseTrainingRecord(stored[KEYS.training]), pushed);
  if (next) await browser.storage.sync.set({ [KEYS.training]: next });
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
