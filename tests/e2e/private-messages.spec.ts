/**
 * Private messages get no overlay at all: the policy sends customers to DMs, so a public-post
 * nudge there is wrong. Each page also has a public compose box, whose check is the positive
 * signal that the content script has scanned the page and is checking drafts.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { Site } from './harness';
import { modelText, posted, typeAtEnd, waitForCheck } from './guidance-helpers';

/** Breaks the policy three ways (confidential, a phone number, an e-mail address). */
const DRAFT = 'Our Q3 earnings will beat expectations. Call me at (512) 555-0143 or amy@example.com';
const PUBLIC_DRAFT = 'Happy to help, call me at (512) 555-0143 tomorrow.';

interface PrivateSurface {
  site: Site;
  name: string;
  url: string;
  /** The private message box, and the fixture's id for its model. */
  editor: string;
  id: string;
  /** How the message is sent: a plain Enter, or a click on this button. */
  send: 'Enter' | string;
  /** A public box on the same page, and what brings it up. */
  publicEditor: string;
  openPublic?: (page: Page) => Promise<void>;
  /** The overlay hosts the page has once the public boxes are found (one per box). */
  publicBoxes: number;
}

const openXComposer = (page: Page) => page.click('[data-testid="SideNav_NewTweet_Button"]');

const PRIVATE: PrivateSurface[] = [
  {
    site: 'x',
    name: 'DM drawer (Draft editor)',
    url: 'https://x.com/home',
    editor: '[data-testid="dmComposerTextInput"]',
    id: 'dm-drawer',
    send: 'Enter',
    publicEditor: '#inline-composer [data-testid="tweetTextarea_0"]',
    publicBoxes: 1,
  },
  {
    site: 'x',
    name: '/i/chat in the chat app’s open shadow root',
    url: 'https://x.com/i/chat/1',
    editor: '[data-testid="xchatEmbedRoute"] [data-testid="dm-composer-textarea"]',
    id: 'chat',
    send: '[data-testid="dm-composer-send-button"]',
    publicEditor: '[role="dialog"] [data-testid="tweetTextarea_0"]',
    openPublic: openXComposer,
    publicBoxes: 1,
  },
  {
    site: 'x',
    name: '/i/chat without a shadow root',
    url: 'https://x.com/i/chat/1?layout=light',
    editor: '[data-testid="dm-composer-textarea"]',
    id: 'chat',
    send: '[data-testid="dm-composer-send-button"]',
    publicEditor: '[role="dialog"] [data-testid="tweetTextarea_0"]',
    openPublic: openXComposer,
    publicBoxes: 1,
  },
  {
    site: 'facebook',
    name: 'Messenger chat tab (Lexical)',
    url: 'https://www.facebook.com/',
    editor: '.chat-tab [aria-label="Message"]',
    id: 'messenger',
    send: 'Enter',
    publicEditor: '[data-pagelet="FeedUnit_0"] [aria-label="Write a comment…"]',
    publicBoxes: 3,
  },
];

/** Types at the end of the public box and waits until its overlay has checked all it holds. */
async function publicBoxChecked(
  page: Page,
  spec: PrivateSurface,
  text: string,
  total: number,
): Promise<void> {
  await typeAtEnd(page, page.locator(spec.publicEditor), text);
  await waitForCheck(page.locator(`ambassador-overlay[data-length="${total}"]`), total);
}

for (const spec of PRIVATE) {
  test(`${spec.site}: ${spec.name} gets no overlay, before or after a draft that breaks the policy, and sends unhindered`, async ({
    open,
  }) => {
    const page = await open(spec.site);
    await page.goto(spec.url);
    const editor: Locator = page.locator(spec.editor);
    await expect(editor).toBeVisible();
    await spec.openPublic?.(page);
    const hosts = page.locator('ambassador-overlay');
    const privateHost = page.locator(`ambassador-overlay[data-length="${DRAFT.length}"]`);
    // The page settled: a public box has checked its draft; each public box has its overlay, the
    // private one has none.
    await publicBoxChecked(page, spec, PUBLIC_DRAFT, PUBLIC_DRAFT.length);
    await expect(hosts).toHaveCount(spec.publicBoxes);

    // Focus, not a click: the public composer may be a modal over the chat.
    await editor.focus();
    await page.keyboard.type(DRAFT, { delay: 2 });
    expect(await modelText(page, spec.id)).toBe(DRAFT);
    // A check drawn after the private draft was typed: a session on the private box would have
    // checked it by then, on a host of its own.
    await publicBoxChecked(page, spec, ' Thanks!', PUBLIC_DRAFT.length + ' Thanks!'.length);
    await expect(hosts).toHaveCount(spec.publicBoxes);
    await expect(privateHost).toHaveCount(0);

    if (spec.send === 'Enter') {
      await editor.focus();
      await page.keyboard.press('Enter');
    } else await page.locator(spec.send).dispatchEvent('click');
    await expect.poll(() => posted(page)).toEqual([{ editor: spec.id, text: DRAFT }]);
  });
}
