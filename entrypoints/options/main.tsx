import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { ImportResult } from '@/components/options/PolicySection';
import { useBuckets, useStored } from '@/components/ui/hooks';
import { parsePolicy, policyJsonSchema } from '@/lib/policy';
import {
  activePolicyItem,
  importedPolicyItem,
  policyStatusItem,
  switchedOffItem,
  trainingItem,
} from '@/lib/store/items';
import { clearMetrics, pruneMetrics, readBuckets } from '@/lib/store/metrics-db';
import { managedValues } from '@/lib/store/policy-service';
import { switchKind } from '@/lib/store/switched-off';
import { effectiveTrainingState, trainingExpiresAt } from '@/lib/store/training';
import { passedCourse, startedCourse } from '@/lib/store/training-record';
import { t, uiLanguage } from '@/lib/i18n/messages';

function App() {
  const active = useStored(activePolicyItem);
  const status = useStored(policyStatusItem);
  const imported = useStored(importedPolicyItem);
  const training = useStored(trainingItem);
  const switchedOff = useStored(switchedOffItem);
  const managed = useStored(managedValues).value;
  const metrics = useBuckets(readBuckets, undefined, 5000);
  const policy = active.value?.policy;
  const record = training.value;
  const state = policy ? effectiveTrainingState(record, policy) : 'none';

  // Apply the retention limit whenever the dashboard opens (the background also does at start).
  useEffect(() => {
    if (policy) void pruneMetrics(policy.metrics.retentionDays).then((n) => n > 0 && metrics.reload());
  }, [policy?.metrics.retentionDays]);

  // Jump to the section named in the address (the popup links to #training, #policy, #impact).
  useEffect(() => {
    if (!active.loaded || !location.hash) return;
    document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [active.loaded]);

  return (
    <OptionsPage
      loaded={active.loaded}
      active={active.value}
      status={status.value}
      managedPolicy={managed.policy !== undefined}
      locked={managed.lockOverrides === true}
      hasImported={imported.value !== undefined}
      trainingRecord={record}
      training={state}
      trainingExpiresAt={policy ? trainingExpiresAt(record, policy) : undefined}
      lesson={new URLSearchParams(location.search).get('lesson') ?? undefined}
      buckets={metrics.buckets}
      bucketsLoaded={metrics.loaded}
      bucketsError={metrics.error}
      onStartCourse={async () => {
        // A valid completion is never downgraded by reviewing the course.
        if (policy && state !== 'certified') await trainingItem.setValue(startedCourse(policy));
      }}
      onPassCourse={async () => {
        if (policy) await trainingItem.setValue(passedCourse(policy));
      }}
      onImport={async (text): Promise<ImportResult> => {
        const parsed = parsePolicy(text);
        if (!parsed.ok) return parsed;
        await importedPolicyItem.setValue(JSON.parse(text) as unknown);
        return { ok: true, name: parsed.policy.name, version: parsed.policy.policyVersion };
      }}
      onRemoveImport={() => importedPolicyItem.removeValue()}
      onClearData={async () => {
        await clearMetrics();
        metrics.reload();
      }}
      schemaJson={() => JSON.stringify(policyJsonSchema(), null, 2) + '\n'}
      switchedOff={switchedOff.value}
      onSwitchKind={switchKind}
    />
  );
}

// The page in the browser's language (locales/*.json), for screen readers and hyphenation too.
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
