/** The service worker; its logic lives in lib/store/background.ts. */
import { startBackground } from '@/lib/store/background';

export default defineBackground(() => {
  startBackground();
});
