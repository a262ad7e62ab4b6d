/**
 * Listening first: counts the feed posts that name the company, its products or its competitors
 * as the employee scrolls past them, by day, name and coarse sentiment — never a post's text or
 * author — and offers "Flag for the listening team" on them when the pointer or the keyboard
 * comes to one (listen-flag.ts).
 *
 * Cheap by construction, because it runs while the page scrolls: the feed is looked at every one
 * or two seconds while it moves (SAMPLE_MS), never on every frame, and each look reads a handful
 * of posts' boxes (feed-sweep.ts) and the texts of the posts passed over, once each
 * (once-per-page.ts). A quick test keeps the texts that cannot name anyone on the page
 * (mayNameAny); the others leave in one message when the scroll ends (or the page is hidden, or
 * 200 are waiting) to the service worker, which classifies them off the page's main thread and
 * keeps counts only (lib/store/background.ts): each message costs the page a fixed fraction of a
 * millisecond, and most feeds name no one. A post is classified here only when the employee comes
 * to it, for the flag action.
 */
import { classifyPost, mayNameAny } from '../listening/classify';
import type { FlagCategory } from '../listening/report';
import type { Sentiment } from '../listening/classify';
import type { Policy } from '../policy/schema';
import { SITES } from '../sites/sites';
import { permalinkOf, type FeedMarkup, type SiteAdapter } from '../sites/types';
import type { HeardPostsMessage } from '../store/contract';
import type { CheckContext } from './context';
import { recordMetric, sendQuietly } from './context';
import { guessPlace, postsSeen, sweptBand, type Band, type Box, type Seen } from './feed-sweep';
import { followArrivals } from './arrivals';
import { attachFlag } from './listen-flag';
import { OncePerPage } from './once-per-page';

/** At most how many posts' texts go in one message. */
const HEARD_BATCH_MAX = 200;
/**
 * How often the feed is looked at while it scrolls, in ms: every two seconds on a page that keeps
 * its posts; every second on a site that drops the posts far off screen (FeedMarkup.dropsPosts:
 * X) and on a page once it has dropped one it showed. A post dropped between two looks is never
 * heard, so there the looks stay close enough for an ordinary scroll. Each look costs the page a
 * fixed fraction of a millisecond (`npm run bench:e2e -- feed`). A look that finds the feed still
 * ends the scroll, and the texts heard during it leave then.
 */
export const SAMPLE_MS = { keeps: 2000, drops: 1000 } as const;
/** Further than this many screens in the first frame of a scroll is a jump: no one scrolls that fast. */
const JUMP_SCREENS = 2;
/**
 * Faster than this many screens a second between two looks is a jump too (End pressed while
 * scrolling).
 */
const SWEEP_SCREENS_PER_SECOND = 25;

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

export function startListening(adapter: SiteAdapter, lifetime: AbortSignal): Listener {
  const feed = adapter.feed;
  if (!feed) return { update() {} };
  let running: { policy: Policy; stop: AbortController } | undefined;
  // Kept when listening restarts (a site switched off and on again): a post is counted once per page.
  const once = new OncePerPage<Element>({ addressOf: feed.address });
  return {
    update(context) {
      const policy = context?.active && context.policy.listening?.enabled ? context.policy : undefined;
      if (running?.policy === policy) return;
      running?.stop.abort();
      running = undefined;
      if (!policy || lifetime.aborted) return;
      const stop = new AbortController();
      running = { policy, stop };
      listen(adapter, feed, policy, once, AbortSignal.any([stop.signal, lifetime]));
    },
  };
}

function listen(
  adapter: SiteAdapter,
  feed: FeedMarkup,
  policy: Policy,
  once: OncePerPage<Element>,
  signal: AbortSignal,
): void {
  const platform = adapter.platform;
  /** Texts of the posts seen, for the service worker to count. */
  const heard: string[] = [];
  /** Posts the flag action was considered for (once each, when the pointer or the focus came). */
  const offered = new WeakSet<Element>();

  const flush = () => {
    if (heard.length === 0) return;
    const message: HeardPostsMessage = { kind: 'ambassador:heard', platform, texts: heard.splice(0) };
    sendQuietly(message);
  };
  const mayCount = mayNameAny(policy);
  // textContent, not innerText: innerText would lay the page out.
  const postText = (post: Element) => post.querySelector(feed.text)?.textContent ?? '';
  /**
   * A post went past the screen: its text joins the batch at once, because a site that recycles
   * its feed (X) may drop the post soon after.
   */
  const hear = (post: Element) => {
    if (once.metBefore(post)) return;
    const text = postText(post);
    if (!mayCount(text) || !once.isNew(post, text)) return;
    heard.push(text);
    if (heard.length >= HEARD_BATCH_MAX) flush();
  };

  // Looking, not watching: the feed is looked at when a scroll begins and then every one or two
  // seconds (SAMPLE_MS) while it moves, and every post the screen passed over since the last look
  // is heard. A post is not watched one by one (an IntersectionObserver would cost a callback for
  // every frame that brings one into view). Each look reads the boxes of a few posts, searching
  // from where one post's box says the others are, with the scroll event or in a timer, when the
  // page's layout is clean (nothing is laid out for it). Where the feed is, is measured on a post (the mark),
  // so it works the same whichever element scrolls the feed.

  // The NodeList itself, not an array of it: a post's wrapper in this world is made only when a
  // look reads that post.
  let posts: NodeListOf<Element> | [] = [];
  let postsStale = true;
  /** Whether the page takes away the posts it showed: then it is looked at more often. */
  let dropsPosts = feed.dropsPosts ?? false;
  // Told once that the feed changed, then quiet until the next look has read the posts again.
  const mo = new MutationObserver(() => {
    postsStale = true;
    mo.disconnect();
  });
  const feedPosts = () => {
    if (postsStale) {
      const first = posts[0];
      posts = document.querySelectorAll(feed.post);
      if (first && !first.isConnected) dropsPosts = true;
      postsStale = false;
      mo.observe(document.body, { childList: true, subtree: true });
    }
    return posts;
  };

  const lookEvery = () => (dropsPosts ? SAMPLE_MS.drops : SAMPLE_MS.keeps);

  /** A post near the screen at the last look, its place in the feed, and its top on screen then. */
  let mark: { post: Element; at: number; top: number } | undefined;
  /**
   * Hears the posts the screen passed over since the last look, and says whether the feed moved.
   * `firstFrame`: the look comes with the first frame of a scroll after a quiet time. It only
   * asks whether the feed jumped (End, a dragged scroll bar, a link back to the top: a long way in
   * one frame, over posts never shown), and then hears where it landed; an ordinary scroll is
   * swept by the next look.
   */
  const look = (firstFrame: boolean): boolean => {
    const height = innerHeight;
    let band: Band = { top: 0, bottom: height };
    // With no mark there is nothing to measure from: the next scroll looks again. A mark the site
    // took away (a recycled post) leaves only the screen as it is now.
    let moved = mark !== undefined;
    let markBox: Box | undefined;
    if (mark && !mark.post.isConnected) dropsPosts = true;
    else if (mark) {
      markBox = mark.post.getBoundingClientRect();
      const shift = markBox.top - mark.top;
      moved = shift !== 0;
      const screens = firstFrame ? JUMP_SCREENS : (SWEEP_SCREENS_PER_SECOND * lookEvery()) / 1000;
      const jumped = Math.abs(shift) > screens * height;
      // The next look sweeps an ordinary scroll's first frame; a still feed has nothing new on
      // screen (the last look heard down to its bottom).
      if (!jumped && (firstFrame || !moved)) return moved;
      if (!jumped) band = sweptBand(shift, height);
    }
    const list = feedPosts();
    // Each post's box is read once per look at most.
    const boxes = new Map<number, Box>();
    const box = (i: number) => {
      let b = boxes.get(i);
      if (!b) boxes.set(i, (b = list[i]!.getBoundingClientRect()));
      return b;
    };
    let near: Seen | undefined;
    if (mark && markBox && list[mark.at] === mark.post) {
      boxes.set(mark.at, markBox);
      near = { from: guessPlace(mark.at, markBox, band.top), to: guessPlace(mark.at, markBox, band.bottom) };
    }
    const { from, to } = postsSeen(list.length, box, band, height, near);
    for (let i = from; i < to; i++) hear(list[i]!);
    // The next look measures from the last post seen, or from where the band met the feed.
    const at = Math.min(to > from ? to - 1 : from, list.length - 1);
    mark = at < 0 ? undefined : { post: list[at]!, at, top: box(at).top };
    return moved;
  };

  let sampling: ReturnType<typeof setTimeout> | undefined;
  const sample = () => {
    sampling = undefined;
    if (signal.aborted) return;
    if (look(false)) sampling = setTimeout(sample, lookEvery());
    else {
      flush();
      arrivals.still();
      waitForScroll();
    }
  };
  const onScroll = () => {
    if (signal.aborted) return;
    arrivals.scrolling();
    look(true);
    sampling ??= setTimeout(sample, lookEvery());
  };
  // Capturing on the window hears the page's scroll and that of any element scrolling the feed.
  const waitForScroll = () =>
    addEventListener('scroll', onScroll, { capture: true, passive: true, once: true });
  waitForScroll();
  // The screen the feed opens on, after the first frame.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (signal.aborted || mark) return;
      look(false);
      flush();
    }),
  );

  // The flag action is added when the employee comes to a post (the pointer moves onto it, the
  // focus enters it: arrivals.ts), not as posts scroll by: a write to the page while it scrolls
  // would make the browser lay it out again.
  const offerFlag = (element: Element) => {
    const post = element.closest(feed.post);
    if (!post || offered.has(post)) return;
    offered.add(post);
    // One post, once, when the employee comes to it: what it names and how it sounds.
    const text = postText(post);
    const mention = mayCount(text) ? classifyPost(text, policy) : undefined;
    if (!mention) return;
    const { products, competitors, sentiment } = mention;
    attachFlag(
      post,
      {
        link: permalinkOf(feed.address(post), document.baseURI),
        platform: SITES[platform].label,
        names: [...products, ...competitors],
        suggested: SUGGESTED[sentiment],
        reportTo: policy.listening.reportTo,
        onFlag: (flag) => recordMetric({ type: 'flag', platform, flag }),
      },
      signal,
    );
  };
  const arrivals = followArrivals(document, offerFlag, signal);

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
      mo.disconnect();
      clearTimeout(sampling);
      removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    },
    { once: true },
  );
}
