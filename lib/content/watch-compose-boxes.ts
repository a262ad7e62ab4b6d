/**
 * Finds compose boxes as the single-page app creates and removes them (navigation, modals, reply
 * and comment boxes) and runs one session per box until the box leaves the page or `signal` aborts.
 */
import type { ComposeBox, SiteAdapter } from '../sites/types';

export type StartSession = (box: ComposeBox, signal: AbortSignal) => void;

export function watchComposeBoxes(adapter: SiteAdapter, start: StartSession, signal: AbortSignal): void {
  const sessions = new Map<HTMLElement, AbortController>();
  let scheduled = false;

  const scan = () => {
    scheduled = false;
    if (signal.aborted) return;
    const found = new Set<HTMLElement>();
    for (const box of adapter.findComposeBoxes(document)) {
      found.add(box.editor);
      if (sessions.has(box.editor)) continue;
      const controller = new AbortController();
      sessions.set(box.editor, controller);
      start(box, controller.signal);
    }
    for (const [editor, controller] of sessions) {
      if (found.has(editor) && editor.isConnected) continue;
      controller.abort();
      sessions.delete(editor);
    }
  };
  // Mutations come in bursts while the app renders: one scan per frame is plenty.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(scan);
  };

  // Typing inside a known editor mutates only that editor: no need to rescan the page for it.
  const insideKnownEditor = (node: Node) => {
    for (const editor of sessions.keys()) if (editor.contains(node)) return true;
    return false;
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !insideKnownEditor(record.target))) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const controller of sessions.values()) controller.abort();
    sessions.clear();
  });
  scan();
}
