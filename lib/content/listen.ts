/**
 * Listening first: counts the feed posts that name the company, its products or its competitors
 * as the employee scrolls past them, by day, name and coarse sentiment — never a post's text or
 * author — and offers "Flag for the listening team" on them when the pointer or the keyboard
 * comes to one (listen-flag.ts).
 *
 * Cheap by construction, because it runs while the page scrolls: an IntersectionObserver says when
 * a post comes into view (the browser computes that off the scroll path; nothing here reads
 * geometry), posts are found and classified in idle time, and the counts leave in one message per
 * batch (every few seconds, and when the page is hidden), not one per post.
 */
import { classifyPost } from '../listening/classify';
import type { FlagCategory } from '../listening/report';
import type { Sentiment } from '../listening/classify';
import type { Policy } from '../policy/schema';
import { SITES } from '../sites/sites';
import type { FeedMarkup, SiteAdapter } from '../sites/types';
import type { MetricBatchMessage, MetricEvent } from '../store/contract';
import type { CheckContext } from './context';
import { recordMetric } from './context';
import { attachFlag, type FlagTarget } from './listen-flag';

/** How long counts wait to be sent together. */
export const LISTEN_BATCH_MS = 2000;
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
  /** Posts that get the flag action when the pointer or the focus comes to them. */
  const flaggable = new WeakMap<Element, FlagTarget>();
  const pending = new Map<string, { event: MetricEvent; count: number }>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let scanQueued = false;
  let classifyQueued = false;

  const flush = () => {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (pending.size === 0) return;
    const events = [...pending.values()].flatMap(({ event, count }) => Array<MetricEvent>(count).fill(event));
    pending.clear();
    const message: MetricBatchMessage = { kind: 'ambassador:metrics', events };
    // The background may be restarting; a lost count is better than an error on the page.
    browser.runtime.sendMessage(message).catch(() => {});
  };

  const count = (event: MetricEvent & { type: 'mention' }) => {
    const key = `${event.about}|${event.subject}|${event.sentiment}`;
    const entry = pending.get(key);
    if (entry) entry.count++;
    else pending.set(key, { event, count: 1 });
    flushTimer ??= setTimeout(flush, LISTEN_BATCH_MS);
  };

  const classifySeen = (deadline?: IdleDeadline) => {
    classifyQueued = false;
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
      // textContent, not innerText: innerText would lay the page out.
      const text = post.querySelector(feed.text)?.textContent ?? '';
      const mention = classifyPost(text, policy);
      if (!mention) continue;
      const { products, competitors, sentiment } = mention;
      for (const subject of products)
        count({ type: 'mention', platform, about: 'product', subject, sentiment });
      for (const subject of competitors)
        count({ type: 'mention', platform, about: 'competitor', subject, sentiment });
      flaggable.set(post, {
        link,
        platform: SITES[platform].label,
        names: [...products, ...competitors],
        suggested: SUGGESTED[sentiment],
        reportTo: policy.listening.reportTo,
        onFlag: (flag) => recordMetric({ type: 'flag', platform, flag }),
      });
    }
    if (seen.length > 0) queueClassify();
  };
  const queueClassify = () => {
    if (classifyQueued) return;
    classifyQueued = true;
    whenIdle(classifySeen);
  };

  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        io.unobserve(entry.target);
        seen.push(entry.target);
      }
      if (seen.length > 0) queueClassify();
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
  queueScan();

  // The flag action is added when the employee comes to a post, not as posts scroll by: a
  // write to the page while it scrolls would make the browser lay it out again.
  const offerFlag = (event: Event) => {
    const post = (event.target as Element | null)?.closest?.(feed.post);
    const target = post && flaggable.get(post);
    if (!post || !target) return;
    flaggable.delete(post);
    attachFlag(post, target, signal);
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
