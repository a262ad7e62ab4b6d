/**
 * The privacy promise, end to end: while the extension works through all three sites (typing,
 * fixes, the hand-off, a held post, the popup and the options page) it makes no request of its own,
 * and afterwards nothing it can write to — its storage areas, its IndexedDB, the sites' own storage —
 * holds a word of a post, a reply's context, a handle or a name.
 */
import type { Page, Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { openExtensionPage, type Site } from './harness';
import {
  SURFACES,
  clickFix,
  expectShown,
  modelText,
  posted,
  promisedText,
  typeAtEnd,
  type SurfaceSpec,
} from './guidance-helpers';

/** Each draft carries a word found nowhere else, so a copy of it anywhere is easy to spot. */
const DRAFTS = {
  x: 'Loving the Quokkaberry XPS 13 launch, call me at (512) 555-0143.',
  facebook: 'The Marmalune Latitude is great, ring me on (512) 555-0177.',
  linkedin: 'Our Zephyrion PowerEdge rollout went well, phone (512) 555-0188.',
} satisfies Record<Site, string>;
const HELD = 'Heads up: our Q3 earnings will beat expectations before the official release.';

/** What must never be kept: words of the drafts and the replies' contexts, handles, names. */
function secrets(): string[] {
  const words = ['Quokkaberry', 'Marmalune', 'Zephyrion', ...Object.values(DRAFTS), HELD];
  const contexts = SURFACES.flatMap((s) => (s.replyTo ? [s.replyTo.text.slice(0, 40)] : []));
  const people = SURFACES.flatMap((s) => [s.handle, ...(s.replyTo?.author ? [s.replyTo.author] : [])]);
  return [...new Set([...words, ...contexts, ...people, '555-0143', '555-0177', '555-0188', 'Amy Writes'])];
}

const surface = (site: Site, name: string): SurfaceSpec =>
  SURFACES.find((s) => s.site === site && s.name === name)!;
/** A post box and a reply box with a complaint to hand off, on each site. */
const TOUR: Record<Site, { post: SurfaceSpec; reply: SurfaceSpec }> = {
  x: { post: surface('x', 'inline composer on home'), reply: surface('x', 'reply on a status page') },
  facebook: { post: surface('facebook', 'post composer dialog'), reply: surface('facebook', 'comment box') },
  linkedin: {
    post: surface('linkedin', 'share composer in the shadow root'),
    reply: surface('linkedin', 'classic Quill comment box'),
  },
};

/** The only requests allowed: the fixture pages the test opens and their own scripts and styles. */
function pageOwn(request: Request): boolean {
  const url = new URL(request.url());
  if (!/(^|\.)(x|facebook|linkedin)\.com$/.test(url.hostname)) return false;
  if (request.resourceType() === 'document') return request.isNavigationRequest();
  return (
    url.pathname.startsWith('/__ambassador_fixture__/') &&
    ['script', 'stylesheet'].includes(request.resourceType())
  );
}

/** Every value the page's origin keeps: local and session storage, IndexedDB, cookies. */
async function originDump(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const dbs: Record<string, Record<string, unknown[]>> = {};
    for (const { name } of databases) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      dbs[name] = {};
      for (const store of db.objectStoreNames) {
        dbs[name][store] = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result as unknown[]);
          all.onerror = () => reject(all.error);
        });
      }
      db.close();
    }
    return JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookie: document.cookie,
      databases: databases.map((d) => d.name),
      dbs,
    });
  });
}

test('the extension makes no request while it works, and keeps no post text, handle or name', async ({
  browserWithExtension: ext,
  open,
}) => {
  test.setTimeout(180_000);
  const requests: { url: string; type: string; worker: boolean; allowed: boolean }[] = [];
  const sockets: string[] = [];
  const extensionOrigin = `chrome-extension://${ext.extensionId}/`;
  ext.context.on('request', (request) => {
    const own = request.url().startsWith(extensionOrigin);
    requests.push({
      url: request.url(),
      type: request.resourceType(),
      worker: request.serviceWorker() !== null,
      allowed: (own && request.serviceWorker() === null) || pageOwn(request),
    });
  });
  ext.context.on('page', (page) => page.on('websocket', (socket) => sockets.push(socket.url())));

  const sitePages: Page[] = [];
  for (const site of ['x', 'facebook', 'linkedin'] as const) {
    const { post, reply } = TOUR[site];
    // A post: typed, a phone number found and redacted with one click.
    const page = await open(site);
    sitePages.push(page);
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await post.open?.(page);
    const editor = page.locator(post.editor);
    await typeAtEnd(page, editor, DRAFTS[site]);
    await expectShown(page, editor, 'pii.phone');
    await clickFix(page, editor, 'pii.phone');
    await expect.poll(() => modelText(page, post.id)).toBe(promisedText(post, DRAFTS[site], 'pii.phone'));

    // A reply to a complaint: the hand-off inserted with one click.
    const replyPage = await open(site);
    sitePages.push(replyPage);
    if (reply.url) await replyPage.goto(reply.url);
    await reply.open?.(replyPage);
    const replyEditor = replyPage.locator(reply.editor);
    await replyEditor.click();
    await expectShown(replyPage, replyEditor, 'handoff.complaint');
    await clickFix(replyPage, replyEditor, 'handoff.complaint');
    await expect
      .poll(() => modelText(replyPage, reply.id))
      .toBe(promisedText(reply, '', 'handoff.complaint'));
  }

  // A held post, then posted anyway (X's home composer).
  const held = await open('x');
  sitePages.push(held);
  const heldEditor = held.locator(TOUR.x.post.editor);
  await typeAtEnd(held, heldEditor, HELD);
  await expectShown(held, heldEditor, 'confidential.earnings');
  await held.locator(TOUR.x.post.submit).click();
  const panel = held.locator('ambassador-overlay .panel[aria-label="Post held by Ambassador"]');
  await panel.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => posted(held)).toEqual([{ editor: 'home', text: HELD }]);

  // The popup and the options page: a site switch, a snooze, the course, the dashboard.
  const popup = await openExtensionPage(ext, 'popup.html');
  await expect(popup.getByTestId('today').locator('[data-metric="fix-applied"]')).not.toHaveText('0');
  await popup.getByRole('checkbox', { name: 'LinkedIn' }).click();
  await popup.getByRole('button', { name: '1 hour' }).click();
  await popup.getByRole('button', { name: 'Resume now' }).click();
  const options = await openExtensionPage(ext, 'options.html#impact');
  await expect(options.getByTestId('policy-name')).toBeVisible();
  await options.getByTestId('start-course').click();
  await options.getByTestId('check-answers').click();
  await expect(options.getByTestId('totals')).not.toHaveAttribute('aria-busy', 'true');

  // No request but the fixture pages' own and the extension's packaged files.
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((r) => !r.allowed)).toEqual([]);
  expect(sockets).toEqual([]);

  // Nothing kept anywhere the extension writes.
  const worker = ext.worker!;
  const areas = await worker.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const { storage } = (
      globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', Area> } }
    ).chrome;
    return JSON.stringify({
      local: await storage.local.get(null),
      sync: await storage.sync.get(null),
      session: await storage.session.get(null),
    });
  });
  // The counts are there (the dump is real), and they are counts.
  const extensionDump = await originDump(options);
  expect(extensionDump).toContain('fix-applied');
  const dumps: Record<string, string> = { areas, extension: extensionDump };
  for (const [i, page] of sitePages.entries()) dumps[`site page ${i}`] = await originDump(page);
  const found = Object.entries(dumps).flatMap(([where, dump]) =>
    secrets()
      .filter((secret) => dump.toLowerCase().includes(secret.toLowerCase()))
      .map((secret) => `${where}: ${secret}`),
  );
  expect(found).toEqual([]);
});
