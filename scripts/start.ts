/**
 * `npm start`: builds the extension and the fixture pages, then opens Chromium with the extension
 * loaded on the playground (X, Facebook and LinkedIn compose boxes at their real URLs, served
 * locally). `npm start -- --headless` (automatic when there is no display) runs the same session
 * headless and writes screenshots to artifacts/ (or `--out DIR`).
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, openSite, ROOT, SITE_URLS, type Site } from '../tests/e2e/harness';

const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || noDisplay;
if (noDisplay && !process.argv.includes('--headless')) console.log('No display found: running headless.');

const run = (command: string) => execSync(command, { cwd: ROOT, stdio: 'inherit' });
if (!process.argv.includes('--no-build')) {
  run('npx wxt build');
  run('node scripts/build-fixtures.mjs');
}

/**
 * A draft per site that shows the nudges at work, and what is opened: the badge's list of every
 * card, or (Alt+Shift+A) the most pressing finding's card beside its words.
 */
const DEMO: Record<Site, { editor: string; text: string; open: 'list' | 'card' }> = {
  x: {
    editor: '[data-testid="tweetTextarea_0"]',
    text: 'The new XPS 14 is the best laptop I have used. Call me at (512) 555-0143 to try it!',
    open: 'list',
  },
  facebook: {
    editor: '[role="article"] [data-lexical-editor="true"]',
    text: 'So sorry about the laptop! Have you tried reinstalling the drivers? Email me at amy@example.com',
    open: 'card',
  },
  linkedin: {
    editor: '.comments-comment-box .ql-editor',
    text: 'Our PowerEdge team is hiring! Ping me at 415-555-0199.',
    open: 'card',
  },
};

const { context } = await launch({ headless });
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? resolve(process.argv[outFlag + 1] ?? 'artifacts') : join(ROOT, 'artifacts');
mkdirSync(outDir, { recursive: true });
for (const site of Object.keys(SITE_URLS) as Site[]) {
  const page = await openSite(context, site);
  const editor = page.locator(DEMO[site].editor).first();
  await editor.click();
  await page.keyboard.type(DEMO[site].text, { delay: 5 });
  await page.locator('ambassador-overlay .badge').first().waitFor();
  // The check after the last keystroke: what the shortcut opens is the finished draft's.
  await page.waitForTimeout(300);
  if (DEMO[site].open === 'list') await page.locator('ambassador-overlay .badge').first().click();
  else await page.keyboard.press('Alt+Shift+A');
  await page.locator('ambassador-overlay .panel').first().waitFor();
  if (headless) {
    // The card as it settles, without its fade-in.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const file = join(outDir, `playground-${site}.png`);
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
  }
}
if (headless) {
  await context.close();
} else {
  console.log('Playground open. Close the browser window to finish.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
