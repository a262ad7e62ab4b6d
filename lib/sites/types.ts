import type { Platform, Surface } from '../engine/types';

/** A compose box found on the page: everything the shell needs to check and guard it. */
export interface ComposeBox {
  /** The editable element: a contenteditable root or a <textarea>. */
  editor: HTMLElement;
  surface: Surface;
  /** The post being answered, read when asked (the page may render it late). */
  replyTo(): { text: string; author?: string } | undefined;
  /** The button that posts this box's text, when the page shows one. */
  submitButton(): HTMLElement | null;
  /** The site's toolbar of this box (emoji, media, counter), when the adapter knows it: cards stay off it. */
  toolbar?(): HTMLElement | null;
  /** True where a plain Enter posts (Facebook comment boxes). */
  submitsOnEnter: boolean;
  /** Found by no adapter selector (lib/sites/generic.ts): checked, without context or guard. */
  generic?: true;
}

/** Where compose boxes are searched: the document, and open shadow roots on the page. */
export type SearchRoot = Document | ShadowRoot;

export interface SiteAdapter {
  platform: Platform;
  /**
   * The adapter's named selectors, read at call time, so that the policy's overrides (written into
   * this table by the content script) apply without a reload.
   */
  selectors: Record<string, string>;
  /** Every compose box currently in `root` (its own tree only: shadow roots are searched apart). */
  findComposeBoxes(root: SearchRoot): ComposeBox[];
  /**
   * Selectors of the elements whose open shadow roots hold compose boxes (LinkedIn's share
   * composer under `#interop-outlet`). Named as data so that the watcher looks only there, instead
   * of walking the whole page for shadow roots on every change.
   */
  shadowHosts?: readonly string[];
  /** A private-message box (a DM, Messenger, LinkedIn messaging): no nudges there, not even generic ones. */
  isPrivate(editor: HTMLElement): boolean;
  /** The signed-in account's handle, where the page shows it. */
  accountHandle(doc: Document): string | undefined;
  /** The feed's posts, for listening (lib/content/listen.ts). */
  feed?: FeedMarkup;
}

/** Where a site's feed posts are and what of them listening reads: their text and their address. */
export interface FeedMarkup {
  /** One post in the feed (comments inside it are not posts of their own). */
  post: string;
  /** The post's own text inside it. */
  text: string;
  /**
   * The post's address as the page writes it (often relative), or undefined when the markup shows
   * none. It tells two renderings of one post apart, read when a post says word for word what an
   * earlier one said (OncePerPage), which in some feeds is every post; so it is taken as written:
   * permalinkOf makes it absolute, for a flag's report.
   */
  address(post: Element): string | undefined;
  /**
   * The site takes the posts far off screen out of the page as the reader scrolls, and a post
   * taken out between two looks is never heard: its feed is looked at every second from the first
   * scroll on (listen.ts), not only once the first post is seen to go.
   */
  dropsPosts?: boolean;
}

/** The `href` of the first link in `root` that matches `selector`, as the page writes it. */
export function hrefIn(root: Element, selector: string): string | undefined {
  return hrefAttribute(root.querySelector(selector));
}

export function hrefAttribute(link: Element | null | undefined): string | undefined {
  return link?.getAttribute('href') || undefined;
}

/** A post's address made absolute against the page's, for a report; undefined if it is none. */
export function permalinkOf(address: string | undefined, base: string): string | undefined {
  if (!address) return undefined;
  try {
    return new URL(address, base).href;
  } catch {
    return undefined;
  }
}

/** Sites and extensions that opt out of writing assistants (Grammarly's markers). */
export function optedOut(editor: Element): boolean {
  return !!editor.closest('[data-gramm="false"], [data-enable-grammarly="false"], [data-ambassador="off"]');
}

export function textOf(node: Element | null | undefined): string | undefined {
  const text = node?.textContent?.trim();
  return text ? text : undefined;
}
