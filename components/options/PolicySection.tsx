/** The policy in force, refused policies with every error and its path, and the file import. */
import { useState } from 'preact/hooks';
import type { PolicyError } from '@/lib/policy';
import type { ActivePolicyRecord, PolicySource, PolicyStatus } from '@/lib/store/contract';
import { formatDate, plural } from '../ui/format';
import { SOURCE_LABELS } from '../ui/labels';

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
          <code>{e.path || '(whole document)'}</code> {e.message}
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

const FAILED_TITLES: Record<PolicySource, string> = {
  managed: 'The policy from your organisation could not be put in force',
  imported: 'The imported policy could not be put in force',
  default: 'The built-in policy could not be put in force',
};

/** Where an imported file stands: in force only once the background has published it. */
function importState(
  imported: { name: string; version: string },
  { active, status, managedPolicy }: Pick<PolicySectionProps, 'active' | 'status' | 'managedPolicy'>,
): string {
  if (managedPolicy) return 'It will apply if your organisation removes its policy.';
  if (
    active?.source === 'imported' &&
    active.policy.name === imported.name &&
    active.policy.policyVersion === imported.version
  )
    return 'It is now in force.';
  if (status?.failed?.source === 'imported') return 'It could not be put in force (see above).';
  return 'Putting it in force…';
}

export function PolicySection(props: PolicySectionProps) {
  const { active, status, locked, managedPolicy, hasImported } = props;
  const [result, setResult] = useState<(ImportResult & { file: string }) | undefined>();
  const [busy, setBusy] = useState(false);
  const refused = status?.refused ?? {};
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
      <h2 id="policy-h">Policy</h2>

      {p && active ? (
        <div class="policy-summary" data-testid="policy-in-force" data-source={active.source}>
          <p>
            <strong data-testid="policy-name">{p.name}</strong>{' '}
            <span class="muted">version {p.policyVersion}</span>{' '}
            <span
              class={`badge ${active.source === 'managed' ? 'info' : active.source === 'imported' ? 'warn' : 'ok'}`}
            >
              {SOURCE_LABELS[active.source]}
            </span>
          </p>
          <p class="muted">
            {p.company} · in force since {formatDate(active.since)} ·{' '}
            {plural(p.guidelines.length, 'guideline')} · {plural(p.customRules.length, 'custom rule')} ·
            training course {p.training.courseVersion}, valid {p.training.validityDays} days · counts kept{' '}
            {p.metrics.retentionDays} days
          </p>
          <details>
            <summary>Guidelines</summary>
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
        <p class="muted">Loading the policy…</p>
      )}

      {status?.failed && (
        <div class="alert danger" role="alert" data-testid="publish-failed">
          <strong>{FAILED_TITLES[status.failed.source]}</strong>
          <span>
            {status.failed.message} ({formatDate(status.failed.at)}). The policy shown above stays in force.
          </span>
        </div>
      )}

      {(['managed', 'imported'] as const).map((source) => {
        const r = refused[source];
        if (!r) return null;
        return (
          <div key={source} class="alert danger" role="alert" data-testid={`refused-${source}`}>
            <strong>
              {source === 'managed'
                ? 'The policy from your organisation was refused'
                : 'The imported policy was refused'}
            </strong>
            <span>
              {plural(r.errors.length, 'error')} ({formatDate(r.at)}). The last valid policy stays in force.
            </span>
            <ErrorList errors={r.errors} />
          </div>
        );
      })}

      <h3>Import a policy file</h3>
      {locked ? (
        <p class="alert info" data-testid="import-locked">
          Your organisation manages this policy and has locked it: policy files cannot be imported here.
        </p>
      ) : (
        <>
          <p class="muted">
            A JSON policy document (see the admin guide). It is validated before it is used.
            {managedPolicy &&
              ' Your organisation’s policy takes precedence over an imported file while it is set.'}
          </p>
          <div class="row">
            <label for="policy-file">Policy file (.json)</label>
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
                Remove the imported policy
              </button>
            )}
          </div>
        </>
      )}
      {result &&
        (result.ok ? (
          <p class="alert ok" role="status" data-testid="import-ok">
            Imported “{result.name}” version {result.version} from {result.file}. {importState(result, props)}
          </p>
        ) : (
          <div class="alert danger" role="alert" data-testid="import-errors">
            <strong>{result.file} was not imported</strong>
            {plural(result.errors.length, 'error')}; the policy in force did not change.
            <ErrorList errors={result.errors} />
          </div>
        ))}

      <div class="row">
        {p && (
          <button
            type="button"
            onClick={() =>
              download(`ambassador-policy-${p.policyVersion}.json`, JSON.stringify(p, null, 2) + '\n')
            }
          >
            Download the policy in force
          </button>
        )}
        <button type="button" onClick={() => download('ambassador-policy.schema.json', props.schemaJson())}>
          Download the JSON Schema
        </button>
      </div>
    </section>
  );
}
