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
import type { OverlayProps, ShownFinding } from '../../lib/content/overlay-view';
import { StorylineSearch } from './StorylineSearch';

const SEVERITIES: Severity[] = ['block', 'warn', 'info'];
const SEVERITY_WORDS: Record<Severity, string> = { block: 'must fix', warn: 'to review', info: 'tips' };
const SEVERITY_LABELS: Record<Severity, string> = { block: 'Must fix', warn: 'To review', info: 'Tip' };

function countBy(findings: ShownFinding[]): Record<Severity, number> {
  const counts = { block: 0, warn: 0, info: 0 };
  for (const { finding } of findings) counts[finding.severity]++;
  return counts;
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
        <span class="severity">{SEVERITY_LABELS[card.severity]}</span>
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
              aria-label={`Learn more: the “${card.guidelines[0] ?? ''}” lesson of the course`}
              onClick={() => props.onCourse(card.lesson)}
            >
              Learn more
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
            Take the {courseMinutes}-minute course
          </button>
        )}
        {dismissible && (
          <button type="button" class="dismiss" onClick={() => props.onDismiss(keys)}>
            {card.training ? 'Remind me later' : 'Dismiss for this draft'}
          </button>
        )}
        {card.optional && (
          <button type="button" class="switch-off" onClick={() => props.onSwitchOff(card.key)}>
            Don't show this kind again
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
  const summary = SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${SEVERITY_WORDS[s]}`)
    .join(', ');
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
                <span class="sr-only">{`${SEVERITY_LABELS[finding.severity]}: ${finding.guideline || finding.message}`}</span>
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
          aria-label={`Ambassador: ${summary}. Open suggestions (Alt+Shift+A)`}
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
          aria-label="Ambassador: search the approved storylines (Alt+Shift+S)"
          aria-expanded={props.search !== undefined}
          // The caret stays in the editor: the search reads where the storyline goes from it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => (props.search ? props.onSearchClose() : props.onSearch())}
        >
          Storylines
        </button>
      )}
      {props.search && (
        <section
          key="search"
          ref={floatingRef}
          class="panel search floating"
          role="dialog"
          aria-label="Ambassador: approved storylines"
        >
          <StorylineSearch
            items={props.search.items}
            onPick={props.onStorylinePick}
            onClose={props.onSearchClose}
          />
        </section>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {findings.length > 0 ? `Ambassador: ${summary}` : ''}
      </p>
      {popover && rows.length > 0 && (
        <section
          key={`card:${popover.key}`}
          ref={floatingRef}
          class="panel popover floating"
          role="dialog"
          aria-label={`Ambassador: ${popover.guidelines.join(', ') || SEVERITY_LABELS[popover.severity]}`}
          onKeyDown={onKeyDown}
        >
          <ol>
            <CardView card={popover} focused courseMinutes={courseMinutes} props={props} />
          </ol>
          {/* After the card: Tab goes from its actions to Close, within the card. */}
          <button type="button" class="icon close" aria-label="Close" onClick={props.onClose}>
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
          aria-label={panel === 'held' ? 'Post held by Ambassador' : 'Ambassador suggestions'}
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
      {props.fixed && (
        <div ref={fixedRef} class="fixed floating" role="status">
          <span>{props.fixed.kind === undefined ? `Done: ${props.fixed.label}.` : props.fixed.label}</span>
          <button type="button" class="undo" onClick={props.onUndo}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
