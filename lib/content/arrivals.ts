/**
 * When the employee comes to an element of the page: the pointer moved onto it, or the keyboard
 * focus entered it. Not when it came under a pointer at rest: as a page scrolls under a resting
 * pointer, Chromium tells the page of every element that comes under it (pointerover, a few for
 * each feed post scrolled past, never a pointermove), and the page's own changes do the same.
 *
 * Cheap while the page scrolls, which is when those come: pointerover is listened to only while
 * the page is still (each event heard is a call into the content script); while it scrolls, the
 * first pointermove stands for the pointer, and the pointerover of a scroll's first frame, heard
 * before the scroll is, is known by the pointer's place: where it was at the last event heard.
 */

export interface Arrivals {
  /** The page began to scroll: elements coming under the pointer are not listened to. */
  scrolling(): void;
  /** The page is still again. */
  still(): void;
}

const LISTENING = { capture: true, passive: true } as const;

export function followArrivals(
  target: Document,
  arrive: (element: Element) => void,
  signal: AbortSignal,
): Arrivals {
  /** The pointer's place on the screen at the last pointer event heard. */
  let pointerWasAt: string | undefined;
  const moved = (event: PointerEvent) => {
    const at = `${event.screenX} ${event.screenY}`;
    const moved = at !== pointerWasAt;
    pointerWasAt = at;
    return moved;
  };
  const come = (event: Event) => {
    if (event.target instanceof Element) arrive(event.target);
  };
  const onOver = (event: PointerEvent) => {
    if (moved(event)) come(event);
  };
  const onMove = (event: PointerEvent) => {
    moved(event);
    come(event);
  };
  let followsOver = false;
  /**
   * While the page is still, every element the pointer moves onto; in any case the first move,
   * which tells of the element under the pointer when a scroll brought it there.
   */
  const follow = (over: boolean) => {
    if (over !== followsOver) {
      followsOver = over;
      if (over) target.addEventListener('pointerover', onOver, LISTENING);
      else target.removeEventListener('pointerover', onOver, LISTENING);
    }
    // Added once: the same listener added again while it waits is the same listener.
    target.addEventListener('pointermove', onMove, { ...LISTENING, once: true });
  };
  follow(true);
  target.addEventListener('focusin', come, LISTENING);
  signal.addEventListener(
    'abort',
    () => {
      target.removeEventListener('pointerover', onOver, LISTENING);
      target.removeEventListener('pointermove', onMove, LISTENING);
      target.removeEventListener('focusin', come, LISTENING);
    },
    { once: true },
  );
  return { scrolling: () => follow(false), still: () => follow(true) };
}
