/**
 * The keys and clicks a session answers to outside its overlay: a submit of the box (a click on
 * its post button, Ctrl/Cmd+Enter, or Enter where it posts) and the Alt+Shift+A shortcut.
 * Listening in the capture phase, ahead of the page's own handlers, so a held submit never
 * reaches the site.
 */
import type { ComposeBox } from '../sites/types';

export interface SubmitGuardHandlers {
  submit(event: Event): void;
  shortcut(event: KeyboardEvent): void;
}

export function guardSubmit(box: ComposeBox, handlers: SubmitGuardHandlers, signal: AbortSignal): void {
  const { editor } = box;
  const listen = { capture: true, signal } as const;
  document.addEventListener(
    'click',
    (event) => {
      const button = box.submitButton();
      if (button && event.target instanceof Node && button.contains(event.target)) handlers.submit(event);
    },
    listen,
  );
  window.addEventListener(
    'keydown',
    (event) => {
      if (!(event.target instanceof Node) || !editor.contains(event.target)) return;
      if (
        event.key === 'Enter' &&
        (event.ctrlKey || event.metaKey || (box.submitsOnEnter && !event.shiftKey))
      )
        handlers.submit(event);
      else if (event.altKey && event.shiftKey && event.code === 'KeyA') handlers.shortcut(event);
    },
    listen,
  );
}
