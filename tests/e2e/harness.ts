/**
 * Launches the built extension in a real Chromium and serves the fixture pages at the real site
 * URLs (fixture-pages.ts).
 * Shared by the e2e tests, the playground (`npm start`) and the e2e benchmark.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertFixturesBuilt, fixtureResponse, ROOT, SITE_URLS, type Site } from './fixture-pages';
import type { ActivePolicyRecord } from '../../lib/store/contract';

export { ROOT, SITE_URLS, type Site };
/** The production build (`npm run build`): what the stores get, its overlay's shadow root closed. */
export const PRODUCTION_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/**
 * The build the tests drive (`npm run build:e2e`): the production code but for one test hook, an
 * open shadow root for the overlay that the tests' locators read. AMBASSADOR_EXTENSION_DIR points
 * elsewhere (e.g. a copy under test).
 */
export const EXTENSION_DIR = process.env.AMBASSADOR_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3-e2e');

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser (if installed). */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Every request is answered locally: fixture pages for the three sites, nothing else leaves. */
export async function routeFixtures(context: BrowserContext): Promise<void> {
  await context.route(
    () => true,
    async (route) => {
      // The extension's own pages load their own files, also in tabs the extension opens itself.
      if (route.request().url().startsWith('chrome-extension:')) return route.continue();
      const response = fixtureResponse(route.request().url(), route.request().resourceType() === 'document');
      if (response === 'block') return route.abort('blockedbyclient');
      return route.fulfill(response);
    },
  );
}

export interface LaunchOptions {
  headless?: boolean;
  /** false loads no extension at all: the baseline for benchmarks. */
  withExtension?: boolean;
  userDataDir?: string;
  /** Which build to load (default EXTENSION_DIR, the e2e build). */
  extensionDir?: string;
  /** The page size; the tests' default is 1100×800. */
  viewport?: { width: number; height: number };
  /** Chromium's UI language ("de"), which the extension's own UI follows; default English. */
  language?: string;
}

export interface Launched {
  context: BrowserContext;
  /** The extension's service worker (undefined when launched without the extension). */
  worker?: Worker;
  extensionId?: string;
  /** What the browser said while the test ran: console errors and warnings, page errors, crashes. */
  log: string[];
  close(): Promise<void>;
}

const LOG_LINES = 200;

/** Keeps the browser's errors and warnings (pages and the extension's worker) for a failure report. */
function recordLog(context: BrowserContext, log: string[]): (worker: Worker) => void {
  const add = (line: string) => {
    log.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (log.length > LOG_LINES) log.shift();
  };
  const onConsole = (where: string) => (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' || message.type() === 'warning')
      add(`[${where} ${message.type()}] ${message.text()}`);
  };
  context.on('console', (message) => onConsole(message.page()?.url() ?? 'page')(message));
  context.on('weberror', (error) => add(`[page error] ${error.error().message}`));
  context.on('page', (page) => page.on('crash', () => add(`[crash] ${page.url()}`)));
  return (worker) => worker.on('console', onConsole('worker'));
}

/**
 * For a failed test: the browser's log and, per open page, what decides whether nudges are drawn
 * (the page in front, focus) and what each overlay last drew (counts only).
 */
export async function failureReport({ context, log }: Launched): Promise<string> {
  const pages = await Promise.all(
    context.pages().map((page) =>
      page
        .evaluate(() => ({
          url: location.href,
          visibility: document.visibilityState,
          focused: document.hasFocus(),
          overlays: [...document.querySelectorAll<HTMLElement>('ambassador-overlay')].map((host) => ({
            ...host.dataset,
            badge: Boolean(host.shadowRoot?.querySelector('.badge')),
            panel: Boolean(host.shadowRoot?.querySelector('.panel')),
          })),
        }))
        .catch((e: unknown) => ({ url: page.url(), unreadable: String(e) })),
    ),
  );
  return [
    'Browser state at the failure:',
    ...pages.map((p) => `  ${JSON.stringify(p)}`),
    `Browser log (${log.length} lines):`,
    ...log.map((line) => `  ${line}`),
  ].join('\n');
}

export async function launch({
  headless = true,
  withExtension = true,
  userDataDir,
  viewport = { width: 1100, height: 800 },
  extensionDir = EXTENSION_DIR,
  language,
}: LaunchOptions = {}): Promise<Launched> {
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(
      `No built extension at ${extensionDir}: run "${extensionDir === PRODUCTION_EXTENSION_DIR ? 'npm run build' : 'npm run build:e2e'}" first.`,
    );
  assertFixturesBuilt();
  const executablePath = chromiumPath();
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'ambassador-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless,
    viewport,
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      // This machine has no network: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Headless Chromium on Linux takes its UI language from --lang, not from LANG or LANGUAGE.
      ...(language ? [`--lang=${language}`] : []),
    ],
  });
  await routeFixtures(context);
  const log: string[] = [];
  const followWorker = recordLog(context, log);
  let worker: Worker | undefined;
  if (withExtension) {
    worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    followWorker(worker);
  }
  return {
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : undefined,
    log,
    close: () => context.close(),
  };
}

/** The policy in force as the service worker published it in storage.local. */
export async function activePolicy(worker: Worker): Promise<ActivePolicyRecord | undefined> {
  return worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local
      .get('activePolicy')
      .then((r) => r.activePolicy as ActivePolicyRecord | undefined),
  );
}

/** Waits until the service worker has published the policy in force (its first run after launch). */
export async function policyPublished({ worker }: Launched): Promise<void> {
  if (!worker) return;
  const deadline = Date.now() + 15_000;
  while ((await activePolicy(worker)) === undefined) {
    if (Date.now() > deadline) throw new Error('the service worker published no policy within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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
