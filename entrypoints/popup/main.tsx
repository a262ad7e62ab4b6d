import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Popup, type SnoozeChoice } from '@/components/popup/Popup';
import { useBuckets, useStored } from '@/components/ui/hooks';
import type { Platform } from '@/lib/engine/types';
import type { SiteSettings } from '@/lib/store/contract';
import { activePolicyItem, policyStatusItem, settingsItem, trainingItem } from '@/lib/store/items';
import { readBuckets } from '@/lib/store/metrics-db';
import { dayOf, totals } from '@/lib/store/metrics-model';
import { resumed, snoozedFor, snoozedUntilTomorrow, withSite } from '@/lib/store/settings';
import { effectiveTrainingState, trainingExpiresAt } from '@/lib/store/training';

function App() {
  const active = useStored(activePolicyItem);
  const status = useStored(policyStatusItem);
  const settings = useStored(settingsItem);
  const training = useStored(trainingItem);
  const today = useBuckets(readBuckets, dayOf(new Date()), 2000);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);

  const current = settings.value;
  const save = (next: SiteSettings) => void settingsItem.setValue(next);
  const record = training.value;
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
