/** The popup: status at a glance. Props in, events out; no browser.* calls. */
import type { Platform, TrainingState } from '@/lib/engine/types';
import type {
  ActivePolicyRecord,
  PolicyStatus,
  SiteSettings,
  WatchedBoxesReply,
  WatchedKind,
} from '@/lib/store/contract';
import type { Totals } from '@/lib/store/metrics-model';
import { isSnoozed } from '@/lib/store/settings';
import { SITE_LIST } from '@/lib/sites/sites';
import { formatNumber, plural, t, type PluralKey } from '@/lib/i18n/messages';
import { formatDate, formatList, formatTime } from '../ui/format';
import { metricLabel, sourceLabel, trainingBadge } from '../ui/labels';
import '../ui/theme.css';
import './popup.css';

export type SnoozeChoice = 60 | 240 | 'tomorrow';

export interface PopupProps {
  loaded: boolean;
  active?: ActivePolicyRecord;
  status?: PolicyStatus;
  training: TrainingState;
  trainingExpiresAt?: Date;
  settings: SiteSettings;
  today: Totals;
  now: number;
  /** What the current tab's content script watches; absent off the supported sites. */
  watched?: WatchedBoxesReply;
  /** The structure report was copied for the admin. */
  reportCopied: boolean;
  onCopyReport(report: string): void;
  onToggleSite(platform: Platform, enabled: boolean): void;
  onSnooze(choice: SnoozeChoice): void;
  onResume(): void;
  onOpenOptions(section?: 'training' | 'policy' | 'impact'): void;
}

const WATCHED_LABELS: Record<WatchedKind, PluralKey> = {
  post: 'watchedPost',
  comment: 'watchedComment',
  reply: 'watchedReply',
  generic: 'watchedGeneric',
};

function WatchedBoxes({
  watched,
  reportCopied,
  onCopyReport,
}: Pick<PopupProps, 'reportCopied' | 'onCopyReport'> & { watched: WatchedBoxesReply }) {
  const kinds = (Object.keys(WATCHED_LABELS) as WatchedKind[]).filter((kind) => watched.counts[kind]);
  const total = kinds.reduce((sum, kind) => sum + watched.counts[kind]!, 0);
  return (
    <section class="card" aria-labelledby="page-h">
      <h2 id="page-h">{t('popupThisPage')}</h2>
      <p data-testid="watched-boxes" data-count={total}>
        {total === 0
          ? t('popupNoComposeBox')
          : t('popupWatching', {
              boxes: formatList(kinds.map((kind) => plural(WATCHED_LABELS[kind], watched.counts[kind]!))),
            })}
      </p>
      {total === 0 && (
        <>
          <button type="button" onClick={() => onCopyReport(watched.report)}>
            {t('popupNotSeeingBox')}
          </button>
          <p class="muted" role="status">
            {reportCopied ? t('popupReportCopied') : t('popupReportExplained')}
          </p>
        </>
      )}
    </section>
  );
}

function trainingAdvice(state: TrainingState, expiresAt?: Date): string {
  switch (state) {
    case 'certified':
      return expiresAt
        ? t('popupTrainingValidUntil', { date: formatDate(expiresAt) })
        : t('popupTrainingAllSet');
    case 'in-training':
      return t('popupTrainingStarted');
    case 'expired':
      return t('popupTrainingLapsed');
    default:
      return t('popupTrainingNone');
  }
}

export function Popup(props: PopupProps) {
  const { active, status, training, settings, today, now } = props;
  const refused = status?.refused ?? {};
  const refusedCount = (refused.managed?.errors.length ?? 0) + (refused.imported?.errors.length ?? 0);
  const enforcement = active?.policy.enforcement;
  const locked = enforcement?.lockSwitches ?? false;
  const snoozed = !locked && isSnoozed(settings, now);
  const badge = trainingBadge(training);

  return (
    <main class="popup stack" aria-busy={!props.loaded}>
      <header class="row">
        <h1>{t('extName')}</h1>
        <span class="spacer" />
        {snoozed ? (
          <span class="badge warn">{t('popupSnoozed')}</span>
        ) : (
          <span class="badge ok" title={t('popupOnDeviceExplained')}>
            {t('popupOnDevice')}
          </span>
        )}
      </header>

      {refusedCount > 0 && (
        <div class="alert warn" role="alert" data-testid="policy-warning">
          <strong>{t('popupPolicyRefused')}</strong>
          {plural(refused.managed ? 'popupManagedRefused' : 'popupImportedRefused', refusedCount)}{' '}
          <button type="button" class="link" onClick={() => props.onOpenOptions('policy')}>
            {t('popupSeeErrors')}
          </button>
        </div>
      )}

      {status?.failed && (
        <div class="alert warn" role="alert" data-testid="publish-failed">
          <strong>{t('popupPublishFailed')}</strong>
          {t('popupPublishFailedReason', { reason: status.failed.message })}{' '}
          <button type="button" class="link" onClick={() => props.onOpenOptions('policy')}>
            {t('popupDetails')}
          </button>
        </div>
      )}

      <section class="card" aria-labelledby="training-h">
        <div class="row">
          <h2 id="training-h">{t('sectionTraining')}</h2>
          <span class="spacer" />
          <span class={`badge ${badge.tone}`} data-testid="training-state" data-state={training}>
            {badge.label}
          </span>
        </div>
        <p class="muted">{trainingAdvice(training, props.trainingExpiresAt)}</p>
        {training !== 'certified' && (
          <button type="button" class="primary" onClick={() => props.onOpenOptions('training')}>
            {training === 'in-training'
              ? t('popupContinueCourse')
              : training === 'expired'
                ? t('popupRenewTraining')
                : t('courseStart')}
          </button>
        )}
      </section>

      <section class="card" aria-labelledby="policy-h">
        <h2 id="policy-h">{t('sectionPolicy')}</h2>
        {active ? (
          <>
            <p data-testid="policy-name">
              <strong>{active.policy.name}</strong>{' '}
              <span class="muted">{t('popupPolicyVersion', { version: active.policy.policyVersion })}</span>
            </p>
            <p class="muted" data-testid="policy-source" data-source={active.source}>
              {t('popupPolicySince', { source: sourceLabel(active.source), date: formatDate(active.since) })}
            </p>
          </>
        ) : (
          <p class="muted">{props.loaded ? t('loadingPolicy') : t('loading')}</p>
        )}
      </section>

      {props.watched && (
        <WatchedBoxes
          watched={props.watched}
          reportCopied={props.reportCopied}
          onCopyReport={props.onCopyReport}
        />
      )}

      <section class="card" aria-labelledby="sites-h">
        <h2 id="sites-h">{t('popupSites')}</h2>
        <ul class="sites">
          {SITE_LIST.map(({ platform: p, label }) => (
            <li key={p}>
              <label class="switch">
                <input
                  type="checkbox"
                  checked={locked || settings.enabled[p]}
                  disabled={locked}
                  data-testid={`site-${p}`}
                  onChange={(e) => props.onToggleSite(p, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span>{label}</span>
              </label>
            </li>
          ))}
        </ul>
        {locked ? (
          <p class="muted" data-testid="switches-locked">
            {t('popupSwitchesLocked')}
          </p>
        ) : (
          enforcement?.snoozeBlocks === false && (
            <p class="muted" data-testid="blocks-hold">
              {t('popupBlocksHold')}
            </p>
          )
        )}
        <div class="row snooze" hidden={locked}>
          {snoozed ? (
            <>
              <span>{t('popupSnoozedUntil', { time: formatTime(settings.snoozedUntil!) })}</span>
              <span class="spacer" />
              <button type="button" onClick={props.onResume}>
                {t('popupResume')}
              </button>
            </>
          ) : (
            <>
              <span class="muted" id="snooze-label">
                {t('popupSnoozeAll')}
              </span>
              <button type="button" aria-describedby="snooze-label" onClick={() => props.onSnooze(60)}>
                {plural('popupHours', 1)}
              </button>
              <button type="button" aria-describedby="snooze-label" onClick={() => props.onSnooze(240)}>
                {plural('popupHours', 4)}
              </button>
              <button
                type="button"
                aria-describedby="snooze-label"
                onClick={() => props.onSnooze('tomorrow')}
              >
                {t('popupUntilTomorrow')}
              </button>
            </>
          )}
        </div>
      </section>

      <section class="card" aria-labelledby="today-h">
        <h2 id="today-h">{t('popupToday')}</h2>
        <dl class="today" data-testid="today">
          {(['draft-checked', 'finding-shown', 'fix-applied', 'handoff'] as const).map((k) => (
            <div key={k} class="stat">
              <dt class="label">{metricLabel(k)}</dt>
              <dd class="value" data-metric={k}>
                {formatNumber(today[k])}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <footer class="row">
        <button type="button" onClick={() => props.onOpenOptions('impact')}>
          {t('popupImpactDashboard')}
        </button>
        <span class="spacer" />
        <button type="button" onClick={() => props.onOpenOptions()}>
          {t('popupSettings')}
        </button>
      </footer>
    </main>
  );
}
