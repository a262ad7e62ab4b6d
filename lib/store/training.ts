/** The training state the engine sees, from the synced record and what the policy requires. */
import type { TrainingState } from '../engine/types';
import type { Policy } from '../policy/schema';
import type { TrainingRecord } from './contract';

const DAY_MS = 86_400_000;
/** How far in the future a completion may lie (another device's clock). */
const CLOCK_SKEW_MS = DAY_MS;

export function effectiveTrainingState(
  record: TrainingRecord | undefined,
  policy: Pick<Policy, 'training'>,
  now: Date = new Date(),
): TrainingState {
  // The record comes from synced storage, which anything with the extension's rights may write:
  // an unknown state or a completion in the future counts as no training at all.
  if (!record || typeof record !== 'object') return 'none';
  if (record.state === 'in-training') return 'in-training';
  if (record.state !== 'certified') return 'none';
  if (record.courseVersion !== policy.training.courseVersion) return 'expired';
  const completed = typeof record.completedAt === 'string' ? Date.parse(record.completedAt) : NaN;
  if (Number.isNaN(completed) || completed > now.getTime() + CLOCK_SKEW_MS) return 'none';
  return now.getTime() - completed > policy.training.validityDays * DAY_MS ? 'expired' : 'certified';
}

/** When a certified record lapses (undefined when it never will or already has). */
export function trainingExpiresAt(
  record: TrainingRecord | undefined,
  policy: Pick<Policy, 'training'>,
): Date | undefined {
  if (record?.state !== 'certified' || !record.completedAt) return undefined;
  const completed = Date.parse(record.completedAt);
  return Number.isNaN(completed) ? undefined : new Date(completed + policy.training.validityDays * DAY_MS);
}
