/**
 * Listening first: counts the feed posts that name the company, its products or its competitors
 * as the employee scrolls past them, by day, name and coarse sentiment — never a post's text or
 * author — and offers "Flag for the listening team" on them when the pointer or the keyboard
 * comes to one (listen-flag.ts).
 *
 * Cheap by construction, because it runs while the page scrolls: an IntersectionObserver says when
 * a post comes into view (nothing here reads geometry), watching only the posts around the screen;
 * posts are found in idle time, and their texts leave in one message per batch (every few seconds,
 * and when the page is hidden) to the service worker, which classifies them off the page's main
 * thread and keeps counts only (lib/store/background.ts). A post is classified here
 * only when the employee comes to it, for the flag action.
 */
import { classifyPost } from '../listening/classify';
import type { FlagCategory } from '../listening/report';
import type { Sentiment } from '../listening/classify';
import type { Policy } from '../policy/schema';
import { SITES } from '../sites/sites';
import type { FeedMarkup, SiteAdapter } from '../sites/types';
import type { HeardPostsMessage } from '../store/contract';
import type { CheckContext } from './context';
import { recordMetric, sendQuietly } from './context';
import { attachFlag } from './listen-flag';

/** How long seen posts wait to be sent together, and at most how many go in one message. */
export const LISTEN_BATCH_MS = 2000;
const HEARD_BATCH_MAX = 200;
/** Share of a post that must be on screen for it to count as seen. */
const SEEN_RATIO = 0.5;
/** Posts watched on each side of the last one seen; the window moves when one this near its end is seen. */
const WATCH_AROUND = 24;
const WINDOW_STEP = 8;
/** Outside the window, every this many posts one is watched, so a jump lands near one. */
const SENTINEL_EVERY = 4;
/** How often listening checks that the employee has not jumped away from the posts it watches. */
const POSITION_CHECK_MS = 1000;

/** The category a flag's form starts on: what a post of that sentiment is most often flagged as. */
const SUGGESTED: Record<Sentiment, FlagCategory> = {
  negative: 'complaint',
  positive: 'praise',
  neutral: 'press',
};

export interface Listener {
  /** The check context changed: listening follows the policy's switch and the site's. */
  update(context: CheckContext | undefined): void;
}

/** `requestIdleCallback` where there is one (Chromium, Firefox), else a timer. */
const whenIdle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 50);
};

export function startListening(adapter: SiteAdapter, lifetime: AbortSignal): Listener {
  const feed = adapter.feed;
  if (!feed) return { update() {} };
  let running: { policy: Policy; stop: AbortController } | undefined;
  // The addresses of the posts counted on this page, kept when listening restarts (a site
  // switched off and on again): a post is counted once per page.
  const counted = new Set<string>();
  return {
    update(context) {
      const policy = context?.active && context.policy.listening?.enabled ? context.policy : undefined;
      if (running?.policy === policy) return;
      running?.stop.abort();
      running = undefined;
      if (!policy || lifetime.aborted) return;
      const stop = new AbortController();
      running = { policy, stop };
      listen(adapter, feed, policy, counted, AbortSignal.any([stop.signal, lifetime]));
    },
  };
}

function listen(
  adapter: SiteAdapter,
  feed: FeedMarkup,
  policy: Policy,
  counted: Set<string>,
  signal: AbortSignal,
): void {
  const platform = adapter.platform;
  /** Texts of the posts seen, for the service worker to count. */
  const heard: string[] = [];
  /** Posts the flag action was considered for (once each, when the pointer or the focus came). */
  const offered = new WeakSet<Element>();
  /** Posts already seen on this page (`counted` has their addresses, for a post rendered again). */
  const seen = new WeakSet<Element>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let scanQueued = false;

  const flush = () => {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (heard.length === 0) return;
    const message: HeardPostsMessage = { kind: 'ambassador:heard', platform, texts: heard.splice(0) };
    sendQuietly(message);
  };
  // textContent, not innerText: innerText would lay the page out.
  const postText = (post: Element) => post.querySelector(feed.text)?.textContent ?? '';
  /**
   * A post came into view: its text joins the batch at once, in the observer's callback (a task
   * after the frame), because a site that recycles its feed (X) may drop the post soon after.
   */
  const hear = (post: Element) => {
    if (seen.has(post)) return;
    seen.add(post);
    const link = feed.permalink(post);
    if (link !== undefined) {
      if (counted.has(link)) return;
      counted.add(link);
    }
    const text = postText(post);
    if (text.trim() === '') return;
    heard.push(text);
    if (heard.length >= HEARD_BATCH_MAX) flush();
    else flushTimer ??= setTimeout(flush, LISTEN_BATCH_MS);
  };

  // The observer costs the browser some work for each watched post on every frame that scrolls,
  // and each of its callbacks is a task: so it watches only the posts not seen yet, and of those
  // the WATCH_AROUND on each side of the last one seen (in document order), moving that window in
  // steps rather than post by post, and every SENTINEL_EVERY-th post elsewhere. A jump (End, a
  // dragged scroll bar) lands on a sentinel, and the window follows; where none is on screen
  // (very tall posts), a check every second watches every unseen post for one round, to find
  // where the employee is now.
  /** The feed's posts in document order, and each one's place in it. */
  let posts: Element[] = [];
  let place = new Map<Element, number>();
  const watched = new Set<Element>();
  /** The post the window is around, or undefined while every unseen post is watched. */
  let anchor: Element | undefined;
  let range: { from: number; to: number } | undefined;

  const unwatch = (post: Element) => {
    io.unobserve(post);
    watched.delete(post);
  };
  const watchFrom = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const post = posts[i]!;
      if (seen.has(post) || watched.has(post)) continue;
      io.observe(post);
      watched.add(post);
    }
  };
  const watchAll = () => {
    anchor = range = undefined;
    watchFrom(0, posts.length);
  };
  const watchAround = (post: Element) => {
    const at = place.get(post);
    if (at === undefined) return watchAll();
    anchor = post;
    range = { from: Math.max(0, at - WATCH_AROUND), to: Math.min(posts.length, at + WATCH_AROUND + 1) };
    for (const watching of watched) {
      const i = place.get(watching);
      if (i === undefined || ((i < range.from || i >= range.to) && i % SENTINEL_EVERY !== 0))
        unwatch(watching);
    }
    watchFrom(range.from, range.to);
    for (let i = 0; i < posts.length; i += SENTINEL_EVERY) watchFrom(i, i + 1);
  };

  const io = new IntersectionObserver(
    (entries) => {
      if (signal.aborted) return;
      // The first and the last post seen now, by their place in the feed.
      let first = Infinity;
      let last = -1;
      for (const { target, intersectionRatio } of entries) {
        if (intersectionRatio < SEEN_RATIO) continue;
        unwatch(target);
        hear(target);
        heardSinceCheck = true;
        const at = place.get(target) ?? -1;
        if (at < 0) continue;
        first = Math.min(first, at);
        last = Math.max(last, at);
      }
      if (last < 0) return;
      // The window moves when the employee nears one of its ends.
      if (!range || last >= range.to - WINDOW_STEP) watchAround(posts[last]!);
      else if (first < range.from + WINDOW_STEP) watchAround(posts[first]!);
    },
    { threshold: SEEN_RATIO },
  );

  // The position check: the page scrolled since the last one and nothing came into view, so the
  // window may be behind. Reading scrollY lays nothing out in a timer after a frame.
  let heardSinceCheck = false;
  let checkedAt = scrollY;
  const check = setInterval(() => {
    const moved = Math.abs(scrollY - checkedAt) > innerHeight / 2;
    checkedAt = scrollY;
    if (range && moved && !heardSinceCheck) watchAll();
    heardSinceCheck = false;
  }, POSITION_CHECK_MS);

  const scan = () => {
    scanQueued = false;
    if (signal.aborted) return;
    posts = [...document.querySelectorAll(feed.post)];
    place = new Map(posts.map((post, i) => [post, i]));
    if (anchor) watchAround(anchor);
    else watchAll();
  };
  const queueScan = () => {
    if (scanQueued) return;
    scanQueued = true;
    whenIdle(scan);
  };

  const mo = new MutationObserver(queueScan);
  mo.observe(document.body, { childList: true, subtree: true });
  // The posts already on the page at once, before any scrolling: later ones in idle time.
  scan();

  // The flag action is added when the employee comes to a post, not as posts scroll by: a
  // write to the page while it scrolls would make the browser lay it out again.
  const offerFlag = (event: Event) => {
    const post = (event.target as Element | null)?.closest?.(feed.post);
    if (!post || offered.has(post)) return;
    offered.add(post);
    // One post, once, when the employee comes to it: what it names and how it sounds.
    const mention = classifyPost(postText(post), policy);
    if (!mention) return;
    const { products, competitors, sentiment } = mention;
    attachFlag(
      post,
      {
        link: feed.permalink(post),
        platform: SITES[platform].label,
        names: [...products, ...competitors],
        suggested: SUGGESTED[sentiment],
        reportTo: policy.listening.reportTo,
        onFlag: (flag) => recordMetric({ type: 'flag', platform, flag }),
      },
      signal,
    );
  };
  document.addEventListener('pointerover', offerFlag, { capture: true, passive: true });
  document.addEventListener('focusin', offerFlag, { capture: true, passive: true });

  const onHide = () => flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  signal.addEventListener(
    'abort',
    () => {
      flush();
      io.disconnect();
      mo.disconnect();
      clearInterval(check);
      document.removeEventListener('pointerover', offerFlag, { capture: true });
      document.removeEventListener('focusin', offerFlag, { capture: true });
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    },
    { once: true },
  );
}
