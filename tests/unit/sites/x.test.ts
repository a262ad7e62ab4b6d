// @vitest-environment happy-dom
/**
 * The X adapter on markup shaped like the live site's (see tests/fixtures/src/x.ts for the sources):
 * compose boxes found in today's and the older layout, direct messages left alone, in a shadow
 * root too (the /i/chat app renders into one).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { isDirectMessage, X_FEED, xAdapter } from '../../../lib/sites/x';
import { permalinkOf } from '../../../lib/sites/types';

const draft = (testId?: string) =>
  `<div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox"${testId ? ` data-testid="${testId}"` : ''}></div></div></div>`;
/** X's 2025 bundle: the test id on the contenteditable, a container and a label around it. */
const composer = `<label data-testid="tweetTextarea_0_label"><div data-testid="tweetTextarea_0RichTextInputContainer">${draft('tweetTextarea_0')}</div></label><button data-testid="tweetButtonInline">Post</button>`;

const found = () => xAdapter.findComposeBoxes(document).map((b) => b.editor);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('xAdapter', () => {
  it('finds the composer by the test id on its contenteditable, with its post button', () => {
    document.body.innerHTML = `<main>${composer}</main>`;
    const [box] = xAdapter.findComposeBoxes(document);
    expect(box?.editor.dataset.testid).toBe('tweetTextarea_0');
    expect(box?.submitButton()?.dataset.testid).toBe('tweetButtonInline');
  });

  it('finds the older layout (test id on a wrapper) and the mobile textarea', () => {
    document.body.innerHTML = `<main><div data-testid="tweetTextarea_0">${draft()}</div><div data-testid="tweetTextarea_1"><textarea></textarea></div></main>`;
    expect(found().map((e) => e.tagName)).toEqual(['DIV', 'TEXTAREA']);
  });

  it('leaves the DM drawer’s Draft editor and the chat textarea alone', () => {
    document.body.innerHTML =
      `<main>${composer}</main><section data-testid="DMDrawer">${draft('dmComposerTextInput')}</section>` +
      `<div><textarea data-testid="dm-composer-textarea"></textarea></div>`;
    expect(found().map((e) => e.dataset.testid)).toEqual(['tweetTextarea_0']);
  });

  it('searching the /i/chat app’s shadow root finds nothing, whatever editor it renders', () => {
    const host = document.createElement('div');
    host.dataset.testid = 'xchatEmbedRoute';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    // A Draft editor would match the compose-box selectors: only the host marks it private.
    root.innerHTML = `<div data-testid="dm-conversation-panel">${draft()}<textarea data-testid="dm-composer-textarea"></textarea></div>`;
    expect(root.querySelector('.public-DraftEditor-content')).not.toBeNull();
    expect(isDirectMessage(root.querySelector('.public-DraftEditor-content')!)).toBe(true);
    expect(xAdapter.findComposeBoxes(root as unknown as Document)).toEqual([]);
  });
});

describe('X_FEED.address', () => {
  // A tweet as insin/control-panel-for-twitter (2026) reads it: the status link around <time>.
  const tweet = (inner: string) => `<article data-testid="tweet">${inner}</article>`;
  const status = (path: string) =>
    `<a href="${path}"><time datetime="2026-11-30T12:00:00.000Z">Nov 30</time></a>`;
  const address = () => X_FEED.address(document.querySelector('article')!);

  it('is the tweet’s own status link as written, not a quoted tweet’s after it', () => {
    document.body.innerHTML = tweet(
      `${status('/fran/status/1800000000001')}<div data-testid="tweetText">Look</div>` +
        `<div role="link">${status('/hank/status/1700000000002')}</div>`,
    );
    expect(address()).toBe('/fran/status/1800000000001');
    expect(permalinkOf(address(), 'https://x.com/home')).toBe('https://x.com/fran/status/1800000000001');
  });

  it('is undefined for a promoted tweet, which has no status time', () => {
    document.body.innerHTML = tweet('<span>Ad</span><div data-testid="tweetText">Buy</div>');
    expect(address()).toBeUndefined();
    document.body.innerHTML = tweet('<a href="/fran"><time>Nov 30</time></a>');
    expect(address()).toBeUndefined();
    expect(permalinkOf(undefined, 'https://x.com/home')).toBeUndefined();
  });
});
