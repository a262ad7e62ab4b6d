/**
 * The content script's line to the page-world helper (entrypoints/page-world.ts), for edits an
 * editor refuses from the isolated world. Loaded on first need: the content script asks the
 * background, which runs the helper in this frame's main world and hands back the nonce the helper
 * made. A command goes as a DOM event on its target, typed with the nonce and carrying only the
 * command (the text for that edit); nothing comes back, the caller re-reads the editor.
 */
import { browser } from 'wxt/browser';
import { commandEventType, NONCE_PATTERN, type InputCommand } from '../editor/input-commands';

export const PAGE_WORLD_SCRIPT = '/page-world.js';

/** A content script asks the background to run the page-world helper in its frame. */
export interface PageWorldRequest {
  kind: 'ambassador:load-page-world';
}
export interface PageWorldReply {
  nonce: string;
}

export function isPageWorldRequest(message: unknown): message is PageWorldRequest {
  return (message as PageWorldRequest | null)?.kind === 'ambassador:load-page-world';
}

/** Runs a command in the page's world on `target`. */
export type PageWorldSend = (target: Element, command: InputCommand) => void;

let loading: Promise<PageWorldSend | undefined> | undefined;

/** The helper of this frame, loaded once; undefined when the browser could not run it. */
export function pageWorld(): Promise<PageWorldSend | undefined> {
  loading ??= (async () => {
    try {
      const request: PageWorldRequest = { kind: 'ambassador:load-page-world' };
      const reply = (await browser.runtime.sendMessage(request)) as PageWorldReply | undefined;
      const nonce = reply?.nonce;
      if (typeof nonce !== 'string' || !NONCE_PATTERN.test(nonce)) return undefined;
      const type = commandEventType(nonce);
      return (target: Element, command: InputCommand) => {
        target.dispatchEvent(
          new CustomEvent(type, { detail: JSON.stringify(command), bubbles: true, composed: true }),
        );
      };
    } catch (e) {
      console.warn('Ambassador: the page-world helper could not be loaded', e);
      return undefined;
    }
  })();
  return loading;
}

interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

/** In the background: runs the helper in the asking content script's frame, in the page's world. */
export async function injectPageWorld(sender: Sender): Promise<PageWorldReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('the page-world helper runs in pages only');
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    world: 'MAIN',
    files: [PAGE_WORLD_SCRIPT],
  });
  const nonce: unknown = injection?.result;
  if (typeof nonce !== 'string' || !NONCE_PATTERN.test(nonce))
    throw new Error('the page-world helper did not start');
  return { nonce };
}
