import { overlayUi } from '@/components/overlay/mount';
import { startContentScript } from '@/lib/content/start';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { SITES } from '@/lib/sites/sites';

export default defineContentScript({
  matches: SITES.linkedin.matches,
  runAt: 'document_idle',
  main: (ctx) => startContentScript(linkedinAdapter, ctx, overlayUi),
});
