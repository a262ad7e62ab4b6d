/**
 * The fixture pages (real draft-js, lexical, quill and tiptap) as answers to requests for the real
 * site URLs, so the manifest's match patterns are exercised. Browser-neutral: the Playwright
 * harness (Chromium) and the Puppeteer one (Firefox) both answer every request with this.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE_SCRIPTS = join(ROOT, 'dist-fixtures');
const FIXTURE_PAGES = join(ROOT, 'tests/fixtures/pages');

export const SITE_URLS = {
  x: 'https://x.com/home',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/',
} as const;
export type Site = keyof typeof SITE_URLS;

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

export function assertFixturesBuilt(): void {
  if (!existsSync(join(FIXTURE_SCRIPTS, 'x.js')))
    throw new Error(`No fixture bundles in ${FIXTURE_SCRIPTS}: run "npm run build:fixtures" first.`);
}

export interface FixtureResponse {
  status: number;
  body: string | Buffer;
  contentType: string;
}

/**
 * The local answer to a request, or 'block' for anything outside the three sites: nothing leaves.
 * `isDocument`: whether the request loads a page (anything else unknown on a site is a 404).
 */
export function fixtureResponse(requestUrl: string, isDocument: boolean): FixtureResponse | 'block' {
  const url = new URL(requestUrl);
  const site = siteOf(url);
  if (!site) return 'block';
  const asset = url.pathname.match(/^\/__ambassador_fixture__\/([\w-]+\.(js|css))$/);
  if (asset) {
    const [, name, ext] = asset;
    const file = ext === 'css' ? join(FIXTURE_PAGES, name!) : join(FIXTURE_SCRIPTS, name!);
    return {
      status: 200,
      body: readFileSync(file),
      contentType: ext === 'css' ? 'text/css' : 'text/javascript',
    };
  }
  if (!isDocument) return { status: 404, body: '', contentType: 'text/plain' };
  return { status: 200, body: fixturePage(site), contentType: 'text/html; charset=utf-8' };
}
