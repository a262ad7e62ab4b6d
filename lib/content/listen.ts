/**
 * Listening first: counts the feed posts that name the company, its products or its competitors
 * as the employee scrolls past them, by day, name and coarse sentiment — never a post's text or
 * author — and offers "Flag for the listening team" on them when the pointer or the keyboard
 * comes to one (listen-flag.ts).
 *
 * Cheap by construction, because it runs while the page scrolls: an IntersectionObserver says when
 * a post comes into view (the browser computes that off the scroll path; nothing here reads
 * geometry), posts are found in idle time, and their texts leave in one message per batch (every
 * few seconds, and when the page is hidden) to the service worker, which classifies them off the
 * page's main thread and keeps counts only (lib/store/background.ts). A post is classified here
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

/** `requestIdleCallback` where there is one (Chromium, Firefox), else a timer (no deadline then). */
const whenIdle = (run: (deadline?: IdleDeadline) => void): void => {
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
  /** Posts already observed; `counted` has the addresses, so a post the site renders again is not counted again. */
  const observed = new WeakSet<Element>();
  const seen: Element[] = [];
  /** Texts of the posts seen, for the service worker to count. */
  const heard: string[] = [];
  /** Posts the flag action was considered for (once each, when the pointer or the focus came). */
  const offered = new WeakSet<Element>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let scanQueued = false;
  let countQueued = false;

  const flush = () => {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (heard.length === 0) return;
    const message: HeardPostsMessage = { kind: 'ambassador:heard', platform, texts: heard.splice(0) };
    sendQuietly(message);
  };

  const countSeen = (deadline?: IdleDeadline) => {
    countQueued = false;
    while (seen.length > 0) {
      if (signal.aborted) return;
      if (deadline && deadline.timeRemaining() < 1 && !deadline.didTimeout) break;
      const post = seen.shift()!;
      if (!post.isConnected) continue;
      const link = feed.permalink(post);
      if (link !== undefined) {
        if (counted.has(link)) continue;
        counted.add(link);
      }
      const text = postText(post);
      if (text.trim() === '') continue;
      heard.push(text);
      if (heard.length >= HEARD_BATCH_MAX) flush();
      else flushTimer ??= setTimeout(flush, LISTEN_BATCH_MS);
    }
    if (seen.length > 0) queueCount();
  };
  const queueCount = () => {
    if (countQueued) return;
    countQueued = true;
    whenIdle(countSeen);
  };
  // textContent, not innerText: innerText would lay the page out.
  const postText = (post: Element) => post.querySelector(feed.text)?.textContent ?? '';

  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        io.unobserve(entry.target);
        seen.push(entry.target);
      }
      if (seen.length > 0) queueCount();
    },
    { threshold: SEEN_RATIO },
  );

  const scan = () => {
    scanQueued = false;
    if (signal.aborted) return;
    for (const post of document.querySelectorAll(feed.post)) {
      if (observed.has(post)) continue;
      observed.add(post);
      io.observe(post);
    }
  };
  const queueScan = () => {
    if (scanQueued) return;
    scanQueued = true;
    whenIdle(() => scan());
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
      document.removeEventListener('pointerover', offerFlag, { capture: true });
      document.removeEventListener('focusin', offerFlag, { capture: true });
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    },
    { once: true },
  );
}
