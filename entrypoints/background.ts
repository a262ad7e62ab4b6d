/** The service worker; its logic lives in lib/store/background.ts. */
import { injectPageWorld, isPageWorldRequest } from '@/lib/content/page-world-bridge';
import { startBackground } from '@/lib/store/background';

export default defineBackground(() => {
  startBackground();
  // The page-world helper, into the frame of a content script whose edit the editor refused.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isPageWorldRequest(message)) return undefined;
    return injectPageWorld(sender);
  });
});
