/**
 * LinkedIn: Quill editors (the share composer, inside an open shadow root at `#interop-outlet`, and
 * the classic comment boxes) and TipTap/ProseMirror editors (the new comment and reply boxes).
 * Each surface is told by its own markup (data-view-name, classes, labels), never by "inside a
 * dialog"; messaging is left alone: the policy sends customers there.
 */
import type { SelectorTable } from '../policy/sites';
import { hrefIn, optedOut, textOf, type ComposeBox, type FeedMarkup, type SiteAdapter } from './types';

interface BoxLayout {
  /** The container of one compose box: its editor and its submit button are inside. */
  box: string;
  submit: string;
  surface: 'post' | 'comment';
  /** The update a comment answers, and where its text is. */
  update?: { container: string; text: string; author?: string };
  /**
   * A reply box: its submit button's label, what marks a comment (its author's picture) and where
   * that comment's text is.
   */
  reply?: { submitLabel: string; comment: string; text: string };
}

/** Strongest signals first: the new layout's data-view-name, then the classic classes. */
const LAYOUTS: readonly BoxLayout[] = [
  {
    box: '[data-view-name="comment-box"]',
    submit: 'button[data-view-name="comment-post"]',
    surface: 'comment',
    update: {
      container: '[data-view-name="feed-full-update"], div[role="listitem"]',
      text: '[data-view-name="feed-commentary"]',
    },
    reply: {
      submitLabel: 'Reply',
      comment: 'a[data-view-name="comment-actor-picture"]',
      text: '[data-testid="expandable-text-box"]',
    },
  },
  {
    box: '.comments-comment-box',
    submit: '.comments-comment-box__submit-button',
    surface: 'comment',
    update: {
      container: '[data-id^="urn:li:activity"], [data-urn^="urn:li:activity"], .feed-shared-update-v2',
      text: '.update-components-text',
      author: '.update-components-actor__name',
    },
  },
  { box: '[data-test-modal], .share-box', submit: '.share-actions__primary-action', surface: 'post' },
];

/** Read at call time: the policy's overrides are written into this table (lib/content). */
export const LINKEDIN_SELECTORS: SelectorTable<'linkedin'> = {
  /** Editors inside a layout's box: Quill's `.ql-editor`, TipTap's `.ProseMirror`, else a plain contenteditable. */
  editor: '.ql-editor, .ProseMirror, [contenteditable="true"]',
  /** Private messages (the messaging page and the chat bubbles). */
  privateMessage: '.msg-form, .msg-overlay-container, .msg-form__contenteditable',
};
const SHADOW_HOSTS = ['#interop-outlet'];
/** Editor roots: an editable descendant of one is part of it. */
const EDITOR_ROOT = '.ql-editor, .ProseMirror';

const editorsInLayouts = () =>
  LAYOUTS.flatMap((layout) =>
    layout.box.split(', ').map((box) => `${box} :is(${LINKEDIN_SELECTORS.editor})`),
  ).join(', ');

const isPrivateMessage = (editor: Element) => editor.closest(LINKEDIN_SELECTORS.privateMessage) !== null;

function isReply(container: Element, layout: BoxLayout): boolean {
  const label = container.querySelector(layout.submit)?.textContent?.trim();
  return !!layout.reply && label === layout.reply.submitLabel;
}

function replyContext(container: Element, layout: BoxLayout, reply: boolean): ComposeBox['replyTo'] {
  return () => {
    if (reply && layout.reply) {
      // The comment answered: the nearest enclosing element that holds a comment's picture.
      let comment = container.parentElement;
      while (comment && !comment.querySelector(layout.reply.comment)) comment = comment.parentElement;
      const text = textOf(comment?.querySelector(layout.reply.text));
      return text ? { text } : undefined;
    }
    const update = layout.update && container.closest(layout.update.container);
    const text = textOf(update?.querySelector(layout.update!.text));
    if (!text) return undefined;
    const author = layout.update?.author ? textOf(update?.querySelector(layout.update.author)) : undefined;
    return author ? { text, author } : { text };
  };
}

function composeBox(editor: HTMLElement): ComposeBox | undefined {
  if (isPrivateMessage(editor)) return undefined;
  for (const layout of LAYOUTS) {
    const container = editor.closest(layout.box);
    if (!container) continue;
    const reply = isReply(container, layout);
    return {
      editor,
      surface: reply ? 'reply' : layout.surface,
      replyTo: layout.update ? replyContext(container, layout, reply) : () => undefined,
      submitButton: () => container.querySelector<HTMLElement>(layout.submit),
      submitsOnEnter: false,
    };
  }
  return undefined;
}

/**
 * The feed's updates in both layouts (site-dom research: `[data-view-name="feed-full-update"]`
 * with `feed-commentary`, 2026; the classic `urn:li:activity` containers). The address is the
 * update's own link, else built from its activity URN as LinkedIn's "Copy link to post" does.
 */
export const LINKEDIN_FEED: FeedMarkup = {
  post: '[data-view-name="feed-full-update"], [data-id^="urn:li:activity"], [data-urn^="urn:li:activity"]',
  text: '[data-view-name="feed-commentary"], .update-components-text',
  address(post) {
    const link = hrefIn(post, 'a[href*="/feed/update/urn:li:activity"]');
    const urn = post.getAttribute('data-id') ?? post.getAttribute('data-urn');
    return link ?? (urn ? `https://www.linkedin.com/feed/update/${urn}/` : undefined);
  },
};

export const linkedinAdapter: SiteAdapter = {
  feed: LINKEDIN_FEED,
  platform: 'linkedin',
  selectors: LINKEDIN_SELECTORS,
  shadowHosts: SHADOW_HOSTS,
  isPrivate: isPrivateMessage,
  findComposeBoxes(root) {
    const editors = new Set<HTMLElement>();
    for (const node of root.querySelectorAll<HTMLElement>(editorsInLayouts())) {
      // Quill's root is the .ql-editor itself; skip editable descendants of an editor already found.
      const editor = node.closest<HTMLElement>(EDITOR_ROOT) ?? node;
      if (editor.isContentEditable && !optedOut(editor)) editors.add(editor);
    }
    return [...editors].flatMap((editor) => composeBox(editor) ?? []);
  },
  accountHandle(doc) {
    const href = doc
      .querySelector('a.global-nav__me, a[href^="/in/"].global-nav__primary-link-me-menu-trigger')
      ?.getAttribute('href');
    return href?.match(/^\/in\/([^/]+)/)?.[1];
  },
};
