import { startContentScript } from '@/lib/content/start';
import { xAdapter } from '@/lib/sites/x';

export default defineContentScript({
  matches: ['https://*.x.com/*', 'https://*.twitter.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(xAdapter, ctx.signal),
});
