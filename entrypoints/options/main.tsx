import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { ImportResult } from '@/components/options/PolicySection';
import { parsePolicy, policyJsonSchema } from '@/lib/policy';
import { KEYS, type ActivePolicyRecord, type PolicyStatus, type TrainingRecord } from '@/lib/store/contract';
import { useBuckets, useStorage } from '@/lib/store/hooks';
import { clearMetrics, pruneMetrics } from '@/lib/store/metrics-db';
import { readManagedValues } from '@/lib/store/policy-layers';
import { effectiveTrainingState, trainingExpiresAt } from '@/lib/store/training';
import { parseTrainingRecord, passedCourse, startedCourse } from '@/lib/store/training-record';

function useManaged() {
  const policy = useStorage<unknown>('managed', 'policy');
  const lock = useStorage<unknown>('managed', 'lockOverrides');
  return readManagedValues({ policy: policy.value, lockOverrides: lock.value });
}

function App() {
  const active = useStorage<ActivePolicyRecord>('local', KEYS.activePolicy);
  const status = useStorage<PolicyStatus>('local', KEYS.policyStatus);
  const imported = useStorage<unknown>('local', KEYS.importedPolicy);
  const training = useStorage<TrainingRecord>('sync', KEYS.training);
  const managed = useManaged();
  const metrics = useBuckets(undefined, 5000);
  const policy = active.value?.policy;
  const record = parseTrainingRecord(training.value);
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
      buckets={metrics.buckets}
      bucketsLoaded={metrics.loaded}
      bucketsError={metrics.error}
      onStartCourse={async () => {
        // A valid completion is never downgraded by reviewing the course.
        if (policy && state !== 'certified')
          await browser.storage.sync.set({ [KEYS.training]: startedCourse(policy) });
      }}
      onPassCourse={async () => {
        if (policy) await browser.storage.sync.set({ [KEYS.training]: passedCourse(policy) });
      }}
      onImport={async (text): Promise<ImportResult> => {
        const parsed = parsePolicy(text);
        if (!parsed.ok) return parsed;
        await browser.storage.local.set({ [KEYS.importedPolicy]: JSON.parse(text) as unknown });
        return { ok: true, name: parsed.policy.name, version: parsed.policy.policyVersion };
      }}
      onRemoveImport={() => browser.storage.local.remove(KEYS.importedPolicy)}
      onClearData={async () => {
        await clearMetrics();
        metrics.reload();
      }}
      schemaJson={() => JSON.stringify(policyJsonSchema(), null, 2) + '\n'}
    />
  );
}

render(<App />, document.getElementById('app')!);
