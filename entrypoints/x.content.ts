import { overlayUi } from '@/components/overlay/mount';
import { startContentScript } from '@/lib/content/start';
import { xAdapter } from '@/lib/sites/x';
import { SITES } from '@/lib/sites/sites';

export default defineContentScript({
  matches: SITES.x.matches,
  runAt: 'document_idle',
  // No start broadcast to the page (window.postMessage); the scripts' lifetime is their own (lib/content/lifetime.ts).
  noScriptStartedPostMessage: true,
  main: () => startContentScript(xAdapter, overlayUi),
});
