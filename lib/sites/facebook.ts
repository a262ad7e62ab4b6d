/** Facebook: Lexical editors; the post composer in a dialog, comment boxes inside articles. */
import { optedOut, textOf, type ComposeBox, type SiteAdapter } from './types';

const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  findComposeBoxes(root) {
    return [...root.querySelectorAll<HTMLElement>(EDITOR)]
      .filter((editor) => !optedOut(editor))
      .map((editor): ComposeBox => {
        const article = editor.closest('[role="article"]');
        const isComment = !!article && !editor.closest('[role="dialog"]');
        return {
          editor,
          surface: isComment ? 'comment' : 'post',
          replyTo: () => {
            if (!isComment) return undefined;
            const text = textOf(
              article.querySelector('[data-ad-preview="message"], [data-ad-comet-preview="message"]'),
            );
            if (!text) return undefined;
            return { text, author: textOf(article.querySelector('h2 a, h3 a, strong a')) };
          },
          submitButton: () => {
            const scope = isComment ? (editor.closest('form') ?? article) : editor.closest('[role="dialog"]');
            return (
              scope?.querySelector<HTMLElement>(
                isComment
                  ? '[role="button"][aria-label="Comment"], [aria-label="Comment"]'
                  : '[role="button"][aria-label="Post"], [aria-label="Post"]',
              ) ?? null
            );
          },
          submitsOnEnter: isComment,
        };
      });
  },
  accountHandle(doc) {
    const href = doc.querySelector('[role="banner"] a[aria-label="Your profile"]')?.getAttribute('href');
    return href?.replace(/^\//, '').split(/[/?]/)[0] || undefined;
  },
};
