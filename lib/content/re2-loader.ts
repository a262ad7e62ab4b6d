/**
 * Loads the RE2 engine into this content script when the policy has admin patterns that need it
 * (see lib/engine/admin-pattern.ts). The background injects `re2.js` into this frame's isolated
 * world, which the page cannot see; the script leaves the engine on a global of that world.
 */
import { adminPatterns, provideRe2, runsNatively } from '../engine/admin-pattern';
import type { Policy } from '../policy/schema';
import type { Re2Request } from '../store/contract';

export const RE2_GLOBAL = '__ambassadorRe2';

export function needsRe2(policy: Policy): boolean {
  return adminPatterns(policy).some(({ source, caseSensitive }) => !runsNatively(source, caseSensitive));
}

let loading: Promise<void> | undefined;

/** Resolves once RE2 is provided to the engine; rejects when the background could not inject it. */
export function loadRe2(): Promise<void> {
  loading ??= (async () => {
    const request: Re2Request = { kind: 'ambassador:load-re2' };
    await browser.runtime.sendMessage(request);
    const module = (globalThis as Record<string, unknown>)[RE2_GLOBAL];
    if (!module) throw new Error('the RE2 engine was not injected');
    provideRe2(module as Parameters<typeof provideRe2>[0]);
  })();
  return loading.catch((e: unknown) => {
    loading = undefined; // try again with the next policy update
    throw e;
  });
}
