import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Popup, type SnoozeChoice } from '@/components/popup/Popup';
import type { Platform } from '@/lib/engine/types';
import {
  DEFAULT_SETTINGS,
  KEYS,
  type ActivePolicyRecord,
  type PolicyStatus,
  type SiteSettings,
  type TrainingRecord,
} from '@/lib/store/contract';
import { useBuckets, useStorage } from '@/lib/store/hooks';
import { dayOf, totals } from '@/lib/store/metrics-model';
import { normalizeSettings, resumed, snoozedFor, snoozedUntilTomorrow, withSite } from '@/lib/store/settings';
import { effectiveTrainingState, trainingExpiresAt } from '@/lib/store/training';
import { parseTrainingRecord } from '@/lib/store/training-record';

function App() {
  const active = useStorage<ActivePolicyRecord>('local', KEYS.activePolicy);
  const status = useStorage<PolicyStatus>('local', KEYS.policyStatus);
  const settings = useStorage<SiteSettings>('local', KEYS.settings);
  const training = useStorage<TrainingRecord>('sync', KEYS.training);
  const today = useBuckets(dayOf(new Date()), 2000);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);

  const current = normalizeSettings(settings.value ?? DEFAULT_SETTINGS);
  const save = (next: SiteSettings) => void browser.storage.local.set({ [KEYS.settings]: next });
  const record = parseTrainingRecord(training.value);
  const policy = active.value?.policy;

  return (
    <Popup
      loaded={active.loaded && settings.loaded && training.loaded}
      active={active.value}
      status={status.value}
      training={policy ? effectiveTrainingState(record, policy) : 'none'}
      trainingExpiresAt={policy ? trainingExpiresAt(record, policy) : undefined}
      settings={current}
      today={totals(today.buckets)}
      now={now}
      onToggleSite={(p: Platform, enabled) => save(withSite(current, p, enabled))}
      onSnooze={(choice: SnoozeChoice) => {
        save(choice === 'tomorrow' ? snoozedUntilTomorrow(current) : snoozedFor(current, choice));
        setNow(Date.now());
      }}
      onResume={() => save(resumed(current))}
      onOpenOptions={(section) => {
        if (!section) void browser.runtime.openOptionsPage();
        else void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
        window.close();
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
