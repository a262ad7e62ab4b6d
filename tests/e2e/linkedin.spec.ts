/**
 * LinkedIn beyond the guidance every surface gets (guidance.spec.ts): a multi-line fix goes into
 * the shadow-root Quill composer and the TipTap boxes as lines of the editor's own model, and the
 * messaging box, a private conversation, gets no overlay at all.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openExtensionPage } from './harness';
import {
  SURFACES,
  clickFix,
  expectShown,
  modelText,
  promisedText,
  typeAtEnd,
  type SurfaceSpec,
} from './guidance-helpers';
import { MULTI_LINE_HANDOFF_INPUT, multiLineHandoffPolicy } from './surfaces';

const surface = (name: string) => SURFACES.find((s) => s.site === 'linkedin' && s.name === name)!;

const policy = multiLineHandoffPolicy();

async function importPolicy(launched: Parameters<typeof openExtensionPage>[0]): Promise<void> {
  const options = await openExtensionPage(launched, 'options.html#policy');
  await options.getByTestId('policy-file').setInputFiles({
    name: 'multi-line.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(MULTI_LINE_HANDOFF_INPUT)),
  });
  await expect(options.getByTestId('policy-in-force')).toHaveAttribute('data-source', 'imported');
  await options.close();
}

async function openSurface(page: Page, spec: SurfaceSpec) {
  await spec.open?.(page);
  const editor = page.locator(spec.editor);
  await expect(editor).toBeVisible();
  return editor;
}

const HANDOFF_CASES = [
  // Into a non-empty draft: the troubleshooting phrase asks for the hand-off, which replaces it.
  {
    name: 'share composer in the shadow root',
    draft: 'Try to reinstall the driver first',
    rule: 'handoff.troubleshooting',
  },
  { name: 'TipTap comment box', draft: 'Did you reinstall the driver?', rule: 'handoff.troubleshooting' },
  // Into an empty draft: the comment answered is a complaint.
  { name: 'TipTap reply box', draft: '', rule: 'handoff.complaint' },
];

for (const { name, draft, rule } of HANDOFF_CASES) {
  test(`linkedin ${name}: a multi-line hand-off goes in as lines of the editor's model`, async ({
    browserWithExtension,
  }) => {
    await importPolicy(browserWithExtension);
    const spec = surface(name);
    const page = await browserWithExtension.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    const editor = await openSurface(page, spec);
    if (draft) await typeAtEnd(page, editor, draft);
    else await editor.click();
    await expectShown(page, editor, rule);
    const promised = promisedText(spec, draft, rule, 0, policy);
    expect(promised.split('\n')).toHaveLength(4);
    await clickFix(page, editor, rule);
    await expect.poll(() => modelText(page, spec.id)).toBe(promised);
  });
}

test('linkedin: the messaging box gets no overlay, while the feed boxes around it do', async ({ open }) => {
  const page = await open('linkedin');
  const messaging = page.locator('.msg-form__contenteditable');
  await typeAtEnd(page, messaging, 'Sure, text me at (512) 555-0143 tonight.');
  expect(await modelText(page, 'messaging')).toBe('Sure, text me at (512) 555-0143 tonight.');
  // The positive signal: a comment box typed into after it is checked and shows its nudge.
  const comment = page.locator(surface('classic Quill comment box').editor);
  await typeAtEnd(page, comment, 'Call me at (512) 555-0143.');
  await expectShown(page, comment, 'pii.phone');
  // One overlay per feed comment box (three classic, two TipTap), none for the messaging box.
  await expect(page.locator('ambassador-overlay')).toHaveCount(5);
  const boxes = await page
    .locator('ambassador-overlay')
    .evaluateAll((hosts) => hosts.map((host) => (host as HTMLElement).dataset.surface));
  expect(boxes).toEqual(['comment', 'comment', 'comment', 'comment', 'comment']);
});

test('linkedin TipTap comment box: an editor that refuses the fix keeps the draft and gets the text on the clipboard', async ({
  browserWithExtension,
  open,
}) => {
  await browserWithExtension.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://www.linkedin.com',
  });
  const spec = surface('TipTap comment box');
  const page = await open('linkedin', '?refuse=tiptap');
  const editor = page.locator(spec.editor);
  const draft = 'Happy to help, call me at (512) 555-0143 tomorrow.';
  await typeAtEnd(page, editor, draft);
  expect(await modelText(page, spec.id)).toBe(draft);
  const overlay = await expectShown(page, editor, 'pii.phone');
  await clickFix(page, editor, 'pii.phone');
  await expect(overlay.locator('.status')).toContainText('did not accept');
  expect(await modelText(page, spec.id)).toBe(draft);
  await expect(editor).toHaveText(draft);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(promisedText(spec, draft, 'pii.phone'));
});
