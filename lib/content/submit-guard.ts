/**
 * The keys and clicks a session answers to outside its overlay: a submit of the box (a click on
 * its post button, Ctrl/Cmd+Enter, or Enter where it posts) and the shortcuts: Alt+Shift+A (the
 * suggestions) and Alt+Shift+S (the storyline search).
 * Listening in the capture phase, ahead of the page's own handlers, so a held submit never
 * reaches the site. Only a person's clicks and keys (`isTrusted`): a page script that clicks
 * could otherwise learn from what is held whether a draft breaks the policy (and a page that
 * wants to post past the guard can do so through its own code anyway).
 */
import type { ComposeBox } from '../sites/types';

export interface SubmitGuardHandlers {
  submit(event: Event): void;
  shortcut(event: KeyboardEvent): void;
  searchShortcut(event: KeyboardEvent): void;
}

/**
 * Whether the event happened inside `element`. From a shadow root (LinkedIn's share composer) an
 * event reaches the document retargeted to the host: its composed path still names the real target.
 */
function targetIn(event: Event, element: Element): boolean {
  const target = event.composedPath()[0];
  return target instanceof Node && element.contains(target);
}

export function guardSubmit(box: ComposeBox, handlers: SubmitGuardHandlers, signal: AbortSignal): void {
  const { editor } = box;
  const listen = { capture: true, signal } as const;
  document.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const button = box.submitButton();
      if (button && targetIn(event, button)) handlers.submit(event);
    },
    listen,
  );
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !targetIn(event, editor)) return;
      // A generic box has no known submit: Ctrl+Enter there may be anything, so it is not held.
      if (
        event.key === 'Enter' &&
        !box.generic &&
        (event.ctrlKey || event.metaKey || (box.submitsOnEnter && !event.shiftKey))
      )
        handlers.submit(event);
      else if (event.altKey && event.shiftKey && event.code === 'KeyA') handlers.shortcut(event);
      else if (event.altKey && event.shiftKey && event.code === 'KeyS') handlers.searchShortcut(event);
    },
    listen,
  );
}
