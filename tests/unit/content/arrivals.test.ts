// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followArrivals } from '../../../lib/content/arrivals';

/** Two posts; the events come from the second one's text. */
const page = () => {
  document.body.innerHTML = '<article id="a"><p>one</p></article><article id="b"><p>two</p></article>';
  return document.querySelector('#b p')!;
};
const pointer = (type: 'pointerover' | 'pointermove', at: number, on: Element) =>
  on.dispatchEvent(new PointerEvent(type, { bubbles: true, screenX: at, screenY: at }));

describe('followArrivals', () => {
  let arrived: Element[];
  let stop: AbortController;
  let text: Element;
  beforeEach(() => {
    arrived = [];
    stop = new AbortController();
    text = page();
  });
  afterEach(() => stop.abort());
  const follow = () => followArrivals(document, (element) => arrived.push(element), stop.signal);

  it('hears the pointer moving onto an element, not an element coming under a pointer at rest', () => {
    follow();
    pointer('pointerover', 10, text);
    expect(arrived).toEqual([text]);
    // The page moved under the pointer: the same place on the screen.
    pointer('pointerover', 10, document.querySelector('#a p')!);
    expect(arrived).toEqual([text]);
    pointer('pointerover', 12, document.querySelector('#a p')!);
    expect(arrived).toEqual([text, document.querySelector('#a p')]);
  });

  it('while the page scrolls, listens to no pointerover, and hears only the first move', () => {
    const arrivals = follow();
    arrivals.scrolling();
    pointer('pointerover', 10, text);
    expect(arrived).toEqual([]);
    pointer('pointermove', 11, text);
    pointer('pointermove', 12, text);
    pointer('pointerover', 13, text);
    expect(arrived).toEqual([text]);
    // Still again: pointerover is heard, and the next move once more.
    arrivals.still();
    pointer('pointerover', 14, text);
    pointer('pointermove', 15, text);
    pointer('pointermove', 16, text);
    expect(arrived).toEqual([text, text, text]);
  });

  it('a move unheard since the last scroll is heard once, however often scrolls begin and end', () => {
    const arrivals = follow();
    arrivals.scrolling();
    arrivals.still();
    arrivals.scrolling();
    pointer('pointermove', 11, text);
    expect(arrived).toEqual([text]);
  });

  it('hears the keyboard focus entering an element, and nothing once stopped', () => {
    follow();
    text.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(arrived).toEqual([text]);
    stop.abort();
    text.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    pointer('pointerover', 20, text);
    pointer('pointermove', 21, text);
    expect(arrived).toEqual([text]);
  });
});
