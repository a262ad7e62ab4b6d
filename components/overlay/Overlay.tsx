/**
 * The in-page overlay for one compose box: underlines under the flagged spans, a badge with the
 * counts by severity, a finding's card beside its words (an underline or Alt+Shift+A), the
 * badge's list of every card on the side of the box that has room, the "post held" panel when a
 * block finding stops the submit, a fix's confirmation with Undo, and the "Storylines" button
 * with its search (Alt+Shift+S). Props in, events out.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Box } from '../../lib/editor/geometry';
import type { Severity } from '../../lib/engine/types';
import { placeBeside, placeCard, union, type Size } from '../../lib/content/card-placement';
import { cardOf, type Card } from '../../lib/content/cards';
import { plural, t, type MessageKey, type PluralKey } from '../../lib/i18n/messages';
import { formatList } from '../ui/format';
import type { OverlayProps, ShownFinding } from '../../lib/content/overlay-view';
import { StorylineSearch } from './StorylineSearch';

const SEVERITIES: Severity[] = ['block', 'warn', 'info'];
const SEVERITY_COUNTS: Record<Severity, PluralKey> = {
  block: 'overlayCountBlock',
  warn: 'overlayCountWarn',
  info: 'overlayCountInfo',
};
const SEVERITY_LABELS: Record<Severity, MessageKey> = {
  block: 'severityBlock',
  warn: 'severityWarn',
  info: 'severityInfo',
};
const severityLabel = (severity: Severity) => t(SEVERITY_LABELS[severity]);

function countBy(findings: ShownFinding[]): Record<Severity, number> {
  const counts = { block: 0, warn: 0, info: 0 };
  for (const { finding } of findings) counts[finding.severity]++;
  return counts;
}

/** "1 must fix and 2 to review": the counts by severity. */
function summaryOf(counts: Record<Severity, number>): string {
  return formatList(
    SEVERITIES.filter((s) => counts[s] > 0).map((s) => plural(SEVERITY_COUNTS[s], counts[s])),
  );
}

/** Puts a floating element at `spot` (viewport coordinates) in the host's frame, and shows it. */
function putAt(element: HTMLElement, spot: Box, origin: { x: number; y: number }, natural: Size): void {
  element.style.left = `${spot.left - origin.x}px`;
  element.style.top = `${spot.top - origin.y}px`;
  // Shortened to fit the viewport: it scrolls.
  element.style.maxHeight = spot.height < natural.height ? `${spot.height}px` : '';
  element.style.visibility = 'visible';
}

/** The element's size as drawn, before it is placed (hidden at the frame's corner). */
function measure(element: HTMLElement): Size {
  element.style.maxHeight = '';
  return { width: element.offsetWidth, height: element.offsetHeight };
}

interface CardProps {
  card: Card;
  focused: boolean;
  courseMinutes: number;
  props: OverlayProps;
}

function CardView({ card, focused, courseMinutes, props }: CardProps) {
  const dismissible = card.severity !== 'block';
  const keys = card.findings.map(({ key }) => key);
  return (
    <li
      class={`card ${card.severity}${focused ? ' focused' : ''}`}
      data-card={card.key}
      data-rule-id={card.ruleIds[0]}
      data-rule-ids={card.findings.map(({ finding }) => finding.ruleId).join(' ')}
    >
      <div class="guideline">
        <span class="severity">{severityLabel(card.severity)}</span>
        {card.guidelines.length > 0 && ` · ${card.guidelines.join(' · ')}`}
      </div>
      {card.messages.map((message) => (
        <p class="message" key={message}>
          {message}
        </p>
      ))}
      {card.why && (
        <p class="why">
          <span class="why-text">{card.why}</span>{' '}
          {card.lesson && (
            <button
              type="button"
              class="link"
              aria-label={t('overlayLearnMoreLabel', { guideline: card.guidelines[0] ?? '' })}
              onClick={() => props.onCourse(card.lesson)}
            >
              {t('overlayLearnMore')}
            </button>
          )}
        </p>
      )}
      <div class="actions">
        {card.fixes.map((fix, index) => (
          <button
            type="button"
            key={fix.label}
            class={index === 0 ? 'primary' : ''}
            onClick={() => props.onFix(card.key, index)}
          >
            {fix.label}
          </button>
        ))}
        {card.training && (
          <button
            type="button"
            class={card.fixes.length === 0 ? 'primary course' : 'course'}
            onClick={() => props.onCourse()}
          >
            {plural('overlayCourse', courseMinutes)}
          </button>
        )}
        {dismissible && (
          <button type="button" class="dismiss" onClick={() => props.onDismiss(keys)}>
            {card.training ? t('overlayRemindLater') : t('overlayDismiss')}
          </button>
        )}
        {card.optional && (
          <button type="button" class="switch-off" onClick={() => props.onSwitchOff(card.key)}>
            {t('overlaySwitchOff')}
          </button>
        )}
      </div>
    </li>
  );
}

export function Overlay(props: OverlayProps) {
  const { findings, cards, badge, origin, panel } = props;
  const floatingRef = useRef<HTMLElement>(null);
  const fixedRef = useRef<HTMLDivElement>(null);
  const counts = countBy(findings);
  const summary = summaryOf(counts);
  const viewport = { width: props.viewportWidth, height: props.viewportHeight };
  const popover = panel === 'open' && props.card ? cardOf(cards, props.card.key) : undefined;
  const rows = props.card?.rows ?? [];

  // Placed after every draw while open (a draw comes after a check, a scroll or a resize): the
  // card's size is known only once drawn.
  useLayoutEffect(() => {
    // The compose area: the box with its submit button and toolbar.
    const area = union([props.editor, ...props.avoid]);
    const controls = [badge, ...(props.storylines ? [props.storylines] : []), ...props.avoid];
    const floating = floatingRef.current;
    if (floating) {
      const size = measure(floating);
      const spot = popover
        ? placeCard(rows, size, viewport, controls, area)
        : placeBeside(area, size, viewport, controls);
      putAt(floating, spot, origin, size);
    }
    const fixed = fixedRef.current;
    if (fixed) {
      const size = measure(fixed);
      putAt(fixed, placeCard([badge], size, viewport, [props.editor, ...props.avoid], area), origin, size);
    }
  });

  useEffect(() => {
    if (panel === 'closed' || !props.grabFocus) return;
    // The focused card's first action, else the first action anywhere, else any button.
    const floating = floatingRef.current;
    const focused = ['.card.focused .actions button', '.actions button', 'button']
      .map((selector) => floating?.querySelector<HTMLElement>(selector))
      .find(Boolean);
    focused?.focus({ preventScroll: true });
  }, [panel, props.focusKey, props.card?.key, props.grabFocus]);

  if (
    findings.length === 0 &&
    panel !== 'held' &&
    !props.status &&
    !props.fixed &&
    !props.storylines &&
    !props.search
  )
    return <div class={`root${props.dark ? ' dark' : ''}`} />;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
    }
  };
  const courseMinutes = props.courseMinutes;
  const listed = panel === 'held' ? cards.filter((card) => card.severity === 'block') : cards;
  const focusKey = props.focusKey;
  const isFocused = (card: Card) =>
    focusKey !== undefined && card.findings.some(({ key }) => key === focusKey);

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
            >
              {index === 0 && (
                <span class="sr-only">
                  {t('overlayUnderline', {
                    severity: severityLabel(finding.severity),
                    text: finding.guideline || finding.message,
                  })}
                </span>
              )}
            </div>
          )),
        )}
      </div>
      {findings.length > 0 && (
        <button
          type="button"
          class="badge"
          style={{
            left: `${badge.left - origin.x}px`,
            top: `${badge.top - origin.y}px`,
            minWidth: `${badge.width}px`,
          }}
          aria-label={t('overlayBadge', { summary })}
          aria-expanded={panel !== 'closed' && !popover}
          onClick={() => (panel === 'closed' || popover ? props.onOpen() : props.onClose())}
        >
          {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
            <span class="count" key={s}>
              <span class={`dot ${s}`} aria-hidden="true" />
              {counts[s]}
            </span>
          ))}
        </button>
      )}
      {props.storylines && (
        <button
          type="button"
          class="storylines-button"
          style={{
            left: `${props.storylines.left - origin.x}px`,
            top: `${props.storylines.top - origin.y}px`,
            width: `${props.storylines.width}px`,
          }}
          aria-label={t('overlayStorylinesButtonLabel')}
          aria-expanded={props.search !== undefined}
          // The caret stays in the editor: the search reads where the storyline goes from it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => (props.search ? props.onSearchClose() : props.onSearch())}
        >
          {t('overlayStorylinesButton')}
        </button>
      )}
      {props.search && (
        <section
          key="search"
          ref={floatingRef}
          class="panel search floating"
          role="dialog"
          aria-label={t('overlaySearch')}
        >
          <StorylineSearch
            items={props.search.items}
            onPick={props.onStorylinePick}
            onClose={props.onSearchClose}
          />
        </section>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {findings.length > 0 ? t('overlayLive', { summary }) : ''}
      </p>
      {popover && rows.length > 0 && (
        <section
          key={`card:${popover.key}`}
          ref={floatingRef}
          class="panel popover floating"
          role="dialog"
          aria-label={t('overlayCard', {
            title: popover.guidelines.join(', ') || severityLabel(popover.severity),
          })}
          onKeyDown={onKeyDown}
        >
          <ol>
            <CardView card={popover} focused courseMinutes={courseMinutes} props={props} />
          </ol>
          {/* After the card: Tab goes from its actions to Close, within the card. */}
          <button type="button" class="icon close" aria-label={t('close')} onClick={props.onClose}>
            ×
          </button>
          {props.status && (
            <p class="status" role="alert">
              {props.status}
            </p>
          )}
        </section>
      )}
      {panel !== 'closed' && !popover && (
        <section
          key="list"
          ref={floatingRef}
          class={`panel list floating${panel === 'held' ? ' held' : ''}`}
          role="dialog"
          aria-label={panel === 'held' ? t('overlayHeldDialog') : t('overlaySuggestions')}
          onKeyDown={onKeyDown}
        >
          <header>
            <h2>{panel === 'held' ? t('overlayHeld') : t('extName')}</h2>
            <button type="button" class="icon" aria-label={t('close')} onClick={props.onClose}>
              ×
            </button>
          </header>
          {panel === 'held' && (
            <p class="held-intro">
              {props.allowOverride ? t('overlayHeldOverride') : t('overlayHeldNoOverride')}
            </p>
          )}
          <ol>
            {listed.map((card) => (
              <CardView
                key={card.key}
                card={card}
                focused={isFocused(card)}
                courseMinutes={courseMinutes}
                props={props}
              />
            ))}
          </ol>
          {props.status && (
            <p class="status" role="alert">
              {props.status}
            </p>
          )}
          {panel === 'held' && (
            <footer>
              <button type="button" onClick={props.onClose}>
                {t('overlayKeepEditing')}
              </button>
              {props.allowOverride && (
                <button type="button" class="danger" onClick={props.onPostAnyway}>
                  {t('overlayPostAnyway')}
                </button>
              )}
            </footer>
          )}
        </section>
      )}
      {props.fixed && (
        <div ref={fixedRef} class="fixed floating" role="status">
          <span>
            {props.fixed.kind === undefined
              ? t('overlayDone', { label: props.fixed.label })
              : props.fixed.label}
          </span>
          <button type="button" class="undo" onClick={props.onUndo}>
            {t('overlayUndo')}
          </button>
        </div>
      )}
    </div>
  );
}
