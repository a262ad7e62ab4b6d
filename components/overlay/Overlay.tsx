/**
 * The in-page overlay for one compose box: underlines under the flagged spans, a badge with the
 * counts by severity, and the cards (opened from the badge, the underlined text or Alt+Shift+A),
 * or the "post held" panel when a block finding stops the submit. Props in, events out.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Severity } from '../../lib/engine/types';
import type { OverlayProps, ShownFinding } from '../../lib/content/overlay-view';

const SEVERITIES: Severity[] = ['block', 'warn', 'info'];
const SEVERITY_WORDS: Record<Severity, string> = { block: 'must fix', warn: 'to review', info: 'tips' };
const PANEL_WIDTH = 340;

function countBy(findings: ShownFinding[]): Record<Severity, number> {
  const counts = { block: 0, warn: 0, info: 0 };
  for (const { finding } of findings) counts[finding.severity]++;
  return counts;
}

export function Overlay(props: OverlayProps) {
  const { findings, badge, origin, panel } = props;
  const panelRef = useRef<HTMLElement>(null);
  const counts = countBy(findings);
  const summary = SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${SEVERITY_WORDS[s]}`)
    .join(', ');

  useEffect(() => {
    if (panel === 'closed' || !props.grabFocus) return;
    const focused = panelRef.current?.querySelector<HTMLElement>(
      '.card.focused button, button.primary, button',
    );
    focused?.focus({ preventScroll: true });
  }, [panel, props.focusKey, props.grabFocus]);

  if (findings.length === 0 && panel !== 'held' && !props.status)
    return <div class={`root${props.dark ? ' dark' : ''}`} />;

  const badgeLeft = badge.left - origin.x;
  const badgeTop = badge.top - origin.y;
  const panelLeft = Math.max(
    8,
    Math.min(badgeLeft + badge.width - PANEL_WIDTH, props.viewportWidth - PANEL_WIDTH - 8),
  );
  // Open below the badge when there is room, else above it; never past the viewport's edge.
  const viewport = props.viewportHeight - origin.y;
  const below = viewport - (badgeTop + badge.height + 4) - 8;
  const above = badgeTop - 4 - 8;
  const panelStyle =
    below >= 240 || below >= above
      ? {
          left: `${panelLeft}px`,
          top: `${badgeTop + badge.height + 4}px`,
          maxHeight: `${Math.max(below, 120)}px`,
        }
      : {
          left: `${panelLeft}px`,
          top: `${badgeTop - 4}px`,
          maxHeight: `${above}px`,
          transform: 'translateY(-100%)',
        };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
    }
  };

  return (
    <div class={`root${props.dark ? ' dark' : ''}`}>
      <div class="layer">
        {findings.flatMap(({ key, finding, boxes }) =>
          boxes.map((box, index) => (
            <div
              key={`${key}:${index}`}
              class={`underline ${finding.severity}`}
              data-underline={key}
              style={{
                left: `${box.left - origin.x}px`,
                top: `${box.top - origin.y}px`,
                width: `${box.width}px`,
                height: `${box.height}px`,
              }}
            />
          )),
        )}
      </div>
      {findings.length > 0 && (
        <button
          type="button"
          class="badge"
          style={{ left: `${badgeLeft}px`, top: `${badgeTop}px`, minWidth: `${badge.width}px` }}
          aria-label={`Ambassador: ${summary}. Open suggestions (Alt+Shift+A)`}
          aria-expanded={panel !== 'closed'}
          onClick={() => (panel === 'closed' ? props.onOpen() : props.onClose())}
        >
          {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
            <span class="count" key={s}>
              <span class={`dot ${s}`} aria-hidden="true" />
              {counts[s]}
            </span>
          ))}
        </button>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {findings.length > 0 ? `Ambassador: ${summary}` : ''}
      </p>
      {panel !== 'closed' && (
        <section
          ref={panelRef}
          class="panel"
          role="dialog"
          aria-label={panel === 'held' ? 'Post held by Ambassador' : 'Ambassador suggestions'}
          style={panelStyle}
          onKeyDown={onKeyDown}
        >
          <header>
            <h2>{panel === 'held' ? 'Post held' : 'Ambassador'}</h2>
            <button type="button" class="icon" aria-label="Close" onClick={props.onClose}>
              ×
            </button>
          </header>
          {panel === 'held' && (
            <p class="held-intro">
              {props.allowOverride
                ? 'This post goes against the policy. Fix it first, or post it anyway if you are sure.'
                : 'This post goes against the policy and cannot be posted until it is fixed.'}
            </p>
          )}
          <ol>
            {(panel === 'held' ? findings.filter((f) => f.finding.severity === 'block') : findings).map(
              ({ key, finding }) => (
                <li
                  key={key}
                  class={`card ${finding.severity}${key === props.focusKey ? ' focused' : ''}`}
                  data-card={key}
                  data-rule-id={finding.ruleId}
                >
                  <div class="guideline">{finding.guideline}</div>
                  <p class="message">{finding.message}</p>
                  <div class="actions">
                    {finding.fixes.map((fix, index) => (
                      <button
                        type="button"
                        key={fix.label}
                        class={index === 0 ? 'primary' : ''}
                        onClick={() => props.onFix(key, index)}
                      >
                        {fix.label}
                      </button>
                    ))}
                    {finding.severity !== 'block' && (
                      <button type="button" onClick={() => props.onDismiss(key)}>
                        Dismiss for this draft
                      </button>
                    )}
                  </div>
                </li>
              ),
            )}
          </ol>
          {props.status && (
            <p class="status" role="alert">
              {props.status}
            </p>
          )}
          {panel === 'held' && (
            <footer>
              <button type="button" onClick={props.onClose}>
                Keep editing
              </button>
              {props.allowOverride && (
                <button type="button" class="danger" onClick={props.onPostAnyway}>
                  Post anyway
                </button>
              )}
            </footer>
          )}
        </section>
      )}
    </div>
  );
}
