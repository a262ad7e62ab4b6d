/**
 * Facebook: Lexical editors. Each box is told by its own label ("Write a comment…", "Comment as …",
 * "Reply to …", "Message"), not by where it sits: a post opened as a modal holds its comment boxes
 * inside a dialog too. Messenger is left alone: the policy sends customers there.
 */
import type { Surface } from '../engine/types';
import type { SelectorTable } from '../policy/sites';
import { hrefIn, optedOut, textOf, type ComposeBox, type FeedMarkup, type SiteAdapter } from './types';

/**
 * Facebook's markup, by name; the README's site table names the public sources each was modelled
 * on. Read at call time: the policy's overrides are written into this table (lib/content).
 */
export const FACEBOOK_SELECTORS: SelectorTable<'facebook'> = {
  editor: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  /** The post a comment answers: its feed unit, else its topmost article, else the post's modal. */
  feedUnit: '[data-pagelet*="FeedUnit"]',
  article: '[role="article"]',
  dialog: '[role="dialog"]',
  postText:
    '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ad-comet-preview="message"]',
  postAuthor: '[data-ad-rendering-role="profile_name"] a, h2 a, h3 a, strong a',
  commentForm: 'form',
  profileLink: '[role="banner"] a[aria-label="Your profile"]',
};

/** Submit buttons, each list tried in order. */
export const FACEBOOK_SUBMITS = {
  /**
   * Within the box's form: the focused composer's submit (found by its id in any language), else
   * the button labelled "Comment".
   */
  comment: ['#focused-state-composer-submit [role="button"]', '[role="button"][aria-label="Comment"]'],
  /** "Next" where it comes before "Post": holding the first step holds the post. */
  post: ['[role="button"][aria-label="Next"]', '[role="button"][aria-label="Post"]'],
} as const;

/** A Messenger chat box ("message") or a surface that gets nudges. */
export type FacebookBoxKind = Surface | 'message';

/** How a box's own label begins tells its kind; first match wins. Strings, so they can be data. */
export const FACEBOOK_LABELS: readonly { kind: FacebookBoxKind; startsWith: readonly string[] }[] = [
  { kind: 'message', startsWith: ['Message'] },
  { kind: 'reply', startsWith: ['Reply to '] },
  { kind: 'comment', startsWith: ['Write a comment', 'Comment as '] },
];

export function classifyFacebookBox(editor: HTMLElement): FacebookBoxKind {
  const label = editor.getAttribute('aria-label') ?? '';
  const byLabel = FACEBOOK_LABELS.find((entry) => entry.startsWith.some((start) => label.startsWith(start)));
  if (byLabel) return byLabel.kind;
  if (editor.ownerDocument.location.pathname.startsWith('/messages/')) return 'message';
  // An unknown label (another language): a box inside a feed post is a comment box.
  return editor.closest(`${FACEBOOK_SELECTORS.feedUnit}, ${FACEBOOK_SELECTORS.article}`) ? 'comment' : 'post';
}

function outermost(node: Element, selector: string): Element | null {
  let found: Element | null = null;
  for (let at = node.closest(selector); at; at = at.parentElement?.closest(selector) ?? null) found = at;
  return found;
}

/**
 * The container of the post a comment or reply answers. The nearest article can be a comment, so:
 * the feed unit, else the topmost article, else the dialog the post was opened in; the first that
 * holds post text.
 */
function postOf(editor: HTMLElement): Element | undefined {
  return (
    [
      editor.closest(FACEBOOK_SELECTORS.feedUnit),
      outermost(editor, FACEBOOK_SELECTORS.article),
      editor.closest(FACEBOOK_SELECTORS.dialog),
    ].find((container) => container?.querySelector(FACEBOOK_SELECTORS.postText)) ?? undefined
  );
}

function replyContext(editor: HTMLElement): ComposeBox['replyTo'] {
  return () => {
    const textNode = postOf(editor)?.querySelector(FACEBOOK_SELECTORS.postText);
    const text = textOf(textNode);
    if (!textNode || !text) return undefined;
    const post = textNode.closest(FACEBOOK_SELECTORS.article) ?? textNode.parentElement;
    return { text, author: textOf(post?.querySelector(FACEBOOK_SELECTORS.postAuthor)) };
  };
}

function firstIn(scope: Element | null, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const found = scope?.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/**
 * The feed's posts: the article of a feed unit (trusthuman's PostScraper, Feb 2026, finds posts by
 * `[data-pagelet*="FeedUnit"]`; comments are articles too, inside it), its story message, and its
 * timestamp link (`/posts/`, `/permalink/`, `story_fbid=`).
 */
export const FACEBOOK_FEED: FeedMarkup = {
  post: '[data-pagelet*="FeedUnit"] [role="article"]:not([role="article"] [role="article"])',
  text: FACEBOOK_SELECTORS.postText,
  address: (post) => hrefIn(post, 'a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="]'),
};

export const facebookAdapter: SiteAdapter = {
  feed: FACEBOOK_FEED,
  platform: 'facebook',
  selectors: FACEBOOK_SELECTORS,
  isPrivate: (editor) => classifyFacebookBox(editor) === 'message',
  findComposeBoxes(root: ParentNode) {
    return [...root.querySelectorAll<HTMLElement>(FACEBOOK_SELECTORS.editor)].flatMap(
      (editor): ComposeBox[] => {
        const kind = classifyFacebookBox(editor);
        if (kind === 'message' || optedOut(editor)) return [];
        const answers = kind !== 'post';
        return [
          {
            editor,
            surface: kind,
            replyTo: answers ? replyContext(editor) : () => undefined,
            submitButton: () =>
              answers
                ? firstIn(
                    editor.closest(FACEBOOK_SELECTORS.commentForm) ?? postOf(editor) ?? null,
                    FACEBOOK_SUBMITS.comment,
                  )
                : firstIn(editor.closest(FACEBOOK_SELECTORS.dialog), FACEBOOK_SUBMITS.post),
            // Enter posts a comment or a reply; Shift+Enter is a new line.
            submitsOnEnter: answers,
          },
        ];
      },
    );
  },
  accountHandle(doc) {
    const href = doc.querySelector(FACEBOOK_SELECTORS.profileLink)?.getAttribute('href');
    return href?.replace(/^\//, '').split(/[/?]/)[0] || undefined;
  },
};
