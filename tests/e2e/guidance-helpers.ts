/** Helpers for driving compose boxes and the overlay in the e2e specs. */
import { expect, type Locator, type Page } from '@playwright/test';

export { SURFACES, expectedFindings, promisedText, type SurfaceSpec } from './surfaces';

export function modelText(page: Page, id: string): Promise<string> {
  return page.evaluate((editorId) => window.__fixture.text(editorId), id);
}

export function posted(page: Page): Promise<{ editor: string; text: string }[]> {
  return page.evaluate(() => window.__fixture.posted);
}

/** Puts the caret at the end of the editor and types like a person. */
export async function typeAtEnd(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text, { delay: 2 });
}

/** The overlay host that belongs to this editor: the one whose badge sits closest to it. */
export async function overlayFor(page: Page, editor: Locator): Promise<Locator> {
  const box = await editor.boundingBox();
  if (!box) throw new Error('editor is not visible');
  // The check runs a moment after the last keystroke: wait for a badge to be drawn.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('ambassador-overlay')].some((host) =>
      host.shadowRoot?.querySelector('.badge'),
    ),
  );
  const id = await page.evaluate((editorBox) => {
    const hosts = [...document.querySelectorAll('ambassador-overlay')];
    let best: string | undefined;
    let bestDistance = Infinity;
    hosts.forEach((host) => {
      const badge = host.shadowRoot?.querySelector('.badge');
      if (!badge) return;
      const r = badge.getBoundingClientRect();
      const [cx, cy] = [r.x + r.width / 2, r.y + r.height / 2];
      const dx = Math.max(editorBox.x - cx, 0, cx - (editorBox.x + editorBox.width));
      const dy = Math.max(editorBox.y - cy, 0, cy - (editorBox.y + editorBox.height));
      const distance = Math.hypot(dx, dy);
      if (distance < bestDistance) [best, bestDistance] = [(host as HTMLElement).dataset.box, distance];
    });
    return best;
  }, box);
  if (!id) throw new Error('no overlay with a badge on the page');
  // By its number, not its position: a page that re-renders <body> moves the hosts around.
  return page.locator(`ambassador-overlay[data-box="${id}"]`);
}

/**
 * The rule ids an overlay shows, read from the badge's list of cards as the employee sees it
 * (opened from the badge, and closed again when it was closed); a merged card names each of its
 * rules. None when there is no badge.
 */
export async function shownRuleIds(overlay: Locator): Promise<string[]> {
  const badge = overlay.locator('.badge');
  if ((await badge.count()) === 0) return [];
  const panel = overlay.locator('.panel.list');
  const wasOpen = (await panel.count()) > 0;
  // The overlay draws at the page's next animation frame, so a click is seen only once the list
  // is there (or gone): reading the cards right after the click raced that frame on a busy machine.
  // A card open beside its words gives way to the list.
  if (!wasOpen) {
    await badge.click();
    await panel.first().waitFor({ state: 'attached', timeout: 5_000 });
  }
  const ids = await overlay
    .locator('.panel.list .card')
    .evaluateAll((cards) => cards.flatMap((card) => card.getAttribute('data-rule-ids')!.split(' ')));
  if (!wasOpen) {
    await badge.click();
    await panel.first().waitFor({ state: 'detached', timeout: 5_000 });
    await drawn(overlay);
  }
  return ids;
}

/** Waits until the editor's overlay shows the finding for `ruleId`; returns that overlay. */
export async function expectShown(
  page: Page,
  editor: Locator,
  ruleId: string,
  timeout?: number,
): Promise<Locator> {
  // The overlay is looked up again on every try: the nearest badge at first may be another box's,
  // drawn before this box's first check.
  await expect.poll(async () => shownRuleIds(await overlayFor(page, editor)), { timeout }).toContain(ruleId);
  return overlayFor(page, editor);
}

/**
 * Two animation frames in the page: a check that already ran (a click that closes the cards
 * re-checks on focus) is drawn by then, so a count read afterwards is not one behind.
 */
async function drawn(overlay: Locator): Promise<void> {
  await overlay
    .page()
    .evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** How many checks the overlay has drawn (its host says so: counts only, never text or findings). */
export async function checksDrawn(overlay: Locator): Promise<number> {
  await drawn(overlay);
  return Number(await overlay.getAttribute('data-checks'));
}

/**
 * Waits until the overlay has drawn a check, after the first `after` ones, of a text `length`
 * UTF-16 units long: the positive signal that an absence can then be asserted on.
 */
export async function waitForCheck(overlay: Locator, length: number, after = 0): Promise<void> {
  const drawnLength = async () =>
    (await checksDrawn(overlay)) > after ? Number(await overlay.getAttribute('data-length')) : undefined;
  await expect.poll(drawnLength).toBe(length);
}

/** Opens the overlay's cards and clicks the first fix of the card for `ruleId`. */
export async function clickFix(page: Page, editor: Locator, ruleId: string, fixIndex = 0): Promise<void> {
  const overlay = await overlayFor(page, editor);
  // The first card of the rule: the engine's first finding for it (tests compute that one's fix).
  // A merged card names every rule it stands for.
  const card = overlay.locator(`.card[data-rule-ids~="${ruleId}"]`).first();
  if (!(await card.isVisible())) await overlay.locator('.badge').click();
  await card.locator('.actions button').nth(fixIndex).click();
}
