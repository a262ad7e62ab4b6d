/** The options page: training, policy, impact, privacy. Props in, events out; no browser.* calls. */
import { localizePolicy } from '@/lib/engine/localize';
import { optionalKinds } from '@/lib/engine/optional';
import type { TrainingState } from '@/lib/engine/types';
import { plural, t, uiLanguage } from '@/lib/i18n/messages';
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
  // The policy as the page shows it, once for every section: its guidelines, course, storylines
  // and messages in the UI's language, where the policy has them (fr-CA → fr → its own).
  const policy = props.active && localizePolicy(props.active.policy, uiLanguage());
  const active = props.active && policy && { ...props.active, policy };
  return (
    <div class="options">
      <header class="top">
        <div class="top-inner">
          <h1>{t('extName')}</h1>
          <nav aria-label={t('optionsSections')}>
            <a href="#training">{t('sectionTraining')}</a>
            <a href="#policy">{t('sectionPolicy')}</a>
            <a href="#nudges">{t('sectionNudges')}</a>
            <a href="#impact">{t('sectionImpact')}</a>
            <a href="#privacy">{t('sectionPrivacy')}</a>
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
            <h2>{t('sectionTraining')}</h2>
            <p class="muted">{t('loading')}</p>
          </section>
        )}
        <PolicySection
          active={active}
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
          <h2 id="privacy-h">{t('sectionPrivacy')}</h2>
          <ul>
            <li>{t('privacyOnDevice')}</li>
            <li>{plural('privacyCounts', policy?.metrics.retentionDays ?? 180)}</li>
            <li>{t('privacyTraining')}</li>
            <li>{t('privacySwitches')}</li>
          </ul>
          <p>
            <a href="/privacy.txt" target="_blank" data-testid="privacy-notice">
              {t('privacyNotice')}
            </a>
          </p>
        </section>
      </main>
    </div>
  );
}
