import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Popup, type SnoozeChoice } from '@/components/popup/Popup';
import { useBuckets, useStored } from '@/components/ui/hooks';
import type { Platform } from '@/lib/engine/types';
import type { SiteSettings, WatchedBoxesReply, WatchedBoxesRequest } from '@/lib/store/contract';
import { HOST_MATCHES } from '@/lib/sites/sites';
import { activePolicyItem, policyStatusItem, settingsItem, trainingItem } from '@/lib/store/items';
import { readBuckets } from '@/lib/store/metrics-db';
import { dayOf, totals } from '@/lib/store/metrics-model';
import { resumed, snoozedFor, snoozedUntilTomorrow, withSite } from '@/lib/store/settings';
import { effectiveTrainingState, trainingExpiresAt } from '@/lib/store/training';
import { t, uiLanguage } from '@/lib/i18n/messages';

/**
 * The site tab the popup is about: the active one of this window, else (the popup opened in a tab
 * of its own) the site tab used last. Only tabs of our sites are listed (host permissions).
 */
async function siteTab(): Promise<number | undefined> {
  const tabs = await browser.tabs.query({ url: [...HOST_MATCHES] });
  const current = (await browser.windows.getCurrent()).id;
  const active = tabs.find((tab) => tab.active && tab.windowId === current);
  const chosen = active ?? tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return chosen?.id;
}

async function askWatchedBoxes(): Promise<WatchedBoxesReply | undefined> {
  const tab = await siteTab();
  if (tab === undefined) return undefined;
  const request: WatchedBoxesRequest = { kind: 'ambassador:watched-boxes' };
  // No content script there (the page loaded before the extension, or the site is off): no answer.
  return (browser.tabs.sendMessage(tab, request) as Promise<WatchedBoxesReply | undefined>).catch(
    () => undefined,
  );
}

function App() {
  const active = useStored(activePolicyItem);
  const status = useStored(policyStatusItem);
  const settings = useStored(settingsItem);
  const training = useStored(trainingItem);
  const today = useBuckets(readBuckets, dayOf(new Date()), 2000);
  const [now, setNow] = useState(Date.now());
  const [watched, setWatched] = useState<WatchedBoxesReply>();
  const [reportCopied, setReportCopied] = useState(false);
  useEffect(() => void askWatchedBoxes().then(setWatched), []);
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
      watched={watched}
      reportCopied={reportCopied}
      onCopyReport={(report) => void navigator.clipboard.writeText(report).then(() => setReportCopied(true))}
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

// The page in the browser's language (locales/*.json), for screen readers and hyphenation too.
document.documentElement.lang = uiLanguage();
document.title = t('extName');
render(<App />, document.getElementById('app')!);
