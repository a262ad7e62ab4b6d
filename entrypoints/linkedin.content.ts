import { startContentScript } from '@/lib/content/start';
import { linkedinAdapter } from '@/lib/sites/linkedin';

export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(linkedinAdapter, ctx.signal),
});
