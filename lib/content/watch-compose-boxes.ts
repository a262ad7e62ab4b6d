/**
 * Finds compose boxes as the single-page app creates and removes them (navigation, modals, reply
 * and comment boxes) and runs one session per box until the box leaves the page or `signal` aborts.
 * Boxes inside open shadow roots are found too: the adapter names the hosts (`shadowHosts`), each
 * scan looks them up and the observer starts watching a shadow root when its host first shows up.
 * An editable textbox no adapter selector recognises still gets a generic session (sites/generic.ts).
 */
import { findGenericBoxes } from '../sites/generic';
import type { ComposeBox, SearchRoot, SiteAdapter } from '../sites/types';

export type StartSession = (box: ComposeBox, signal: AbortSignal) => void;

export interface ComposeBoxWatcher {
  /** Scan again now (the adapter's selectors changed). */
  rescan(): void;
  /** The boxes with a session. */
  boxes(): ComposeBox[];
}

/** The document and the open shadow roots under the adapter's hosts (nested ones too). */
export function searchRoots(doc: Document, shadowHosts: readonly string[] | undefined): SearchRoot[] {
  const roots: SearchRoot[] = [doc];
  if (!shadowHosts?.length) return roots;
  const selector = shadowHosts.join(', ');
  for (let i = 0; i < roots.length; i++) {
    for (const host of roots[i]!.querySelectorAll(selector)) {
      if (host.shadowRoot && !roots.includes(host.shadowRoot)) roots.push(host.shadowRoot);
    }
  }
  return roots;
}

function hasElement(nodes: NodeList): boolean {
  for (const node of nodes) if (node.nodeType === Node.ELEMENT_NODE) return true;
  return false;
}

/** The adapter's boxes in `root`, then generic ones for the editable textboxes it left out. */
function composeBoxesIn(root: SearchRoot, adapter: SiteAdapter): ComposeBox[] {
  const boxes = adapter.findComposeBoxes(root);
  return [...boxes, ...findGenericBoxes(root, adapter, new Set(boxes.map((box) => box.editor)))];
}

export function watchComposeBoxes(
  adapter: SiteAdapter,
  start: StartSession,
  signal: AbortSignal,
): ComposeBoxWatcher {
  const sessions = new Map<HTMLElement, { box: ComposeBox; controller: AbortController }>();
  const observedRoots = new WeakSet<ShadowRoot>();
  let scheduled = false;

  const scan = () => {
    scheduled = false;
    if (signal.aborted) return;
    const found = new Set<HTMLElement>();
    for (const root of searchRoots(document, adapter.shadowHosts)) {
      // A mutation inside a shadow root is not seen from the document: watch each root found.
      if (root instanceof ShadowRoot && !observedRoots.has(root)) {
        observedRoots.add(root);
        observe(root);
      }
      for (const box of composeBoxesIn(root, adapter)) {
        found.add(box.editor);
        const running = sessions.get(box.editor);
        // A generic box that an adapter now recognises (a selector override) becomes a full one.
        if (running && running.box.generic === box.generic) continue;
        running?.controller.abort();
        const controller = new AbortController();
        sessions.set(box.editor, { box, controller });
        start(box, controller.signal);
      }
    }
    for (const [editor, { controller }] of sessions) {
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
  // Only elements coming or going can bring or take away a compose box; text changing around the
  // box (a character counter, a timestamp) cannot, and would otherwise cost a scan per keystroke.
  const movesElements = (record: MutationRecord) =>
    hasElement(record.addedNodes) || hasElement(record.removedNodes);
  const observer = new MutationObserver((records) => {
    if (records.some((record) => movesElements(record) && !insideKnownEditor(record.target))) schedule();
  });
  const observe = (root: Node) => observer.observe(root, { childList: true, subtree: true });
  observe(document.documentElement);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const { controller } of sessions.values()) controller.abort();
    sessions.clear();
  });
  scan();
  return { rescan: scan, boxes: () => [...sessions.values()].map(({ box }) => box) };
}
