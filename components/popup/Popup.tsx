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
import { formatDate, formatTime, plural } from '../ui/format';
import { METRIC_LABELS, SOURCE_LABELS, TRAINING_LABELS } from '../ui/labels';
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

const WATCHED_LABELS: Record<WatchedKind, [string, string]> = {
  post: ['post box', 'post boxes'],
  comment: ['comment box', 'comment boxes'],
  reply: ['reply box', 'reply boxes'],
  generic: ['unrecognised box (checked, without context)', 'unrecognised boxes (checked, without context)'],
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
      <h2 id="page-h">This page</h2>
      <p data-testid="watched-boxes" data-count={total}>
        {total === 0
          ? 'No compose box seen here.'
          : `Watching ${kinds.map((kind) => plural(watched.counts[kind]!, ...WATCHED_LABELS[kind])).join(', ')}.`}
      </p>
      {total === 0 && (
        <>
          <button type="button" onClick={() => onCopyReport(watched.report)}>
            Not seeing your compose box?
          </button>
          <p class="muted" role="status">
            {reportCopied
              ? 'Copied: a description of the page’s structure (no text, no names). Send it to your admin.'
              : 'Copies a description of the page’s structure, without any text, for your admin.'}
          </p>
        </>
      )}
    </section>
  );
}

function trainingAdvice(state: TrainingState, expiresAt?: Date): string {
  switch (state) {
    case 'certified':
      return expiresAt ? `Valid until ${formatDate(expiresAt)}.` : 'You are all set.';
    case 'in-training':
      return 'You have started the course. Finish it to post about the company with confidence.';
    case 'expired':
      return 'Your training has lapsed or the course changed. Renew it (about 10 minutes).';
    default:
      return 'Take the short course before posting about the company (about 10 minutes).';
  }
}

export function Popup(props: PopupProps) {
  const { active, status, training, settings, today, now } = props;
  const refused = status?.refused ?? {};
  const refusedCount = (refused.managed?.errors.length ?? 0) + (refused.imported?.errors.length ?? 0);
  const enforcement = active?.policy.enforcement;
  const locked = enforcement?.lockSwitches ?? false;
  const snoozed = !locked && isSnoozed(settings, now);
  const t = TRAINING_LABELS[training];

  return (
    <main class="popup stack" aria-busy={!props.loaded}>
      <header class="row">
        <h1>Ambassador</h1>
        <span class="spacer" />
        {snoozed ? (
          <span class="badge warn">Snoozed</span>
        ) : (
          <span class="badge ok" title="Checks run on this device; your text never leaves it.">
            On this device
          </span>
        )}
      </header>

      {refusedCount > 0 && (
        <div class="alert warn" role="alert" data-testid="policy-warning">
          <strong>A policy was refused</strong>
          {refused.managed ? 'The policy from your organisation' : 'The imported policy'} has{' '}
          {plural(refusedCount, 'error')}; the previous policy stays in force.{' '}
          <button type="button" class="link" onClick={() => props.onOpenOptions('policy')}>
            See the errors
          </button>
        </div>
      )}

      {status?.failed && (
        <div class="alert warn" role="alert" data-testid="publish-failed">
          <strong>A new policy could not be put in force</strong>
          {status.failed.message}. The policy below stays in force.{' '}
          <button type="button" class="link" onClick={() => props.onOpenOptions('policy')}>
            Details
          </button>
        </div>
      )}

      <section class="card" aria-labelledby="training-h">
        <div class="row">
          <h2 id="training-h">Training</h2>
          <span class="spacer" />
          <span class={`badge ${t.tone}`} data-testid="training-state" data-state={training}>
            {t.label}
          </span>
        </div>
        <p class="muted">{trainingAdvice(training, props.trainingExpiresAt)}</p>
        {training !== 'certified' && (
          <button type="button" class="primary" onClick={() => props.onOpenOptions('training')}>
            {training === 'in-training'
              ? 'Continue the course'
              : training === 'expired'
                ? 'Renew training'
                : 'Start the course'}
          </button>
        )}
      </section>

      <section class="card" aria-labelledby="policy-h">
        <h2 id="policy-h">Policy</h2>
        {active ? (
          <>
            <p data-testid="policy-name">
              <strong>{active.policy.name}</strong> <span class="muted">v{active.policy.policyVersion}</span>
            </p>
            <p class="muted" data-testid="policy-source" data-source={active.source}>
              {SOURCE_LABELS[active.source]} · since {formatDate(active.since)}
            </p>
          </>
        ) : (
          <p class="muted">{props.loaded ? 'Loading the policy…' : 'Loading…'}</p>
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
        <h2 id="sites-h">Sites</h2>
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
            Your organisation keeps Ambassador on for every site: the switches and the snooze are off.
          </p>
        ) : (
          enforcement?.snoozeBlocks === false && (
            <p class="muted" data-testid="blocks-hold">
              Switched off or snoozed, Ambassador still holds a post that breaks the policy.
            </p>
          )
        )}
        <div class="row snooze" hidden={locked}>
          {snoozed ? (
            <>
              <span>Nudges snoozed until {formatTime(settings.snoozedUntil!)}.</span>
              <span class="spacer" />
              <button type="button" onClick={props.onResume}>
                Resume now
              </button>
            </>
          ) : (
            <>
              <span class="muted" id="snooze-label">
                Snooze all nudges
              </span>
              <button type="button" aria-describedby="snooze-label" onClick={() => props.onSnooze(60)}>
                1 hour
              </button>
              <button type="button" aria-describedby="snooze-label" onClick={() => props.onSnooze(240)}>
                4 hours
              </button>
              <button
                type="button"
                aria-describedby="snooze-label"
                onClick={() => props.onSnooze('tomorrow')}
              >
                Until tomorrow
              </button>
            </>
          )}
        </div>
      </section>

      <section class="card" aria-labelledby="today-h">
        <h2 id="today-h">Today</h2>
        <dl class="today" data-testid="today">
          {(['draft-checked', 'finding-shown', 'fix-applied', 'handoff'] as const).map((k) => (
            <div key={k} class="stat">
              <dt class="label">{METRIC_LABELS[k]}</dt>
              <dd class="value" data-metric={k}>
                {today[k]}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <footer class="row">
        <button type="button" onClick={() => props.onOpenOptions('impact')}>
          Impact dashboard
        </button>
        <span class="spacer" />
        <button type="button" onClick={() => props.onOpenOptions()}>
          Settings
        </button>
      </footer>
    </main>
  );
}
