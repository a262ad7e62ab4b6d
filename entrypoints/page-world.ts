/**
 * The page-world helper: run by the background in the page's main world (scripting.executeScript,
 * world MAIN) when a content script's own edit was refused (lib/content/page-world-bridge.ts).
 * It makes a secret nonce, listens for commands sent under it, runs each on the element it was
 * sent to, and sends nothing back: the content script re-reads the editor itself. Its last value,
 * the nonce, goes to the background as the injection's result, never through the page: the bundle
 * is an anonymous IIFE (globalName: false), so no global of the page holds it.
 */
import {
  commandEventType,
  isEditable,
  parseInputCommand,
  runInputCommand,
} from '@/lib/editor/input-commands';

export default defineUnlistedScript({
  globalName: false,
  main: () => {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const nonce = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    window.addEventListener(
      commandEventType(nonce),
      (event) => {
        event.stopImmediatePropagation();
        const target = event.composedPath()[0];
        const detail = (event as CustomEvent<unknown>).detail;
        const command = typeof detail === 'string' ? parseInputCommand(detail) : undefined;
        if (command && target instanceof Element && isEditable(target)) runInputCommand(target, command);
      },
      true,
    );
    return nonce;
  },
});
