/** The content script's shell: keeps the check context current and runs a session per compose box. */
import type { SiteAdapter } from '../sites/types';
import { watchCheckContext, type CheckContext } from './context';
import { startSession, type Session } from './session';
import { watchComposeBoxes } from './watch-compose-boxes';

export function startContentScript(adapter: SiteAdapter, signal: AbortSignal): void {
  let context: CheckContext | undefined;
  const sessions = new Set<Session>();
  watchCheckContext(
    adapter.platform,
    (next) => {
      context = next;
      for (const session of sessions) session.recheck();
    },
    signal,
  );
  watchComposeBoxes(
    adapter,
    (box, boxSignal) => {
      const session = startSession(box, adapter, () => context, boxSignal);
      sessions.add(session);
      boxSignal.addEventListener('abort', () => sessions.delete(session));
    },
    signal,
  );
}
