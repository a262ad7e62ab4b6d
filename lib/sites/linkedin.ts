/** LinkedIn: Quill editors (and ProseMirror or plain contenteditable where LinkedIn has moved on). */
import { optedOut, textOf, type ComposeBox, type SiteAdapter } from './types';

const SHARE = '.share-creation-state__text-editor, .share-box, [role="dialog"]';
const COMMENT = '.comments-comment-box, .comments-comment-texteditor';
const EDITOR = [SHARE, COMMENT]
  .flatMap((scope) => scope.split(', '))
  .flatMap((scope) => [`${scope} .ql-editor`, `${scope} .ProseMirror`, `${scope} [contenteditable="true"]`])
  .join(', ');

export const linkedinAdapter: SiteAdapter = {
  platform: 'linkedin',
  findComposeBoxes(root) {
    const editors = new Set<HTMLElement>();
    for (const node of root.querySelectorAll<HTMLElement>(EDITOR)) {
      // Quill's root is the .ql-editor itself; skip editable descendants of an editor already found.
      const root = node.closest<HTMLElement>('.ql-editor, .ProseMirror') ?? node;
      if (root.isContentEditable && !optedOut(root)) editors.add(root);
    }
    return [...editors].map((editor): ComposeBox => {
      const commentBox = editor.closest('.comments-comment-box');
      const update = editor.closest('[data-id^="urn:li:activity"]');
      return {
        editor,
        surface: commentBox ? 'comment' : 'post',
        replyTo: () => {
          if (!commentBox || !update) return undefined;
          const text = textOf(update.querySelector('.update-components-text'));
          return text
            ? { text, author: textOf(update.querySelector('.update-components-actor__name')) }
            : undefined;
        },
        submitButton: () =>
          commentBox
            ? commentBox.querySelector<HTMLElement>('.comments-comment-box__submit-button')
            : (editor
                .closest('[role="dialog"], .share-box')
                ?.querySelector<HTMLElement>('.share-actions__primary-action') ?? null),
        submitsOnEnter: false,
      };
    });
  },
  accountHandle(doc) {
    const href = doc
      .querySelector('a.global-nav__me, a[href^="/in/"].global-nav__primary-link-me-menu-trigger')
      ?.getAttribute('href');
    return href?.match(/^\/in\/([^/]+)/)?.[1];
  },
};
