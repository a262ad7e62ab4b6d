/**
 * Debian's Firefox ESR, headless over WebDriver BiDi (puppeteer-core), with the built Firefox
 * add-on installed and every request answered locally by the fixture pages (fixture-pages.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertFixturesBuilt, fixtureResponse, ROOT, SITE_URLS, type Site } from '../e2e/fixture-pages';

/** The Firefox e2e build (`npm run build:e2e:firefox`): production code with the overlay's test hook. */
const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2-e2e');

/**
 * The add-on's internal UUID, fixed through Firefox's preference so that its pages have a known
 * address (moz-extension://<uuid>/options.html); Firefox picks a random one otherwise.
 */
const EXTENSION_UUID = '6a0b2f9e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

/** FIREFOX_PATH, else Debian's firefox-esr. */
function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path))
    throw new Error(`No Firefox at ${path}: "sudo apt-get install firefox-esr" or set FIREFOX_PATH.`);
  return path;
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * A home folder holding a per-user managed storage manifest for the add-on, as an admin deploys
 * one on Linux (`~/.mozilla/managed-storage/<add-on id>.json`, the keys under `data`).
 */
function homeWithManagedStorage(data: Record<string, unknown>): string {
  const home = mkdtempSync(join(tmpdir(), 'ambassador-firefox-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  const manifest = { name: geckoId(), description: 'Ambassador policy', type: 'storage', data };
  writeFileSync(join(dir, `${geckoId()}.json`), JSON.stringify(manifest));
  return home;
}

/**
 * Firefox with the add-on; `managed`: values its managed storage holds (from a storage manifest);
 * `viewport`: the page size (default 1100×800, as in the Chromium lane).
 */
export async function launchFirefox(
  options: { managed?: Record<string, unknown>; viewport?: { width: number; height: number } } = {},
): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built add-on at ${FIREFOX_EXTENSION_DIR}: run "npm run build:e2e:firefox" first.`);
  assertFixturesBuilt();
  const browser = await puppeteer.launch({
    ...(options.managed && { env: { ...process.env, HOME: homeWithManagedStorage(options.managed) } }),
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: options.viewport ?? { width: 1100, height: 800 },
    // Without it WebDriver BiDi refuses to navigate a tab to the add-on's own pages (moz-extension:).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}

const PAGE_CSP = "script-src 'self'";

/** A new tab on `url` (default: the site's start page), every request answered by the fixtures. */
export async function openSite(browser: Browser, site: Site, url: string = SITE_URLS[site]): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const isDocument = request.isNavigationRequest();
    const response = fixtureResponse(request.url(), isDocument);
    if (response === 'block') void request.abort('blockedbyclient');
    // The real sites forbid inline scripts (script-src with nonces): so do the pages here, and
    // nothing of the add-on may need one (Firefox applies a page's CSP to a content script's
    // inline <script>, bug 1267027; the page-world helper runs by scripting.executeScript).
    else
      void request.respond(
        isDocument ? { ...response, headers: { 'Content-Security-Policy': PAGE_CSP } } : response,
      );
  });
  await page.goto(url);
  return page;
}

/** One of the add-on's own pages (popup.html, options.html#policy …) in a tab. */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `moz-extension://${EXTENSION_UUID}/${path}`;
  // The page loads, but Puppeteer never sees the navigation to a moz-extension: address end:
  // wait for the document instead of for goto.
  page.goto(url).catch(() => {});
  await waitUntil(page, (href) => location.href === href && document.readyState === 'complete', url);
  return page;
}

/**
 * Waits until `predicate(arg)` holds in the page, asking again every 50 ms (a page between two
 * documents answers with an error, which counts as not yet). Not Puppeteer's waitForFunction: its
 * in-page poller rebuilds the predicate with Function(), which the pages' `script-src 'self'`
 * refuses since Firefox ESR 140.12 ("call to Function() blocked by CSP").
 */
export async function waitUntil(
  page: Page,
  predicate: (arg: string | number) => boolean,
  arg: string | number,
  timeout = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      if (await page.evaluate(predicate, arg)) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeout} ms waiting for ${predicate.toString()}`, {
        cause: lastError,
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Imports a policy document through the options page, as an admin without managed storage does. */
export async function importPolicy(browser: Browser, policy: unknown): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'ambassador-policy-')), 'policy.json');
  writeFileSync(file, JSON.stringify(policy));
  const options = await openExtensionPage(browser, 'options.html#policy');
  const input = await options.waitForSelector('input[data-testid="policy-file"]');
  await input!.uploadFile(file);
  await options.waitForSelector('[data-testid="policy-in-force"][data-source="imported"]');
  await options.close();
}
