// @vitest-environment happy-dom
/**
 * The Facebook adapter on markup shaped like the live site's (see tests/fixtures/src/facebook.ts
 * for the sources): boxes told by their labels, the post found past a comment's own article.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyFacebookBox, facebookAdapter } from '../../../lib/sites/facebook';

const box = (label: string) =>
  `<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"></div>`;
const form = (label: string) =>
  `<form role="presentation">${box(label)}<div id="focused-state-composer-submit"><span><div role="button" aria-label="Comment">Send</div></span></div></form>`;

const POST = 'My laptop broke. Worst support ever.';
const post = (textAttr = 'data-ad-rendering-role="story_message"') =>
  `<div role="article"><h3 data-ad-rendering-role="profile_name"><a href="/fran">Fran</a></h3><div ${textAttr}>${POST}</div>`;
const comment = (inside = '') =>
  `<div role="article" aria-label="Comment by Hank"><a href="/hank">Hank</a><div>Try support?</div>${inside}</div>`;

function page(html: string): void {
  document.body.innerHTML = html;
}

const boxes = () => facebookAdapter.findComposeBoxes(document);
const boxLabelled = (label: string) => {
  const found = boxes().find((b) => b.editor.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no box "${label}"`);
  return found;
};

beforeEach(() => page(''));

describe('classifyFacebookBox', () => {
  it.each([
    ['Write a comment…', 'comment'],
    ['Comment as Amy Writes', 'comment'],
    ['Reply to Helpful Hank', 'reply'],
    ['Message', 'message'],
    ["What's on your mind, Amy?", 'post'],
  ])('%s → %s', (label, kind) => {
    page(box(label));
    expect(classifyFacebookBox(document.querySelector('[role="textbox"]')!)).toBe(kind);
  });

  it('on the Messenger pages any box is a private message, whatever its label says', () => {
    history.pushState(null, '', '/messages/t/1');
    try {
      page(box('Aa'));
      expect(classifyFacebookBox(document.querySelector('[role="textbox"]')!)).toBe('message');
    } finally {
      history.pushState(null, '', '/');
    }
  });

  it('a box with an unknown label is a comment inside a feed post and a post composer elsewhere', () => {
    page(
      `<div data-pagelet="FeedUnit_0">${post()}${box('Écrivez un commentaire…')}</div></div>${box('Quoi de neuf ?')}`,
    );
    const [inPost, outside] = [...document.querySelectorAll<HTMLElement>('[role="textbox"]')];
    expect(classifyFacebookBox(inPost!)).toBe('comment');
    expect(classifyFacebookBox(outside!)).toBe('post');
  });
});

describe('facebookAdapter', () => {
  it('leaves Messenger chat boxes alone', () => {
    page(`<div class="chat-tab">${box('Message')}</div>${form('Write a comment…')}`);
    expect(boxes().map((b) => b.editor.getAttribute('aria-label'))).toEqual(['Write a comment…']);
  });

  it('a comment and a reply in a post opened as a modal answer the post, not the comment, and hold the Comment button', () => {
    page(
      `<div role="dialog" aria-label="Fran's post"><h2>Fran's post</h2>${post()}</div>` +
        `${comment(form('Reply to Hank'))}${form('Comment as Amy')}</div>`,
    );
    for (const [label, surface] of [
      ['Reply to Hank', 'reply'],
      ['Comment as Amy', 'comment'],
    ] as const) {
      const found = boxLabelled(label);
      expect(found.surface).toBe(surface);
      expect(found.replyTo()).toEqual({ text: POST, author: 'Fran' });
      expect(found.submitButton()?.closest('form')).toBe(found.editor.closest('form'));
      expect(found.submitsOnEnter).toBe(true);
    }
  });

  it('the focused comment form’s submit is found by its id, whatever its label’s language', () => {
    const french = form('Écrivez un commentaire…').replace('aria-label="Comment"', 'aria-label="Commenter"');
    page(`<div data-pagelet="FeedUnit_0">${post()}${french}</div></div>`);
    const [found] = boxes();
    expect(found!.surface).toBe('comment');
    expect(found!.submitButton()?.getAttribute('aria-label')).toBe('Commenter');
  });

  it('a reply in the feed answers its feed unit’s post, read from the older data-ad-preview markup too', () => {
    page(
      `<div data-pagelet="FeedUnit_3">${post('data-ad-preview="message"')}${comment(form('Reply to Hank'))}</div></div>`,
    );
    expect(boxLabelled('Reply to Hank').replyTo()).toEqual({ text: POST, author: 'Fran' });
  });

  it('without a feed unit, the topmost article is the post', () => {
    page(`${post()}${comment(form('Reply to Hank'))}</div>`);
    expect(boxLabelled('Reply to Hank').replyTo()?.text).toBe(POST);
  });

  it('the Create-post dialog: Post, or Next where it comes first; no Enter submit, no reply context', () => {
    const dialog = (button: string) =>
      `<div role="dialog" aria-label="Create post">${box("What's on your mind?")}<div role="button" aria-label="${button}">${button}</div></div>`;
    for (const button of ['Post', 'Next']) {
      page(dialog(button));
      const [found] = boxes();
      expect(found!.surface).toBe('post');
      expect(found!.submitButton()?.getAttribute('aria-label')).toBe(button);
      expect(found!.submitsOnEnter).toBe(false);
      expect(found!.replyTo()).toBeUndefined();
    }
  });
});
