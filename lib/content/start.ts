/** The content script's shell: keeps the check context current and runs a session per compose box. */
import type { SiteAdapter } from '../sites/types';
import { watchCheckContext, type CheckContext } from './context';
import { extensionLifetime } from './lifetime';
import type { OverlayUi } from './overlay-view';
import { applySelectorOverrides } from './selector-overrides';
import { startSession, type Session } from './session';
import { watchComposeBoxes } from './watch-compose-boxes';

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
  watchCheckContext(
    adapter.platform,
    (next) => {
      context = next;
      // A policy stored before selector overrides existed has no `sites`.
      const overrides = next?.policy.sites?.[adapter.platform]?.selectors;
      if (applySelectorOverrides(adapter.selectors, overrides)) watcher.rescan();
      for (const session of sessions) session.recheck();
    },
    lifetime,
  );
}
