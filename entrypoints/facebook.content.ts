import { overlayUi } from '@/components/overlay/mount';
import { startContentScript } from '@/lib/content/start';
import { facebookAdapter } from '@/lib/sites/facebook';
import { SITES } from '@/lib/sites/sites';

export default defineContentScript({
  matches: SITES.facebook.matches,
  runAt: 'document_idle',
  main: (ctx) => startContentScript(facebookAdapter, ctx, overlayUi),
});
