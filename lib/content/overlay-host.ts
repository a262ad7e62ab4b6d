/**
 * The overlay's host: a custom element on <body>, outside the editor and its container, with an
 * open shadow root so the site's CSS cannot reach in and ours cannot leak out.
 */
import type { Platform } from '../engine/types';
import type { ComposeBox } from '../sites/types';

const HOST_TAG = 'ambassador-overlay';

export function mountOverlayHost(platform: Platform, box: ComposeBox, signal: AbortSignal): ShadowRoot {
  const host = document.createElement(HOST_TAG);
  host.dataset.platform = platform;
  host.dataset.surface = box.surface;
  // Zero-size and fixed: takes no room in the page's layout.
  host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;';
  const shadow = host.attachShadow({ mode: 'open' });
  document.body.append(host);
  signal.addEventListener('abort', () => host.remove());
  return shadow;
}
