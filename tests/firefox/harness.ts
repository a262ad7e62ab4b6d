/**
 * Debian's Firefox ESR, headless over WebDriver BiDi (puppeteer-core), with the built Firefox
 * add-on installed and every request answered locally by the fixture pages (fixture-pages.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertFixturesBuilt, fixtureResponse, ROOT, SITE_URLS, type Site } from '../e2e/fixture-pages';

const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');

/** FIREFOX_PATH, else Debian's firefox-esr. */
function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path))
    throw new Error(`No Firefox at ${path}: "sudo apt-get install firefox-esr" or set FIREFOX_PATH.`);
  return path;
}

export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built add-on at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  assertFixturesBuilt();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1100, height: 800 },
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
