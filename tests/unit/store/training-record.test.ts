import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DEFAULT_POLICY_INPUT, parsePolicy } from '../../../lib/policy';
import { trainingItem } from '../../../lib/store/items';
import { effectiveTrainingState } from '../../../lib/store/training';
import {
  coursePassed,
  gradeLesson,
  mergeManagedTraining,
  parseManagedTraining,
  passedCourse,
  startedCourse,
} from '../../../lib/store/training-record';

const policy = DEFAULT_POLICY;
const v = policy.training.courseVersion;

describe('training record', () => {
  it('parses stored records and rejects malformed ones', () => {
    const stored = { state: 'certified', courseVersion: v, completedAt: '2025-01-01', source: 'course' };
    expect(trainingItem.parse(stored)).toEqual(stored);
    expect(trainingItem.parse({ ...stored, extra: 1 })).toEqual(stored);
    expect(trainingItem.parse({ state: 'expired' })).toBeUndefined();
    expect(trainingItem.parse({ state: 'certified', completedAt: 'yesterday' })).toBeUndefined();
    expect(trainingItem.parse({ state: 'none', courseVersion: '' })).toBeUndefined();
    expect(trainingItem.parse(null)).toBeUndefined();
  });

  it('starting the course is in-training; passing it certifies the current course version', () => {
    const now = new Date('2025-06-01T00:00:00Z');
    expect(effectiveTrainingState(startedCourse(policy), policy, now)).toBe('in-training');
    const passed = passedCourse(policy, now);
    expect(passed).toEqual({
      state: 'certified',
      courseVersion: v,
      completedAt: now.toISOString(),
      source: 'course',
    });
    expect(effectiveTrainingState(passed, policy, now)).toBe('certified');
    // After the validity period, or when the policy asks for another course version: expired.
    expect(effectiveTrainingState(passed, policy, new Date('2026-06-03T00:00:00Z'))).toBe('expired');
    const newer = { ...policy, training: { ...policy.training, courseVersion: 'next' } };
    expect(effectiveTrainingState(passed, newer, now)).toBe('expired');
    // Synced storage is not trusted: unknown states and completions in the future are no training.
    const bogus = { state: 'bogus' } as unknown as Parameters<typeof effectiveTrainingState>[0];
    expect(effectiveTrainingState(bogus, policy, now)).toBe('none');
    expect(effectiveTrainingState({ ...passed, completedAt: '9999-01-01T00:00:00Z' }, policy, now)).toBe(
      'none',
    );
    expect(
      effectiveTrainingState(
        { ...passed, completedAt: new Date(now.getTime() + 3_600_000).toISOString() },
        policy,
        now,
      ),
    ).toBe('certified');
  });

  it('reads an LMS completion from managed storage (state defaults to certified)', () => {
    expect(parseManagedTraining({ courseVersion: v, completedAt: '2025-03-01' })).toEqual({
      state: 'certified',
      courseVersion: v,
      completedAt: '2025-03-01',
      source: 'managed',
    });
    expect(parseManagedTraining({ courseVersion: v })).toBeUndefined();
    expect(parseManagedTraining('yes')).toBeUndefined();
  });

  it('a managed completion wins only when it is newer', () => {
    const managed = parseManagedTraining({ courseVersion: v, completedAt: '2025-03-01' })!;
    expect(mergeManagedTraining(undefined, managed)).toEqual(managed);
    expect(mergeManagedTraining({ state: 'in-training', source: 'course' }, managed)).toEqual(managed);
    const own = {
      state: 'certified' as const,
      courseVersion: v,
      completedAt: '2025-04-01T00:00:00Z',
      source: 'course' as const,
    };
    expect(mergeManagedTraining(own, managed)).toBeUndefined();
    const older = { ...own, completedAt: '2024-01-01T00:00:00Z' };
    expect(mergeManagedTraining(older, managed)).toEqual(managed);
    expect(mergeManagedTraining(managed, { ...managed })).toBeUndefined();
    // A managed reset never overrides the employee's own completion.
    expect(mergeManagedTraining(own, { state: 'none', source: 'managed' })).toBeUndefined();
    expect(mergeManagedTraining(managed, { state: 'none', source: 'managed' })).toEqual({
      state: 'none',
      source: 'managed',
    });
  });
});

describe('the course version', () => {
  it('is bounded alike in the policy and in the record: any version the policy takes, the record takes', () => {
    const longest = 'v'.repeat(100);
    const accepted = parsePolicy(
      { ...DEFAULT_POLICY_INPUT, training: { courseVersion: longest } },
      { trialCheck: false },
    );
    expect(accepted.ok).toBe(true);
    expect(parseManagedTraining({ courseVersion: longest, completedAt: '2025-03-01' })).toBeDefined();
    const tooLong = parsePolicy(
      { ...DEFAULT_POLICY_INPUT, training: { courseVersion: `${longest}v` } },
      { trialCheck: false },
    );
    expect(tooLong.ok).toBe(false);
  });
});

describe('completions dated in the future', () => {
  const now = new Date('2025-06-01T00:00:00Z');
  const lms = parseManagedTraining({ courseVersion: v, completedAt: '2025-05-20' })!;

  it('a far-future completion of the employee does not block a later LMS update', () => {
    const forged = {
      state: 'certified' as const,
      courseVersion: v,
      completedAt: '9999-12-31',
      source: 'course' as const,
    };
    expect(mergeManagedTraining(forged, lms, now)).toEqual(lms);
  });

  it('an LMS completion dated in the future is not written', () => {
    const future = parseManagedTraining({ courseVersion: v, completedAt: '2030-01-01' })!;
    expect(mergeManagedTraining(undefined, future, now)).toBeUndefined();
    // Tomorrow is within another device's clock skew.
    const tomorrow = parseManagedTraining({ courseVersion: v, completedAt: '2025-06-01T20:00:00Z' })!;
    expect(mergeManagedTraining(undefined, tomorrow, now)).toEqual(tomorrow);
  });
});

describe('course grading', () => {
  const lesson = policy.guidelines[0]!;
  it('passes a lesson only when every question is answered right', () => {
    const right = lesson.questions.map((q) => q.answer);
    expect(gradeLesson(lesson, right)).toEqual({ wrong: [], passed: true });
    const wrong = [...right];
    wrong[0] = (right[0]! + 1) % lesson.questions[0]!.choices.length;
    expect(gradeLesson(lesson, wrong)).toEqual({ wrong: [0], passed: false });
    expect(gradeLesson(lesson, []).passed).toBe(false);
  });

  it('the course is passed when every guideline lesson is', () => {
    const all = new Set(policy.guidelines.map((g) => g.id));
    expect(coursePassed(policy, all)).toBe(true);
    all.delete(policy.guidelines[3]!.id);
    expect(coursePassed(policy, all)).toBe(false);
  });
});
