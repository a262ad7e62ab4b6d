/**
 * The kinds of nudge the policy lets the employee switch off ("Don't show this kind again" on a
 * card), each with a switch to turn it back on (or off). Listed by guideline, as the cards name them.
 */
import type { OptionalKind } from '@/lib/engine/optional';
import { t } from '@/lib/i18n/messages';
import { ruleTitle } from '@/lib/i18n/rule-names';

export interface NudgeKindsSectionProps {
  /** The policy's optional kinds, their guidelines in the UI's language (undefined while the policy loads). */
  kinds?: OptionalKind[];
  /** The kinds the employee switched off. */
  switchedOff: readonly string[];
  onSwitch(id: string, shown: boolean): Promise<void>;
}

export function NudgeKindsSection({ kinds, switchedOff, onSwitch }: NudgeKindsSectionProps) {
  return (
    <section id="nudges" class="card stack" aria-labelledby="nudges-h">
      <h2 id="nudges-h">{t('nudgesHeading')}</h2>
      <p class="muted">{t('nudgesExplained')}</p>
      {kinds === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : kinds.length === 0 ? (
        <p class="muted">{t('nudgesNone')}</p>
      ) : (
        <ul class="nudge-kinds" data-testid="nudge-kinds">
          {kinds.map((kind) => (
            <li key={kind.id}>
              <label class="switch">
                <input
                  type="checkbox"
                  checked={!switchedOff.includes(kind.id)}
                  data-kind={kind.id}
                  onChange={(e) => void onSwitch(kind.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span>
                  {kind.guideline}
                  <span class="muted"> · {ruleTitle(kind.id) ?? kind.title}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
