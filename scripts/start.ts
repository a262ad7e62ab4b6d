/**
 * `npm start`: builds the extension and the fixture pages, then opens Chromium with the extension
 * loaded on the playground (X, Facebook and LinkedIn compose boxes at their real URLs, served
 * locally). `npm start -- --headless` (automatic when there is no display) runs the same session
 * headless and writes screenshots to artifacts/ (or `--out DIR`).
 *
 * `--browser firefox`: the same session in Firefox ESR with the Firefox build (headless, screenshots
 * named playground-<site>-firefox.png). `--store`: 1280×800 pages, the size the Chrome Web Store,
 * Edge Add-ons and AMO want, named store-<site>[-firefox].png.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, openSite, ROOT, SITE_URLS, type Site } from '../tests/e2e/harness';
import { launchFirefox, openSite as openFirefoxSite } from '../tests/firefox/harness';

const argValue = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const firefox = argValue('--browser') === 'firefox';
if (argValue('--browser') && !['chromium', 'firefox'].includes(argValue('--browser')!))
  throw new Error(`--browser takes chromium or firefox, not "${argValue('--browser')}".`);
const store = process.argv.includes('--store');
const viewport = store ? { width: 1280, height: 800 } : { width: 1100, height: 800 };

const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
// Firefox is driven headless only: the playground there is for screenshots.
const headless = process.argv.includes('--headless') || noDisplay || firefox;
if (noDisplay && !process.argv.includes('--headless')) console.log('No display found: running headless.');

const run = (command: string) => execSync(command, { cwd: ROOT, stdio: 'inherit' });
run(`node scripts/ensure-browsers.mjs ${firefox ? 'firefox' : 'chromium'}`);
if (!process.argv.includes('--no-build')) {
  // The e2e build: the playground's driver reads the overlay through its test hook.
  run(firefox ? 'npm run build:e2e:firefox' : 'npm run build:e2e');
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

/** One site of the playground in a browser: types the demo draft and opens its nudges. */
interface Playground {
  show(site: Site): Promise<void>;
  screenshot(site: Site, file: string): Promise<void>;
  /** Resolves when the session is over (headed: when the window is closed). */
  finish(): Promise<void>;
}

// The check after the last keystroke: what is opened is the finished draft's.
const CHECK_SETTLES_MS = 300;

async function chromiumPlayground(): Promise<Playground> {
  const { context } = await launch({ headless, viewport });
  const pages = new Map<Site, Awaited<ReturnType<typeof openSite>>>();
  return {
    async show(site) {
      const page = await openSite(context, site);
      pages.set(site, page);
      await page.locator(DEMO[site].editor).first().click();
      await page.keyboard.type(DEMO[site].text, { delay: 5 });
      await page.locator('ambassador-overlay .badge').first().waitFor();
      await page.waitForTimeout(CHECK_SETTLES_MS);
      if (DEMO[site].open === 'list') await page.locator('ambassador-overlay .badge').first().click();
      else await page.keyboard.press('Alt+Shift+A');
      await page.locator('ambassador-overlay .panel').first().waitFor();
    },
    async screenshot(site, file) {
      const page = pages.get(site)!;
      // The card as it settles, without its fade-in.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.screenshot({ path: file });
    },
    async finish() {
      if (headless) return context.close();
      console.log('Playground open. Close the browser window to finish.');
      await new Promise<void>((done) => context.on('close', () => done()));
    },
  };
}

async function firefoxPlayground(): Promise<Playground> {
  const browser = await launchFirefox({ viewport });
  const pages = new Map<Site, Awaited<ReturnType<typeof openFirefoxSite>>>();
  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
  return {
    async show(site) {
      const page = await openFirefoxSite(browser, site);
      pages.set(site, page);
      await page.bringToFront();
      await page.waitForSelector(DEMO[site].editor, { visible: true });
      await page.click(DEMO[site].editor);
      await page.keyboard.type(DEMO[site].text, { delay: 5 });
      await page.waitForSelector('ambassador-overlay >>> .badge');
      await sleep(CHECK_SETTLES_MS);
      if (DEMO[site].open === 'list') await page.click('ambassador-overlay >>> .badge');
      else {
        await page.keyboard.down('Alt');
        await page.keyboard.down('Shift');
        await page.keyboard.press('KeyA');
        await page.keyboard.up('Shift');
        await page.keyboard.up('Alt');
      }
      await page.waitForSelector('ambassador-overlay >>> .panel');
    },
    async screenshot(site, file) {
      // The card's fade-in is short; let it settle (Firefox over BiDi has no reduced-motion switch).
      await sleep(CHECK_SETTLES_MS);
      await pages.get(site)!.screenshot({ path: file as `${string}.png` });
    },
    finish: () => browser.close(),
  };
}

const playground = firefox ? await firefoxPlayground() : await chromiumPlayground();
const outDir = resolve(argValue('--out') ?? join(ROOT, 'artifacts'));
mkdirSync(outDir, { recursive: true });
for (const site of Object.keys(SITE_URLS) as Site[]) {
  await playground.show(site);
  if (headless) {
    const file = join(outDir, `${store ? 'store' : 'playground'}-${site}${firefox ? '-firefox' : ''}.png`);
    await playground.screenshot(site, file);
    console.log(`screenshot: ${file}`);
  }
}
await playground.finish();
