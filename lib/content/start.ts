/** The content script's shell: keeps the check context current and runs a session per compose box. */
import type { SiteAdapter } from '../sites/types';
import type { WatchedBoxesReply, WatchedCounts } from '../store/contract';
import { watchCheckContext, type CheckContext } from './context';
import { extensionLifetime } from './lifetime';
import { startListening } from './listen';
import type { OverlayUi } from './overlay-view';
import { applySelectorOverrides } from './selector-overrides';
import { startSession, type Session } from './session';
import { structureReport } from './structure-report';
import { searchRoots, watchComposeBoxes, type ComposeBoxWatcher } from './watch-compose-boxes';

export function startContentScript(adapter: SiteAdapter, ui: OverlayUi): void {
  const lifetime = extensionLifetime();
  let context: CheckContext | undefined;
  const sessions = new Set<Session>();
  const watcher = watchComposeBoxes(
    adapter,
    (box, signal) => {
      const session = startSession({ lifetime, ui, box, adapter, context: () => context, signal });
      sessions.add(session);
      signal.addEventListener('abort', () => sessions.delete(session));
    },
    lifetime,
  );
  const listener = startListening(adapter, lifetime);
  watchCheckContext(
    adapter.platform,
    (next) => {
      context = next;
      listener.update(next);
      // A policy stored before selector overrides existed has no `sites`.
      const overrides = next?.policy.sites?.[adapter.platform]?.selectors;
      if (applySelectorOverrides(adapter.selectors, overrides)) watcher.rescan();
      for (const session of sessions) session.recheck();
    },
    lifetime,
  );
  answerThePopup(adapter, watcher, lifetime);
}

/** The popup asks what this tab's content script watches (counts and structure, never text). */
function answerThePopup(adapter: SiteAdapter, watcher: ComposeBoxWatcher, signal: AbortSignal): void {
  const onMessage = (message: unknown, _sender: unknown, respond: (reply: WatchedBoxesReply) => void) => {
    if ((message as { kind?: string } | null)?.kind !== 'ambassador:watched-boxes') return;
    const boxes = watcher.boxes();
    const counts: WatchedCounts = {};
    for (const box of boxes) {
      const kind = box.generic ? 'generic' : box.surface;
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    const watched = new Set(boxes.map((box) => box.editor));
    respond({ counts, report: structureReport(searchRoots(document, adapter.shadowHosts), watched) });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}
