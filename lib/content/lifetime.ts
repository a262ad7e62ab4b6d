/**
 * How long a content script runs: until the extension is reloaded, updated or removed, which is
 * when `browser.runtime.id` goes away. Not WXT's `ctx.signal`: that one also aborts on a
 * `…:wxt:content-script-started` event on `document`, which any page script can dispatch to
 * switch the guard off in its tab.
 */
const CHECK_EVERY_MS = 10_000;

export function extensionLifetime(): AbortSignal {
  const controller = new AbortController();
  const timer = setInterval(() => {
    if (browser.runtime?.id != null) return;
    clearInterval(timer);
    controller.abort(new Error('the extension was reloaded or removed'));
  }, CHECK_EVERY_MS);
  return controller.signal;
}
