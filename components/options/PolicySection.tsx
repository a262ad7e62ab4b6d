/** The policy in force, refused policies with every error and its path, and the file import. */
import { useState } from 'preact/hooks';
import type { PolicyError } from '@/lib/policy';
import type { ActivePolicyRecord, PolicySource, PolicyStatus } from '@/lib/store/contract';
import { plural, t, type MessageKey } from '@/lib/i18n/messages';
import { formatDate } from '../ui/format';
import { sourceLabel } from '../ui/labels';

export type ImportResult = { ok: true; name: string; version: string } | { ok: false; errors: PolicyError[] };

export interface PolicySectionProps {
  active?: ActivePolicyRecord;
  status?: PolicyStatus;
  /** Managed storage carries a policy (it outranks any import). */
  managedPolicy: boolean;
  /** Managed `lockOverrides: true`: no imports. */
  locked: boolean;
  hasImported: boolean;
  onImport(text: string): Promise<ImportResult>;
  onRemoveImport(): Promise<void>;
  /** JSON text of the JSON Schema admins validate against. */
  schemaJson(): string;
}

export function ErrorList({ errors }: { errors: PolicyError[] }) {
  return (
    <ul class="errors" data-testid="policy-errors">
      {errors.map((e, i) => (
        <li key={i}>
          <code>{e.path || t('policyWholeDocument')}</code> {e.message}
        </li>
      ))}
    </ul>
  );
}

function download(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const FAILED_TITLES: Record<PolicySource, MessageKey> = {
  managed: 'policyFailedManaged',
  imported: 'policyFailedImported',
  default: 'policyFailedDefault',
};

/** Where an imported file stands: in force only once the background has published it. */
function importState(
  imported: { name: string; version: string },
  { active, status, managedPolicy }: Pick<PolicySectionProps, 'active' | 'status' | 'managedPolicy'>,
): string {
  if (managedPolicy) return t('importAppliesLater');
  if (
    active?.source === 'imported' &&
    active.policy.name === imported.name &&
    active.policy.policyVersion === imported.version
  )
    return t('importInForce');
  if (status?.failed?.source === 'imported') return t('importFailed');
  return t('importPending');
}

export function PolicySection(props: PolicySectionProps) {
  const { active, status, locked, managedPolicy, hasImported } = props;
  const [result, setResult] = useState<(ImportResult & { file: string }) | undefined>();
  const [busy, setBusy] = useState(false);
  const refused = status?.refused ?? {};
  // In the UI's language already (OptionsPage).
  const p = active?.policy;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const text = await file.text();
      setResult({ ...(await props.onImport(text)), file: file.name });
    } catch (e) {
      setResult({ ok: false, errors: [{ path: '', message: String(e) }], file: file.name });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section id="policy" class="card stack" aria-labelledby="policy-h">
      <h2 id="policy-h">{t('sectionPolicy')}</h2>

      {p && active ? (
        <div class="policy-summary" data-testid="policy-in-force" data-source={active.source}>
          <p>
            <strong data-testid="policy-name">{p.name}</strong>{' '}
            <span class="muted">{t('policyVersion', { version: p.policyVersion })}</span>{' '}
            <span
              class={`badge ${active.source === 'managed' ? 'info' : active.source === 'imported' ? 'warn' : 'ok'}`}
            >
              {sourceLabel(active.source)}
            </span>
          </p>
          <p class="muted">
            {[
              p.company,
              t('policyInForceSince', { date: formatDate(active.since) }),
              plural('policyGuidelines', p.guidelines.length),
              plural('policyCustomRules', p.customRules.length),
              plural('policyCourse', p.training.validityDays, { version: p.training.courseVersion }),
              plural('policyCountsKept', p.metrics.retentionDays),
            ].join(' · ')}
          </p>
          <details>
            <summary>{t('policyGuidelinesHeading')}</summary>
            <ol class="guidelines">
              {p.guidelines.map((g) => (
                <li key={g.id}>
                  <strong>{g.title}</strong> — {g.summary}
                </li>
              ))}
            </ol>
          </details>
        </div>
      ) : (
        <p class="muted">{t('loadingPolicy')}</p>
      )}

      {status?.failed && (
        <div class="alert danger" role="alert" data-testid="publish-failed">
          <strong>{t(FAILED_TITLES[status.failed.source])}</strong>
          <span>
            {t('policyFailedReason', { reason: status.failed.message, date: formatDate(status.failed.at) })}
          </span>
        </div>
      )}

      {(['managed', 'imported'] as const).map((source) => {
        const r = refused[source];
        if (!r) return null;
        return (
          <div key={source} class="alert danger" role="alert" data-testid={`refused-${source}`}>
            <strong>{source === 'managed' ? t('policyRefusedManaged') : t('policyRefusedImported')}</strong>
            <span>{plural('policyRefusedErrors', r.errors.length, { date: formatDate(r.at) })}</span>
            <ErrorList errors={r.errors} />
          </div>
        );
      })}

      <h3>{t('importHeading')}</h3>
      {locked ? (
        <p class="alert info" data-testid="import-locked">
          {t('importLocked')}
        </p>
      ) : (
        <>
          <p class="muted">
            {t('importExplained')}
            {managedPolicy && ` ${t('importManagedPrecedence')}`}
          </p>
          <div class="row">
            <label for="policy-file">{t('importFileLabel')}</label>
            <input
              id="policy-file"
              type="file"
              accept=".json,application/json"
              disabled={busy}
              data-testid="policy-file"
              onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
            />
            {hasImported && (
              <button
                type="button"
                onClick={() => void props.onRemoveImport().then(() => setResult(undefined))}
              >
                {t('importRemove')}
              </button>
            )}
          </div>
        </>
      )}
      {result &&
        (result.ok ? (
          <p class="alert ok" role="status" data-testid="import-ok">
            {t('importOk', { name: result.name, version: result.version, file: result.file })}{' '}
            {importState(result, props)}
          </p>
        ) : (
          <div class="alert danger" role="alert" data-testid="import-errors">
            <strong>{t('importRefused', { file: result.file })}</strong>
            {plural('importRefusedErrors', result.errors.length)}
            <ErrorList errors={result.errors} />
          </div>
        ))}

      <div class="row">
        {active && (
          <button
            type="button"
            onClick={() =>
              download(
                `ambassador-policy-${active.policy.policyVersion}.json`,
                JSON.stringify(active.policy, null, 2) + '\n',
              )
            }
          >
            {t('policyDownload')}
          </button>
        )}
        <button type="button" onClick={() => download('ambassador-policy.schema.json', props.schemaJson())}>
          {t('policyDownloadSchema')}
        </button>
      </div>
    </section>
  );
}
