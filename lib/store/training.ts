/** The training state the engine sees, from the synced record and what the policy requires. */
import type { TrainingState } from '../engine/types';
import type { Policy } from '../policy/schema';
import type { TrainingRecord } from './contract';

const DAY_MS = 86_400_000;

export function effectiveTrainingState(
  record: TrainingRecord | undefined,
  policy: Pick<Policy, 'training'>,
  now: Date = new Date(),
): TrainingState {
  if (!record) return 'none';
  if (record.state !== 'certified') return record.state;
  if (record.courseVersion !== policy.training.courseVersion) return 'expired';
  const completed = record.completedAt ? Date.parse(record.completedAt) : NaN;
  if (Number.isNaN(completed)) return 'none';
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
