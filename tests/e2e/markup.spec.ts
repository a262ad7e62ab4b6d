/**
 * Markup is text: a draft, a reply's context, a handle and a policy's own words that carry
 * `<img onerror>`, `<script>` or a `javascript:` address are shown as the characters they are, in
 * the overlay, the popup and the options page; nothing in them runs or becomes an element or a link.
 */
import type { Locator, Page } from '@playwright/test';
import { DEFAULT_POLICY_INPUT } from '../../lib/policy';
import { expect, openExtensionPage, test } from './admin-helpers';
import { expectShown, overlayFor, typeAtEnd } from './guidance-helpers';
import { openSite } from './harness';

/** Each payload counts its runs in the page it ran in. */
const IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
const SCRIPT = '<script>window.__pwned=(window.__pwned||0)+1</script>';
const JS_URL = 'javascript:window.__pwned=1';
const PAYLOAD = `${IMG} ${SCRIPT} ${JS_URL}`;

/** A policy whose name, company, guideline, custom rule message and fix label all carry markup. */
const POLICY = {
  ...DEFAULT_POLICY_INPUT,
  name: `Acme ${IMG}`,
  company: `Acme ${SCRIPT}`,
  policyVersion: `9 ${JS_URL}`,
  guidelines: [
    ...DEFAULT_POLICY_INPUT.guidelines,
    {
      id: 'no-markup',
      title: `Markup ${IMG}`,
      summary: `Summary ${SCRIPT}`,
      lesson: `Lesson ${PAYLOAD}`,
      questions: [{ prompt: `Question ${IMG}`, choices: [`Yes ${SCRIPT}`, `No ${JS_URL}`], answer: 0 }],
    },
  ],
  customRules: [
    {
      id: 'markup',
      // Any tag in the draft: the match is quoted back in the message.
      pattern: '<[a-z]+[^>]*>',
      severity: 'warn',
      guideline: 'no-markup',
      message: `Found {match} for {company}. ${PAYLOAD}`,
      fix: { label: `Remove ${IMG}`, replacement: '' },
    },
  ],
};

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: number }).__pwned ?? 0);

/** Nothing of the payload became an element or a link inside `root`. */
async function expectInert(root: Locator): Promise<void> {
  const built = await root.evaluate((node) => {
    const scope = (node as Element).shadowRoot ?? node;
    return {
      elements: scope.querySelectorAll('img, script, iframe, object, embed').length,
      handlers: [...scope.querySelectorAll('*')].filter((e) =>
        [...e.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      scriptLinks: [...scope.querySelectorAll('[href], [src], [action]')].filter((e) =>
        /^\s*javascript:/i.test(
          e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '',
        ),
      ).length,
    };
  });
  expect(built).toEqual({ elements: 0, handlers: 0, scriptLinks: 0 });
}

test('markup in drafts, reply contexts, handles and policy text renders inert in the overlay, popup and options page', async ({
  ext,
}) => {
  test.setTimeout(120_000);
  const options = await openExtensionPage(ext, 'options.html#policy');
  await options.getByTestId('policy-file').setInputFiles({
    name: `${IMG}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(POLICY)),
  });
  await expect(options.getByTestId('import-ok')).toContainText(IMG);
  // A refused import quotes the offending field's name in its error list.
  await options.getByTestId('policy-file').setInputFiles({
    name: `bad ${SCRIPT}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...POLICY, [IMG]: JS_URL })),
  });
  await expect(options.getByTestId('import-errors')).toContainText(`bad ${SCRIPT}.json was not imported`);
  await expect(options.getByTestId('policy-errors')).toContainText(JSON.stringify(IMG));
  await expectInert(options.locator('body'));
  await expect(options.getByTestId('policy-name')).toHaveText(POLICY.name);

  // A reply on a status page: the tweet answered, its author and the account carry markup too.
  const page = await openSite(ext.context, 'x');
  await page.goto('https://x.com/frustrated_fran/status/1');
  await page.evaluate(
    ({ payload, img }) => {
      const tweet = document.querySelector('article[data-testid="tweet"][tabindex="-1"]')!;
      tweet.querySelector('[data-testid="tweetText"]')!.textContent =
        `My laptop won't boot after the update ${payload}. Still waiting on support. Worst ever.`;
      tweet.querySelector('[data-testid="User-Name"] a[href^="/"]')!.setAttribute('href', `/${img}`);
      document.querySelector('a[data-testid="AppTabBar_Profile_Link"]')!.setAttribute('href', `/${img}`);
    },
    { payload: PAYLOAD, img: IMG },
  );
  const editor = page.locator('#inline-reply .public-DraftEditor-content');
  await typeAtEnd(page, editor, `Sorry to hear it. ${PAYLOAD}`);
  await expectShown(page, editor, 'custom.markup');
  const overlay = await overlayFor(page, editor);
  const cards = overlay.locator('.panel');
  if (!(await cards.isVisible())) await overlay.locator('.badge').click();
  const card = overlay.locator('.card[data-rule-id="custom.markup"]').first();
  // Shown as text: the message quotes the draft's tag and the policy's words literally.
  await expect(card.locator('.message')).toContainText(`for Acme ${SCRIPT}. ${PAYLOAD}`);
  // After the severity ("To review · "), the guideline's title as the policy wrote it.
  await expect(card.locator('.guideline')).toContainText(`Markup ${IMG}`);
  await expect(card.getByRole('button', { name: `Remove ${IMG}` })).toBeVisible();
  await expectInert(overlay);
  // Give a broken image time to fire its handler, had one been made.
  await page.waitForTimeout(300);
  expect(await pwned(page)).toBe(0);

  const popup = await openExtensionPage(ext, 'popup.html');
  await expect(popup.getByTestId('policy-name')).toContainText(POLICY.name);
  await expectInert(popup.locator('body'));
  expect(await pwned(popup)).toBe(0);

  await options.reload();
  await expect(options.getByTestId('policy-name')).toHaveText(POLICY.name);
  await options.getByText('Guidelines', { exact: true }).click();
  await expect(options.locator('.guidelines')).toContainText(`Markup ${IMG} — Summary ${SCRIPT}`);
  await options.getByTestId('start-course').click();
  await options.getByTestId('next-lesson').or(options.getByTestId('check-answers')).first().waitFor();
  await expectInert(options.locator('body'));
  expect(await pwned(options)).toBe(0);
});
