/**
 * A host for our UI on the page: WXT's shadow-root UI (a custom element on <body> with a closed
 * shadow root, so the site's CSS cannot reach in and ours cannot leak out, and the page's scripts
 * can neither read the findings nor reach the buttons), pinned in place by `!important` rules
 * inside the shadow root, which beat any page rule or inline style on the host. If the page
 * removes it (a framework re-rendering <body>), it goes back.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

export interface HostOptions {
  /** The host's tag name. */
  name: string;
  /** Where the fixed host sits, e.g. `top:0;left:0;width:0;height:0` (each made `!important`). */
  placement: string;
  zIndex: number;
  css: string;
  /** The host's data-* attributes (counts and labels only: the page can read them). */
  data?: Record<string, string>;
  signal: AbortSignal;
}

export interface Host {
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
}

/**
 * The test hook: the e2e build (`npm run build:e2e`: `--mode e2e`, with NODE_ENV=production so
 * that the rest is built exactly as shipped) opens the shadow root so that the tests' locators can
 * read the cards. The production build has no open root: `import.meta.env.MODE` is
 * replaced at build time and the other branch is dropped.
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

/** Events a page script could forge to press our buttons or type in our fields. */
const USER_EVENTS = ['click', 'dblclick', 'mousedown', 'pointerdown', 'keydown', 'input', 'submit'];

/** Stops events that no person made (`isTrusted` false) before any of our handlers sees them. */
function ignoreUntrustedEvents(container: HTMLElement): void {
  for (const type of USER_EVENTS)
    container.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) event.stopImmediatePropagation();
      },
      { capture: true },
    );
}

const important = (declarations: string) =>
  declarations
    .split(';')
    .filter((declaration) => declaration.trim())
    .map((declaration) => `${declaration} !important;`)
    .join(' ');

/** Resolves once the host is on the page; it leaves the page when `signal` aborts. */
export async function mountHost(options: HostOptions): Promise<Host> {
  const { signal } = options;
  // WXT's UI asks its context only when to go; the host's own signal says that (not WXT's
  // ctx.signal, which a page can abort: see lifetime.ts).
  const lifetime = {
    onInvalidated: (done: () => void) => {
      signal.addEventListener('abort', done);
      return () => signal.removeEventListener('abort', done);
    },
  } as Pick<ContentScriptContext, 'onInvalidated'> as ContentScriptContext;
  const hostCss = `:host { ${important(`position:fixed;display:block;${options.placement};z-index:${options.zIndex}`)} }`;
  const ui = await createShadowRootUi(lifetime, {
    name: options.name,
    // Our own placement: WXT's positions are relative to the anchor, ours is the viewport.
    position: 'inline',
    anchor: 'body',
    mode: SHADOW_MODE,
    css: `${hostCss}\n${options.css}`,
    onMount: (container) => container,
  });
  ignoreUntrustedEvents(ui.uiContainer);
  Object.assign(ui.shadowHost.dataset, options.data);
  ui.mount();
  const reattach = new MutationObserver(() => {
    if (!ui.shadowHost.isConnected && !signal.aborted) ui.mount();
  });
  reattach.observe(document.body, { childList: true });
  const remove = () => {
    reattach.disconnect();
    ui.remove();
  };
  if (signal.aborted) remove();
  else signal.addEventListener('abort', remove);
  return { host: ui.shadowHost as HTMLElement, container: ui.uiContainer };
}
