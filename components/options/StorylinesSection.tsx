/**
 * The policy's approved storylines with their validity: valid now, not yet valid, or expired
 * (expired ones are listed here only; the compose box and the fixes never offer them).
 */
import { validity, type Storyline, type Validity } from '@/lib/engine/storylines';
import { PLATFORMS } from '@/lib/engine/types';
import { t, type MessageKey } from '@/lib/i18n/messages';
import type { Policy } from '@/lib/policy';
import { formatDate } from '../ui/format';

const STATUS: Record<Validity, { label: MessageKey; badge: string }> = {
  valid: { label: 'storylineValid', badge: 'ok' },
  upcoming: { label: 'storylineUpcoming', badge: 'info' },
  expired: { label: 'storylineExpired', badge: 'danger' },
};
const PLATFORM_NAMES = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' } as const;

function period(s: Storyline): string {
  if (s.validFrom && s.validUntil)
    return t('storylineBetween', { from: formatDate(s.validFrom), until: formatDate(s.validUntil) });
  if (s.validFrom) return t('storylineFrom', { date: formatDate(s.validFrom) });
  if (s.validUntil) return t('storylineUntil', { date: formatDate(s.validUntil) });
  return t('storylineNoEnd');
}

export function StorylinesSection({ policy, now }: { policy?: Policy; now: Date }) {
  // Titles and topics in the UI's language already (OptionsPage).
  const items = policy?.storylines.items ?? [];
  return (
    <section id="storylines" class="card stack" aria-labelledby="storylines-h">
      <h2 id="storylines-h">{t('storylinesHeading')}</h2>
      <p class="muted">{t('storylinesExplained')}</p>
      {items.length === 0 ? (
        <p class="muted">{t('storylinesNone')}</p>
      ) : (
        <table class="data" data-testid="storylines">
          <thead>
            <tr>
              <th scope="col">{t('storylineColumn')}</th>
              <th scope="col">{t('storylineTopic')}</th>
              <th scope="col">{t('storylinePlatforms')}</th>
              <th scope="col">{t('storylineValidity')}</th>
              <th scope="col">{t('storylineStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => {
              const status = validity(s, now.toISOString());
              return (
                <tr key={s.id} data-storyline={s.id} data-status={status}>
                  <td>
                    <strong>{s.title}</strong>
                    {s.example && <span class="badge info">{t('storylineExample')}</span>}
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
                    <span class={`badge ${STATUS[status].badge}`}>{t(STATUS[status].label)}</span>
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
