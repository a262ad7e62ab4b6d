/** The content script's shell: watches the site's compose boxes and runs a session for each. */
import type { SiteAdapter } from '../sites/types';
import { mountOverlayHost } from './overlay-host';
import { watchComposeBoxes } from './watch-compose-boxes';

export function startContentScript(adapter: SiteAdapter, signal: AbortSignal): void {
  watchComposeBoxes(
    adapter,
    (box, boxSignal) => {
      mountOverlayHost(adapter.platform, box, boxSignal);
    },
    signal,
  );
}
