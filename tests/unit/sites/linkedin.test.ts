// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../../lib/sites/linkedin';

/** The markup of each LinkedIn surface, cut down to the signals the adapter reads. */
const FEED = `
  <div data-id="urn:li:activity:1" class="feed-shared-update-v2">
    <span class="update-components-actor__name">Fran</span>
    <div class="update-components-text"><span>It is broken</span></div>
    <div class="comments-comment-box">
      <div class="comments-comment-texteditor"><div class="ql-editor" contenteditable="true" id="classic"></div></div>
      <button class="comments-comment-box__submit-button">Comment</button>
    </div>
  </div>
  <div role="listitem"><div data-view-name="feed-full-update">
    <div data-view-name="feed-commentary"><span>Post text</span></div>
    <div data-view-name="comment-box">
      <div aria-label="Text editor for creating comment"><div class="tiptap ProseMirror" contenteditable="true" role="textbox" id="v2-comment"></div></div>
      <button data-view-name="comment-post">Comment</button>
    </div>
    <article>
      <a data-view-name="comment-actor-picture" href="/in/pat/"></a>
      <span data-testid="expandable-text-box">Comment text</span>
      <div>
        <a data-view-name="reply-actor-picture" href="/in/amy/"></a>
        <div data-view-name="comment-box">
          <div class="tiptap ProseMirror" contenteditable="true" role="textbox" id="v2-reply"></div>
          <button data-view-name="comment-post">Reply</button>
        </div>
      </div>
    </article>
  </div></div>
  <aside class="msg-overlay-container"><div role="dialog"><form class="msg-form">
    <div class="msg-form__contenteditable" contenteditable="true" role="textbox" id="messaging"></div>
  </form></div></aside>
  <div role="dialog" aria-label="Some other dialog"><div contenteditable="true" id="other-dialog"></div></div>
  <div id="interop-outlet"></div>`;

const boxes = (root: Document | ShadowRoot) =>
  Object.fromEntries(linkedinAdapter.findComposeBoxes(root).map((box) => [box.editor.id, box]));

describe('linkedinAdapter', () => {
  beforeEach(() => {
    document.body.innerHTML = FEED;
  });

  it('finds the classic and TipTap comment boxes, and neither messaging nor an unknown dialog', () => {
    expect(Object.keys(boxes(document)).sort()).toEqual(['classic', 'v2-comment', 'v2-reply']);
  });

  it('reads each box context from its own layout: the post for a comment, the comment for a reply', () => {
    const found = boxes(document);
    expect(found.classic!.surface).toBe('comment');
    expect(found.classic!.replyTo()).toEqual({ text: 'It is broken', author: 'Fran' });
    expect(found.classic!.submitButton()?.textContent).toBe('Comment');
    expect(found['v2-comment']!.surface).toBe('comment');
    expect(found['v2-comment']!.replyTo()).toEqual({ text: 'Post text' });
    expect(found['v2-reply']!.surface).toBe('reply');
    expect(found['v2-reply']!.replyTo()).toEqual({ text: 'Comment text' });
    expect(found['v2-reply']!.submitButton()?.textContent).toBe('Reply');
  });

  it('finds the share composer inside the #interop-outlet shadow root, with its Post button', () => {
    expect(linkedinAdapter.shadowHosts).toContain('#interop-outlet');
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div data-test-modal role="dialog"><div class="share-creation-state__text-editor">
      <div class="ql-editor" contenteditable="true" id="share"></div></div>
      <button class="share-actions__primary-action">Post</button></div>`;
    const found = boxes(shadow);
    expect(Object.keys(found)).toEqual(['share']);
    expect(found.share!.surface).toBe('post');
    expect(found.share!.replyTo()).toBeUndefined();
    expect(found.share!.submitButton()?.textContent).toBe('Post');
  });
});
