/**
 * Launches the built extension in a real Chromium and serves the fixture pages (real draft-js,
 * lexical and quill) at the real site URLs, so the manifest's match patterns are exercised.
 * Shared by the e2e tests, the playground (`npm start`) and the e2e benchmark.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The built extension; AMBASSADOR_EXTENSION_DIR points elsewhere (e.g. a copy under test). */
export const EXTENSION_DIR = process.env.AMBASSADOR_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
const FIXTURE_SCRIPTS = join(ROOT, 'dist-fixtures');
const FIXTURE_PAGES = join(ROOT, 'tests/fixtures/pages');

export const SITE_URLS = {
  x: 'https://x.com/home',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/',
} as const;
export type Site = keyof typeof SITE_URLS;

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser (if installed). */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

function siteOf(url: URL): Site | undefined {
  if (/(^|\.)(x|twitter)\.com$/.test(url.hostname)) return 'x';
  if (/(^|\.)facebook\.com$/.test(url.hostname)) return 'facebook';
  if (/(^|\.)linkedin\.com$/.test(url.hostname)) return 'linkedin';
  return undefined;
}

const PAGE_TITLES: Record<Site, string> = {
  x: 'Home / X',
  facebook: 'Facebook',
  linkedin: 'Feed | LinkedIn',
};

/** One page template for the three sites; each site's script builds its own markup. */
function fixturePage(site: Site): string {
  return readFileSync(join(FIXTURE_PAGES, 'page.html'), 'utf8')
    .replace('%TITLE%', PAGE_TITLES[site])
    .replace('%SITE%', site);
}

/** Every request is answered locally: fixture pages for the three sites, nothing else leaves. */
export async function routeFixtures(context: BrowserContext): Promise<void> {
  await context.route(
    () => true,
    async (route) => {
      const url = new URL(route.request().url());
      const site = siteOf(url);
      if (!site) return route.abort('blockedbyclient');
      const asset = url.pathname.match(/^\/__ambassador_fixture__\/([\w-]+\.(js|css))$/);
      if (asset) {
        const [, name, ext] = asset;
        const file = ext === 'css' ? join(FIXTURE_PAGES, name!) : join(FIXTURE_SCRIPTS, name!);
        return route.fulfill({
          body: readFileSync(file),
          contentType: ext === 'css' ? 'text/css' : 'text/javascript',
        });
      }
      if (route.request().resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ body: fixturePage(site), contentType: 'text/html; charset=utf-8' });
    },
  );
}

export interface LaunchOptions {
  headless?: boolean;
  /** false loads no extension at all: the baseline for benchmarks. */
  withExtension?: boolean;
  userDataDir?: string;
}

export interface Launched {
  context: BrowserContext;
  /** The extension's service worker (undefined when launched without the extension). */
  worker?: Worker;
  extensionId?: string;
  close(): Promise<void>;
}

export async function launch({
  headless = true,
  withExtension = true,
  userDataDir,
}: LaunchOptions = {}): Promise<Launched> {
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  if (!existsSync(join(FIXTURE_SCRIPTS, 'x.js')))
    throw new Error(`No fixture bundles in ${FIXTURE_SCRIPTS}: run "npm run build:fixtures" first.`);
  const executablePath = chromiumPath();
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'ambassador-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless,
    viewport: { width: 1100, height: 800 },
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
        : []),
      // This machine has no network: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  await routeFixtures(context);
  let worker: Worker | undefined;
  if (withExtension) {
    worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  return {
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : undefined,
    close: () => context.close(),
  };
}

export async function openSite(context: BrowserContext, site: Site, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(SITE_URLS[site] + query);
  return page;
}

/** Opens one of the extension's own pages (`popup.html`, `options.html#impact` …) in a new tab. */
export async function openExtensionPage(launched: Launched, path: string): Promise<Page> {
  if (!launched.extensionId) throw new Error('launched without the extension');
  const page = await launched.context.newPage();
  // routeFixtures() answers every request of the context; the extension's own files must load.
  await page.route(
    (url) => url.protocol === 'chrome-extension:',
    (route) => route.continue(),
  );
  await page.goto(`chrome-extension://${launched.extensionId}/${path}`);
  return page;
}
