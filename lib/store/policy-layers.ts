/**
 * Which policy is in force: enterprise-managed storage > a file imported in the options page >
 * the built-in default. Pure: the background feeds it what storage holds and writes the result.
 *
 * Every layer is validated. A refused layer is reported with every error and its path, and the
 * last valid policy stays in force (a refused managed policy keeps the previous managed one).
 */
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../policy';
import type { ActivePolicyRecord, PolicySource, PolicyStatus } from './contract';

/** What an admin may put in enterprise-managed storage (see managed-schema.ts). */
export interface ManagedValues {
  /** A whole policy document (an object, or the same as a JSON string). */
  policy?: unknown;
  /** true: employees cannot import their own policy file. */
  lockOverrides?: boolean;
  /** A completion pushed by the company's learning-management system. */
  training?: unknown;
}

export interface LayerInputs {
  managed: ManagedValues;
  /** The raw JSON of the imported policy file, as the options page stored it. */
  imported?: unknown;
  /** The record in force before (storage.local activePolicy), possibly from an earlier run. */
  previous?: ActivePolicyRecord;
  now: Date;
}

export interface LayerResult {
  active: ActivePolicyRecord;
  status: PolicyStatus;
  /** true when an imported policy exists but the managed lock keeps it out of force. */
  importLocked: boolean;
}

/** Managed storage may hold anything an admin typed: keep only values of the expected shape. */
export function readManagedValues(raw: unknown): ManagedValues {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const out: ManagedValues = {};
  if (r.policy !== undefined && r.policy !== null && r.policy !== '') out.policy = r.policy;
  if (r.lockOverrides === true || r.lockOverrides === 'true') out.lockOverrides = true;
  if (r.training !== undefined && r.training !== null) out.training = r.training;
  return out;
}

function samePolicy(a: Policy, b: Policy): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Re-validate a policy that was in force earlier (the schema may have changed since). */
function stillValid(record: ActivePolicyRecord | undefined): ActivePolicyRecord | undefined {
  if (!record || typeof record !== 'object' || !record.policy) return undefined;
  const parsed = parsePolicy(record.policy);
  return parsed.ok ? { ...record, policy: parsed.policy } : undefined;
}

export function resolvePolicy({ managed, imported, previous, now }: LayerInputs): LayerResult {
  const at = now.toISOString();
  const status: PolicyStatus = { refused: {} };
  const prev = stillValid(previous);
  const make = (policy: Policy, source: PolicySource): ActivePolicyRecord =>
    prev && prev.source === source && samePolicy(prev.policy, policy)
      ? { policy: prev.policy, source, since: prev.since }
      : { policy, source, since: at };

  let chosen: ActivePolicyRecord | undefined;

  if (managed.policy !== undefined) {
    const parsed = parsePolicy(managed.policy);
    if (parsed.ok) chosen = make(parsed.policy, 'managed');
    else {
      status.refused.managed = { at, errors: parsed.errors };
      // The last valid managed policy stays in force.
      if (prev?.source === 'managed') chosen = prev;
    }
  }

  const importLocked = managed.lockOverrides === true && imported !== undefined;
  if (!chosen && imported !== undefined && !managed.lockOverrides) {
    const parsed = parsePolicy(imported);
    if (parsed.ok) chosen = make(parsed.policy, 'imported');
    else {
      status.refused.imported = { at, errors: parsed.errors };
      if (prev?.source === 'imported') chosen = prev;
    }
  }

  return { active: chosen ?? make(DEFAULT_POLICY, 'default'), status, importLocked };
}

/** True when writing `next` would change what storage holds. */
export function activeChanged(prev: ActivePolicyRecord | undefined, next: ActivePolicyRecord): boolean {
  return (
    !prev ||
    prev.source !== next.source ||
    prev.since !== next.since ||
    JSON.stringify(prev.policy) !== JSON.stringify(next.policy)
  );
}
