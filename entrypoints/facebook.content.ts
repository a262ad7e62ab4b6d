import { startContentScript } from '@/lib/content/start';
import { facebookAdapter } from '@/lib/sites/facebook';

export default defineContentScript({
  matches: ['https://*.facebook.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(facebookAdapter, ctx.signal),
});
