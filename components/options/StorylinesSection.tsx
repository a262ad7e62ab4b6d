/**
 * The policy's approved storylines with their validity: valid now, not yet valid, or expired
 * (expired ones are listed here only; the compose box and the fixes never offer them).
 */
import { validity, type Storyline, type Validity } from '@/lib/engine/storylines';
import { PLATFORMS } from '@/lib/engine/types';
import type { Policy } from '@/lib/policy';
import { formatDate } from '../ui/format';

const STATUS: Record<Validity, { label: string; badge: string }> = {
  valid: { label: 'Valid', badge: 'ok' },
  upcoming: { label: 'Not yet valid', badge: 'info' },
  expired: { label: 'Expired', badge: 'danger' },
};
const PLATFORM_NAMES = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' } as const;

function period(s: Storyline): string {
  if (s.validFrom && s.validUntil) return `${formatDate(s.validFrom)} – ${formatDate(s.validUntil)}`;
  if (s.validFrom) return `from ${formatDate(s.validFrom)}`;
  if (s.validUntil) return `until ${formatDate(s.validUntil)}`;
  return 'no end date';
}

export function StorylinesSection({ policy, now }: { policy?: Policy; now: Date }) {
  const items = policy?.storylines.items ?? [];
  return (
    <section id="storylines" class="card stack" aria-labelledby="storylines-h">
      <h2 id="storylines-h">Approved storylines</h2>
      <p class="muted">
        Texts prepared by specialists for sensitive topics. When a draft touches one of these topics,
        Ambassador offers the storyline that is valid today; expired ones are never offered.
      </p>
      {items.length === 0 ? (
        <p class="muted">The policy in force has no storylines.</p>
      ) : (
        <table class="data" data-testid="storylines">
          <thead>
            <tr>
              <th scope="col">Storyline</th>
              <th scope="col">Topic</th>
              <th scope="col">Platforms</th>
              <th scope="col">Valid</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => {
              const status = validity(s, now.toISOString());
              return (
                <tr key={s.id} data-storyline={s.id} data-status={status}>
                  <td>
                    <strong>{s.title}</strong>
                    {s.example && <span class="badge info">Example</span>}
                    <br />
                    <span class="muted">
                      {s.owner} · {s.languages.join(', ')}
                      {s.tags.length > 0 && ` · ${s.tags.join(', ')}`}
                    </span>
                  </td>
                  <td>{s.topic}</td>
                  <td>
                    {PLATFORMS.filter((p) => s.text[p] !== undefined)
                      .map((p) => PLATFORM_NAMES[p])
                      .join(', ')}
                  </td>
                  <td>{period(s)}</td>
                  <td>
                    <span class={`badge ${STATUS[status].badge}`}>{STATUS[status].label}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
