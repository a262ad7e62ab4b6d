/** The training status and the built-in course: one short lesson per guideline, with questions. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TrainingState } from '@/lib/engine/types';
import { plural, t } from '@/lib/i18n/messages';
import type { Policy } from '@/lib/policy';
import type { TrainingRecord } from '@/lib/store/contract';
import { courseLessons, coursePassed, gradeLesson } from '@/lib/store/training-record';
import { formatDate } from '../ui/format';
import { trainingBadge } from '../ui/labels';

export interface TrainingSectionProps {
  /** The policy in the UI's language (OptionsPage localizes it). */
  policy: Policy;
  record?: TrainingRecord;
  state: TrainingState;
  expiresAt?: Date;
  /** A lesson to open at once (a guideline id): a card's "Learn more" lands on it. */
  openLesson?: string;
  onStart(): Promise<void>;
  onPass(): Promise<void>;
}

type Answers = (number | undefined)[];

export function TrainingSection({
  policy,
  record,
  state,
  expiresAt,
  openLesson,
  onStart,
  onPass,
}: TrainingSectionProps) {
  // The lessons in the UI's language already (OptionsPage).
  const lessons = courseLessons(policy);
  const [step, setStep] = useState<number | undefined>(undefined);
  /** Ids of the lessons passed since the course was (re)started. */
  const [passed, setPassed] = useState<ReadonlySet<string>>(new Set());
  const [answers, setAnswers] = useState<Answers>([]);
  const [wrong, setWrong] = useState<number[] | undefined>(undefined);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const badge = trainingBadge(state);

  const focusHeading = () => requestAnimationFrame(() => heading.current?.focus());
  const go = (i: number) => {
    setStep(i);
    setAnswers([]);
    setWrong(undefined);
    focusHeading();
  };
  const start = async () => {
    setError(undefined);
    setDone(false);
    setPassed(new Set());
    try {
      await onStart();
    } catch (e) {
      setError(String(e));
    }
    go(0);
  };

  // Opened from "Learn more": that lesson, scrolled to and focused. Reading it starts nothing: the
  // training record changes only when the course is started or passed.
  useEffect(() => {
    const index = lessons.findIndex((l) => l.id === openLesson);
    if (index >= 0) go(index);
  }, [openLesson]);

  const lesson = step === undefined ? undefined : lessons[step];
  const check = async () => {
    if (!lesson || step === undefined) return;
    const result = gradeLesson(lesson, answers);
    setWrong(result.wrong);
    if (!result.passed) return;
    const passedNow = new Set(passed).add(lesson.id);
    setPassed(passedNow);
    if (coursePassed(policy, passedNow)) {
      try {
        await onPass();
        setDone(true);
        setStep(undefined);
        focusHeading();
      } catch (e) {
        setError(t('courseSaveFailed', { error: String(e) }));
      }
    }
  };

  return (
    <section id="training" class="card stack" aria-labelledby="training-h">
      <div class="row">
        <h2 id="training-h">{t('sectionTraining')}</h2>
        <span class="spacer" />
        <span class={`badge ${badge.tone}`} data-testid="training-state" data-state={state}>
          {badge.label}
        </span>
      </div>
      <p class="muted">
        {state === 'certified' &&
          t(record?.source === 'managed' ? 'courseCompletedManaged' : 'courseCompleted', {
            version: record?.courseVersion ?? '',
            date: formatDate(record?.completedAt),
            until: formatDate(expiresAt),
          })}
        {state === 'expired' &&
          (record?.courseVersion !== policy.training.courseVersion
            ? t('courseChanged', { version: policy.training.courseVersion })
            : t('courseOutdated'))}
        {state === 'in-training' && t('courseInTraining')}
        {state === 'none' && plural('courseInvitation', lessons.length, { company: policy.company })}
      </p>
      {policy.training.url && (
        <p class="muted">
          {t('courseFullProgram')}{' '}
          <a href={policy.training.url} target="_blank" rel="noreferrer noopener">
            {policy.training.url}
          </a>
        </p>
      )}
      {error && (
        <div class="alert danger" role="alert">
          {error}
        </div>
      )}
      {done && (
        <div class="alert ok" role="status" data-testid="course-passed">
          <strong>{t('coursePassed')}</strong>
          {t('coursePassedRecorded', { version: policy.training.courseVersion })}
        </div>
      )}

      {lesson === undefined || step === undefined ? (
        <div class="row">
          <button type="button" class="primary" onClick={() => void start()} data-testid="start-course">
            {state === 'certified'
              ? t('courseReview')
              : state === 'in-training'
                ? t('courseRestart')
                : t('courseStart')}
          </button>
          <span class="muted">
            {plural('courseLength', lessons.length, { minutes: Math.max(5, lessons.length) })}
          </span>
        </div>
      ) : (
        <form
          class="lesson stack"
          aria-labelledby="lesson-h"
          onSubmit={(e) => {
            e.preventDefault();
            void check();
          }}
        >
          <p class="muted progress-label" id="lesson-progress">
            {t('courseProgress', { lesson: step + 1, total: lessons.length })}
          </p>
          <progress max={lessons.length} value={step} aria-labelledby="lesson-progress" />
          <h3 id="lesson-h" tabIndex={-1} ref={heading} data-testid="lesson-title">
            {lesson.title}
          </h3>
          <p>
            <strong>{lesson.summary}</strong>
          </p>
          <p class="lesson-text">{lesson.lesson}</p>
          {lesson.questions.map((q, qi) => (
            <fieldset key={`${lesson.id}-${qi}`} class="question" data-question={qi}>
              <legend>{q.prompt}</legend>
              {q.choices.map((c, ci) => (
                <label key={ci} class="choice">
                  <input
                    type="radio"
                    name={`q-${lesson.id}-${qi}`}
                    value={ci}
                    checked={answers[qi] === ci}
                    onChange={() => {
                      const next = [...answers];
                      next[qi] = ci;
                      setAnswers(next);
                      setWrong(undefined);
                    }}
                  />
                  <span>{c}</span>
                </label>
              ))}
              {wrong?.includes(qi) && (
                <p class="feedback bad">
                  {answers[qi] === undefined ? t('courseChooseAnswer') : t('courseNotQuite')}
                </p>
              )}
            </fieldset>
          ))}
          <div class="row">
            {wrong !== undefined && wrong.length === 0 && step < lessons.length - 1 ? (
              <>
                <p class="feedback good" role="status">
                  {lesson.questions.length > 0 ? t('courseCorrect') : t('courseGotIt')}
                </p>
                <button type="button" class="primary" onClick={() => go(step + 1)} data-testid="next-lesson">
                  {t('courseNext')}
                </button>
              </>
            ) : (
              <button type="submit" class="primary" data-testid="check-answers">
                {lesson.questions.length === 0
                  ? step === lessons.length - 1
                    ? t('courseFinish')
                    : t('courseRead')
                  : step === lessons.length - 1
                    ? t('courseCheckAndFinish')
                    : t('courseCheck')}
              </button>
            )}
            {step > 0 && (
              <button type="button" onClick={() => go(step - 1)}>
                {t('coursePrevious')}
              </button>
            )}
            <span class="spacer" />
            <button type="button" onClick={() => setStep(undefined)}>
              {t('courseLeave')}
            </button>
          </div>
          {wrong !== undefined && wrong.length > 0 && (
            <p class="feedback bad" role="alert">
              {plural('courseWrongAnswers', wrong.length)}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
