/**
 * What a content script needs to check drafts: the policy in force (published by the background,
 * already validated), the employee's training state, whether this site is on, and the kinds of
 * nudge the employee switched off. Updates live
 * when any of them changes, so open compose boxes re-check without a reload.
 */
import type { Platform, TrainingState } from '../engine/types';
import type { Policy } from '../policy/schema';
import {
  DEFAULT_SETTINGS,
  KEYS,
  type ActivePolicyRecord,
  type MetricBatchMessage,
  type MetricEvent,
  type SiteSettings,
  type TrainingRecord,
} from '../store/contract';
import { isActiveOn } from '../store/settings';
import { switchedOffSet } from '../store/switched-off';
import { effectiveTrainingState } from '../store/training';
import { loadRe2, needsRe2 } from './re2-loader';

export interface CheckContext {
  policy: Policy;
  training: TrainingState;
  /** False when the site is switched off or nudges are snoozed (block findings may still hold: session.ts). */
  active: boolean;
  /** The optional kinds of nudge the employee switched off ("Don't show this kind again"). */
  switchedOff: ReadonlySet<string>;
}

/**
 * Stored settings with every site present (a site missing from the record is on). Read without
 * zod: the content scripts stay small, and nothing here can switch a check on that should be off.
 */
function withDefaults(raw: unknown): SiteSettings {
  const stored = (raw && typeof raw === 'object' ? raw : {}) as Partial<SiteSettings>;
  return { ...stored, enabled: { ...DEFAULT_SETTINGS.enabled, ...stored.enabled } };
}

export function watchCheckContext(
  platform: Platform,
  onChange: (context: CheckContext | undefined) => void,
  signal: AbortSignal,
): void {
  let record: ActivePolicyRecord | undefined;
  let training: TrainingRecord | undefined;
  let settings: SiteSettings = DEFAULT_SETTINGS;
  let switchedOff = switchedOffSet(undefined);
  let snoozeTimer: ReturnType<typeof setTimeout> | undefined;
  let re2Tried = false;

  const publish = () => {
    if (signal.aborted) return;
    clearTimeout(snoozeTimer);
    const snoozedFor = (settings.snoozedUntil ?? 0) - Date.now();
    // Wake up by ourselves when the snooze ends.
    if (snoozedFor > 0) snoozeTimer = setTimeout(publish, Math.min(snoozedFor, 2 ** 31 - 1));
    if (!record) return onChange(undefined);
    if (!re2Tried && needsRe2(record.policy)) {
      // Checks wait for the engine its patterns need (a few ms); if it cannot be loaded they run
      // anyway and the rules that need it say that they failed.
      re2Tried = true;
      void loadRe2()
        .catch((e: unknown) => console.error('Ambassador: admin patterns cannot run here', e))
        .finally(publish);
      return;
    }
    onChange({
      policy: record.policy,
      training: effectiveTrainingState(training, record.policy),
      active: isActiveOn(settings, platform, record.policy.enforcement),
      switchedOff,
    });
  };

  const load = async () => {
    const [local, sync] = await Promise.all([
      browser.storage.local.get([KEYS.activePolicy, KEYS.settings, KEYS.switchedOff]),
      browser.storage.sync.get(KEYS.training),
    ]);
    record = local[KEYS.activePolicy] as ActivePolicyRecord | undefined;
    settings = withDefaults(local[KEYS.settings]);
    switchedOff = switchedOffSet(local[KEYS.switchedOff]);
    training = sync[KEYS.training] as TrainingRecord | undefined;
    publish();
  };

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEYS.activePolicy in changes)
      record = changes[KEYS.activePolicy]!.newValue as ActivePolicyRecord | undefined;
    else if (area === 'local' && KEYS.settings in changes)
      settings = withDefaults(changes[KEYS.settings]!.newValue);
    else if (area === 'local' && KEYS.switchedOff in changes)
      switchedOff = switchedOffSet(changes[KEYS.switchedOff]!.newValue);
    else if (area === 'sync' && KEYS.training in changes)
      training = changes[KEYS.training]!.newValue as TrainingRecord | undefined;
    else return;
    publish();
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorage);
    clearTimeout(snoozeTimer);
  });
  void load();
}

let pendingMetrics: MetricEvent[] = [];

/**
 * Counts for the impact report; the background stores them. Never the text. The events of one
 * task go in one message (a check that shows a hundred findings is one message, not a hundred).
 */
export function recordMetric(event: MetricEvent): void {
  pendingMetrics.push(event);
  if (pendingMetrics.length === 1) setTimeout(sendMetrics, 0);
}

function sendMetrics(): void {
  const message: MetricBatchMessage = { kind: 'ambassador:metrics', events: pendingMetrics };
  pendingMetrics = [];
  sendQuietly(message);
}

/**
 * Sends counts to the background without a reply. The background may be restarting, or the
 * extension reloaded (sendMessage then throws at once: "Extension context invalidated"): a lost
 * count is better than an error on the page.
 */
export function sendQuietly(message: unknown): void {
  try {
    browser.runtime.sendMessage(message).catch(() => {});
  } catch {
    // This content script outlived its extension.
  }
}
