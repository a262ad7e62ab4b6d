/**
 * The employee's training record in storage.sync (follows them across devices), the completion an
 * LMS may push through managed storage, and the built-in course's grading.
 */
import type { Guideline, Policy } from '../policy';
import type { TrainingRecord } from './contract';
import { TrainingRecordSchema } from './schemas';

/**
 * What an LMS pushes through managed storage: `{ "courseVersion": "2025.1", "completedAt": "2025-03-01" }`
 * (state defaults to certified). Returns the record to store, or undefined when it is invalid.
 */
export function parseManagedTraining(raw: unknown): TrainingRecord | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const state = r.state ?? 'certified';
  const parsed = TrainingRecordSchema.safeParse({ ...r, state, source: 'managed' });
  if (!parsed.success || (parsed.data.state === 'certified' && !parsed.data.completedAt)) return undefined;
  return parsed.data;
}

/** How far in the future a completion may lie (another device's clock), as training.ts allows. */
const CLOCK_SKEW_MS = 86_400_000;

/** When the record's completion happened; -Infinity when it has none, or one dated in the future. */
function time(rec: TrainingRecord | undefined, now: Date): number {
  const t = rec?.completedAt ? Date.parse(rec.completedAt) : NaN;
  return Number.isNaN(t) || t > now.getTime() + CLOCK_SKEW_MS ? -Infinity : t;
}

/**
 * The record to write when managed storage carries a completion: it wins when it is newer than the
 * employee's own completion (or they have none, or theirs is dated in the future). Undefined:
 * nothing to write.
 */
export function mergeManagedTraining(
  current: TrainingRecord | undefined,
  managed: TrainingRecord | undefined,
  now: Date = new Date(),
): TrainingRecord | undefined {
  if (!managed) return undefined;
  // A completion dated in the future is no completion: it neither counts nor outranks a real one.
  if (managed.state === 'certified' && time(managed, now) === -Infinity) return undefined;
  if (
    current &&
    current.state === managed.state &&
    current.courseVersion === managed.courseVersion &&
    current.completedAt === managed.completedAt
  )
    return undefined;
  if (managed.state !== 'certified') {
    // An LMS may also reset someone to "none" or "in-training"; only apply it over another
    // managed record, never over the employee's own newer completion.
    return !current || current.source === 'managed' ? managed : undefined;
  }
  if (current?.state === 'certified' && time(current, now) >= time(managed, now)) return undefined;
  return managed;
}

/** The record written when the employee starts the built-in course. */
export function startedCourse(policy: Pick<Policy, 'training'>): TrainingRecord {
  return { state: 'in-training', courseVersion: policy.training.courseVersion, source: 'course' };
}

/** The record written when the employee passes the built-in course. */
export function passedCourse(policy: Pick<Policy, 'training'>, now: Date = new Date()): TrainingRecord {
  return {
    state: 'certified',
    courseVersion: policy.training.courseVersion,
    completedAt: now.toISOString(),
    source: 'course',
  };
}

export interface LessonResult {
  /** Index of each question answered wrongly. */
  wrong: number[];
  /** Every question answered, and answered right. */
  passed: boolean;
}

/** Grade one lesson: answers[i] is the chosen choice for question i (undefined: unanswered). */
export function gradeLesson(guideline: Guideline, answers: readonly (number | undefined)[]): LessonResult {
  const wrong: number[] = [];
  guideline.questions.forEach((q, i) => {
    if (answers[i] !== q.answer) wrong.push(i);
  });
  return { wrong, passed: wrong.length === 0 };
}

/** The course has one lesson per guideline, in the policy's order. */
export function courseLessons(policy: Pick<Policy, 'guidelines'>): Guideline[] {
  return policy.guidelines;
}

/** The course is passed once every lesson is. */
export function coursePassed(policy: Pick<Policy, 'guidelines'>, passedIds: ReadonlySet<string>): boolean {
  return policy.guidelines.every((g) => passedIds.has(g.id));
}
