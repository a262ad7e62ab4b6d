/** The options page: training, policy, impact, privacy. Props in, events out; no browser.* calls. */
import { optionalKinds } from '@/lib/engine/optional';
import type { TrainingState } from '@/lib/engine/types';
import type { ActivePolicyRecord, PolicyStatus, TrainingRecord } from '@/lib/store/contract';
import type { MetricBucket } from '@/lib/store/metrics-model';
import '../ui/theme.css';
import './options.css';
import { HeardSection } from './HeardSection';
import { ImpactSection } from './ImpactSection';
import { NudgeKindsSection } from './NudgeKindsSection';
import { PolicySection, type ImportResult } from './PolicySection';
import { StorylinesSection } from './StorylinesSection';
import { TrainingSection } from './TrainingSection';

export interface OptionsPageProps {
  loaded: boolean;
  active?: ActivePolicyRecord;
  status?: PolicyStatus;
  managedPolicy: boolean;
  locked: boolean;
  hasImported: boolean;
  trainingRecord?: TrainingRecord;
  training: TrainingState;
  trainingExpiresAt?: Date;
  /** The lesson the address asks for (`?lesson=<guideline id>`: a card's "Learn more"). */
  lesson?: string;
  buckets: MetricBucket[];
  bucketsLoaded: boolean;
  bucketsError?: string;
  onStartCourse(): Promise<void>;
  onPassCourse(): Promise<void>;
  onImport(text: string): Promise<ImportResult>;
  onRemoveImport(): Promise<void>;
  onClearData(): Promise<void>;
  schemaJson(): string;
  /** The optional kinds of nudge the employee switched off. */
  switchedOff: readonly string[];
  /** Turn an optional kind of nudge back on (`shown`) or off. */
  onSwitchKind(id: string, shown: boolean): Promise<void>;
}

export function OptionsPage(props: OptionsPageProps) {
  const policy = props.active?.policy;
  return (
    <div class="options">
      <header class="top">
        <div class="top-inner">
          <h1>Ambassador</h1>
          <nav aria-label="Sections">
            <a href="#training">Training</a>
            <a href="#policy">Policy</a>
            <a href="#nudges">Nudges</a>
            <a href="#impact">Impact</a>
            <a href="#privacy">Privacy</a>
          </nav>
        </div>
      </header>
      <main class="content stack" aria-busy={!props.loaded}>
        {policy ? (
          <TrainingSection
            policy={policy}
            record={props.trainingRecord}
            state={props.training}
            expiresAt={props.trainingExpiresAt}
            openLesson={props.lesson}
            onStart={props.onStartCourse}
            onPass={props.onPassCourse}
          />
        ) : (
          <section id="training" class="card">
            <h2>Training</h2>
            <p class="muted">Loading…</p>
          </section>
        )}
        <PolicySection
          active={props.active}
          status={props.status}
          managedPolicy={props.managedPolicy}
          locked={props.locked}
          hasImported={props.hasImported}
          onImport={props.onImport}
          onRemoveImport={props.onRemoveImport}
          schemaJson={props.schemaJson}
        />
        <NudgeKindsSection
          kinds={policy && optionalKinds(policy)}
          switchedOff={props.switchedOff}
          onSwitch={props.onSwitchKind}
        />
        <StorylinesSection policy={policy} now={new Date()} />
        <ImpactSection
          buckets={props.buckets}
          loaded={props.bucketsLoaded}
          error={props.bucketsError}
          retentionDays={policy?.metrics.retentionDays ?? 180}
          onClear={props.onClearData}
        />
        <HeardSection buckets={props.buckets} />
        <section id="privacy" class="card stack" aria-labelledby="privacy-h">
          <h2 id="privacy-h">Privacy</h2>
          <ul>
            <li>
              Your drafts are checked on this device. Ambassador makes no network requests; your text never
              leaves the browser.
            </li>
            <li>
              Impact counts (event type, category, rule and site, per day) stay in this browser and are
              deleted after {policy?.metrics.retentionDays ?? 180} days. They never contain your text or
              anyone’s handle.
            </li>
            <li>
              Your training status (state, course version, completion date) is kept in your browser’s synced
              storage, so it follows you to your other devices.
            </li>
            <li>Your per-site switches, snooze and switched-off nudges stay in this browser.</li>
          </ul>
          <p>
            <a href="/privacy.txt" target="_blank" data-testid="privacy-notice">
              The full privacy notice
            </a>
          </p>
        </section>
      </main>
    </div>
  );
}
