/**
 * X (Twitter): Draft.js editors (a <textarea> on mobile). Direct messages are left alone: the
 * policy sends customers there, so a public-post nudge in them would be wrong.
 */
import type { SelectorTable } from '../policy/sites';
import { hrefAttribute, optedOut, textOf, type ComposeBox, type FeedMarkup, type SiteAdapter } from './types';

/**
 * X's markup, by name; the README's site table names the public sources each was modelled on.
 * Read at call time: the policy's overrides are written into this table (lib/content).
 */
export const X_SELECTORS: SelectorTable<'x'> = {
  /**
   * Compose boxes: the test id on the contenteditable itself (X's 2025 bundle), any Draft editor
   * (`.DraftEditor-root`, as maintained extensions target it), the mobile <textarea>.
   */
  editor:
    '[data-testid^="tweetTextarea_"][contenteditable="true"], .DraftEditor-root .public-DraftEditor-content, main [data-testid^="tweetTextarea_"] textarea',
  /** Private messages: the drawer's Draft editor, the chat composer, and the chat app's shadow host. */
  directMessage:
    '[data-testid="dmComposerTextInput"], [data-testid="DMDrawer"], [data-testid^="dm-composer"], [data-testid="xchatEmbedRoute"]',
  submit: 'button[data-testid^="tweetButton"]',
  dialog: '[role="dialog"]',
  tweet: 'article[data-testid="tweet"]',
  /** The tweet a status page is about. */
  focusedTweet: 'article[data-testid="tweet"][tabindex="-1"]',
  tweetText: '[data-testid="tweetText"]',
  tweetAuthor: '[data-testid="User-Name"] a[href^="/"]',
  profileLink: 'a[data-testid="AppTabBar_Profile_Link"]',
  accountAvatar: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
};

/** The composer's toolbar (emoji, media, counter, post button), as site-editors research names it. */
export const X_TOOLBAR = '[data-testid="toolBar"]';

/** `closest` that also climbs out of shadow roots: the /i/chat app renders inside one. */
function composedClosest(node: Element, selector: string): Element | null {
  for (let at: Element | null = node; at;) {
    const found = at.closest(selector);
    if (found) return found;
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** A direct message composer (drawer, /i/chat, the chat app's shadow root). */
export function isDirectMessage(editor: Element): boolean {
  return composedClosest(editor, X_SELECTORS.directMessage) !== null;
}

/** The tweet a box answers: the one in its reply dialog, or the focused tweet of a status page. */
function answeredTweet(editor: HTMLElement): Element | null {
  const dialog = editor.closest(X_SELECTORS.dialog);
  if (dialog) return dialog.querySelector(X_SELECTORS.tweet);
  const doc = editor.ownerDocument;
  return /\/status\/\d+/.test(doc.location.pathname) ? doc.querySelector(X_SELECTORS.focusedTweet) : null;
}

function replyContext(editor: HTMLElement): ComposeBox['replyTo'] {
  return () => {
    const tweet = answeredTweet(editor);
    const text = textOf(tweet?.querySelector(X_SELECTORS.tweetText));
    if (!text) return undefined;
    const author = tweet?.querySelector(X_SELECTORS.tweetAuthor)?.getAttribute('href')?.slice(1);
    return { text, author: author || undefined };
  };
}

/** The first `selector` match in the nearest container of the editor that has one. */
function nearest(editor: HTMLElement, selector: () => string): () => HTMLElement | null {
  return () => {
    for (let node = editor.parentElement; node; node = node.parentElement) {
      const found = node.querySelector<HTMLElement>(selector());
      if (found) return found;
    }
    return null;
  };
}

/**
 * The timeline's tweets: the article, its text, and its status link, which X puts around the
 * post's `<time>` (insin/control-panel-for-twitter, 2026, reads the same link).
 */
export const X_FEED: FeedMarkup = {
  post: 'article[data-testid="tweet"]',
  text: '[data-testid="tweetText"]',
  // The first <time> and its parent, not `a:has(> time)` nor an attribute selector: the quickest
  // match, for every post scrolled past (a quoted tweet's <time> comes after the tweet's own).
  address(post) {
    const href = hrefAttribute(post.querySelector('time')?.parentElement);
    return href?.includes('/status/') ? href : undefined;
  },
  // X "automatically removes out of sight tweets from the DOM" (helmetroo/fetch-twitter-bookmarks#29).
  dropsPosts: true,
};

export const xAdapter: SiteAdapter = {
  feed: X_FEED,
  platform: 'x',
  selectors: X_SELECTORS,
  isPrivate: isDirectMessage,
  findComposeBoxes(root: ParentNode) {
    return [...root.querySelectorAll<HTMLElement>(X_SELECTORS.editor)]
      .filter((editor) => !optedOut(editor) && !isDirectMessage(editor))
      .map((editor) => {
        const replyTo = replyContext(editor);
        return {
          editor,
          get surface() {
            return replyTo() ? 'reply' : 'post';
          },
          replyTo,
          // The post button shares the nearest container that also holds the toolbar.
          submitButton: nearest(editor, () => X_SELECTORS.submit),
          toolbar: nearest(editor, () => X_TOOLBAR),
          submitsOnEnter: false,
        } satisfies ComposeBox;
      });
  },
  accountHandle(doc) {
    const href = doc.querySelector(X_SELECTORS.profileLink)?.getAttribute('href');
    if (href) return href.replace(/^\//, '').split('/')[0] || undefined;
    const avatar = doc.querySelector(X_SELECTORS.accountAvatar);
    return avatar?.getAttribute('data-testid')?.replace('UserAvatar-Container-', '') || undefined;
  },
};
