/**
 * What listening must have counted, and what it did, for the Chromium (listening.spec.ts) and the
 * Firefox (tests/firefox/listening.test.ts) lanes alike.
 */
import { FEED_POSTS } from '../fixtures/src/feed-posts';

export interface Bucket {
  type: string;
  about?: string;
  subject?: string;
  sentiment?: string;
  flag?: string;
  count: number;
}

/** The metric buckets in the extension's IndexedDB: run in one of its pages (page.evaluate). */
export function readBuckets(): Promise<Bucket[]> {
  return new Promise<Bucket[]>((resolve, reject) => {
    const open = indexedDB.open('ambassador-metrics');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('buckets')) return resolve([]);
      const all = db.transaction('buckets').objectStore('buckets').getAll();
      all.onsuccess = () => resolve(all.result as Bucket[]);
      all.onerror = () => reject(all.error);
    };
  });
}

/** Mention counts by `about|subject|sentiment`. */
export function mentionCounts(list: Bucket[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const b of list.filter((b) => b.type === 'mention')) {
    const key = `${b.about}|${b.subject}|${b.sentiment}`;
    out[key] = (out[key] ?? 0) + b.count;
  }
  return out;
}

/** What the posts at these places in the feed must count as (FEED_POSTS says what each is). */
export function countsOf(places: Iterable<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of places) {
    const post = FEED_POSTS[i % FEED_POSTS.length]!;
    for (const [about, names] of [
      ['product', post.products],
      ['competitor', post.competitors],
    ] as const)
      for (const name of names) {
        const key = `${about}|${name}|${post.sentiment}`;
        out[key] = (out[key] ?? 0) + 1;
      }
  }
  return out;
}

/** What the first `n` posts of the feed must count as. */
export const expectedCounts = (n: number) => countsOf(Array.from({ length: n }, (_, i) => i));

/** The places of the posts at least half on screen: run in the page on its `.feed-post`s. */
export function placesOnScreen(posts: Element[]): number[] {
  return posts.flatMap((post, i) => {
    const r = post.getBoundingClientRect();
    const shown = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
    return shown >= r.height / 2 ? [i] : [];
  });
}

/**
 * Run in the feed page (page.evaluate): every post becomes a new element, as X renders the tweets
 * it dropped far off screen anew when the reader scrolls back (helmetroo/fetch-twitter-bookmarks#29),
 * and the one at `renamed` is now another post (another address) saying the same words.
 */
export function renderFeedAnew(renamed: number): void {
  for (const post of document.querySelectorAll('article.feed-post')) post.replaceWith(post.cloneNode(true));
  const post = document.querySelectorAll('article.feed-post').item(renamed);
  post.querySelector('time')!.parentElement!.setAttribute('href', '/someone_else/status/1900000000');
}

/** What the first `n` posts and, once more, the post at `renamed` must count as. */
export const countsWithRenamed = (n: number, renamed: number) =>
  countsOf([...Array.from({ length: n }, (_, i) => i), renamed]);
