import { overlayUi } from '@/components/overlay/mount';
import { startContentScript } from '@/lib/content/start';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { SITES } from '@/lib/sites/sites';

export default defineContentScript({
  matches: SITES.linkedin.matches,
  runAt: 'document_idle',
  // No start broadcast to the page (window.postMessage); the scripts' lifetime is their own (lib/content/lifetime.ts).
  noScriptStartedPostMessage: true,
  main: () => startContentScript(linkedinAdapter, overlayUi),
});
