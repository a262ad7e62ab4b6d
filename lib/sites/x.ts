/** X (Twitter): Draft.js editors (or a <textarea> on mobile) inside `tweetTextarea_N` wrappers. */
import { optedOut, textOf, type ComposeBox, type SiteAdapter } from './types';

const WRAPPER = '[data-testid^="tweetTextarea_"]';
const EDITOR = `${WRAPPER} .public-DraftEditor-content, ${WRAPPER} textarea`;

function replyContext(editor: HTMLElement): ComposeBox['replyTo'] {
  return () => {
    // In a reply modal the answered tweet sits in the same dialog; on a status page it is the
    // focused tweet (tabindex="-1").
    const dialog = editor.closest('[role="dialog"]');
    const article = dialog
      ? dialog.querySelector('article[data-testid="tweet"]')
      : /\/status\/\d+/.test(location.pathname)
        ? document.querySelector('article[data-testid="tweet"][tabindex="-1"]')
        : null;
    const text = textOf(article?.querySelector('[data-testid="tweetText"]'));
    if (!text) return undefined;
    const author = article
      ?.querySelector('[data-testid="User-Name"] a[href^="/"]')
      ?.getAttribute('href')
      ?.slice(1);
    return { text, author: author || undefined };
  };
}

function submitButton(editor: HTMLElement): () => HTMLElement | null {
  return () => {
    // The post button shares the nearest container that also holds the toolbar.
    for (let node = editor.parentElement; node; node = node.parentElement) {
      const button = node.querySelector<HTMLElement>('button[data-testid^="tweetButton"]');
      if (button) return button;
    }
    return null;
  };
}

export const xAdapter: SiteAdapter = {
  platform: 'x',
  findComposeBoxes(root) {
    return [...root.querySelectorAll<HTMLElement>(EDITOR)]
      .filter((editor) => !optedOut(editor))
      .map((editor) => {
        const replyTo = replyContext(editor);
        return {
          editor,
          get surface() {
            return replyTo() ? 'reply' : 'post';
          },
          replyTo,
          submitButton: submitButton(editor),
          submitsOnEnter: false,
        } satisfies ComposeBox;
      });
  },
  accountHandle(doc) {
    const href = doc.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.getAttribute('href');
    if (href) return href.replace(/^\//, '').split('/')[0] || undefined;
    const avatar = doc.querySelector(
      '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
    );
    return avatar?.getAttribute('data-testid')?.replace('UserAvatar-Container-', '') || undefined;
  },
};
