import { overlayUi } from '@/components/overlay/mount';
import { startContentScript } from '@/lib/content/start';
import { facebookAdapter } from '@/lib/sites/facebook';
import { SITES } from '@/lib/sites/sites';

export default defineContentScript({
  matches: SITES.facebook.matches,
  runAt: 'document_idle',
  // No start broadcast to the page (window.postMessage); the scripts' lifetime is their own (lib/content/lifetime.ts).
  noScriptStartedPostMessage: true,
  main: () => startContentScript(facebookAdapter, overlayUi),
});
