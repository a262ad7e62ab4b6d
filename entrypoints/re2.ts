/**
 * The RE2 engine for admin patterns, injected by the background into a content script's world only
 * when the policy has patterns that need it (lib/content/re2-loader.ts): most policies never pay
 * for it.
 */
import { RE2JS } from 're2js';
import { RE2_GLOBAL } from '@/lib/content/re2-loader';

export default defineUnlistedScript(() => {
  Object.defineProperty(globalThis, RE2_GLOBAL, { value: RE2JS, configurable: true });
});
