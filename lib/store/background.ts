/**
 * The service worker's logic: publishes the policy in force (managed > imported > built-in) at
 * every start and whenever a layer changes, applies an LMS training completion from managed
 * storage, stores the metric events of the content scripts and applies the retention limit.
 * entrypoints/background.ts only calls startBackground().
 */
import { browser } from 'wxt/browser';
import {
  KEYS,
  coursePath,
  type HeardPostsMessage,
  type MetricEvent,
  type OpenCourseRequest,
  type Re2Request,
  type SwitchKindRequest,
} from './contract';
import { PLATFORMS, type Platform } from '../engine/types';
import { classifyPost, listeningNames } from '../listening/classify';
import { optionalKinds } from '../engine/optional';
import type { Policy } from '../policy/schema';
import { activePolicyItem, switchedOffItem } from './items';
import { pruneMetrics, recordMetric } from './metrics-db';
import { dayOf, parseMetricEvents } from './metrics-model';
import { publishPolicy, serialized } from './policy-service';
import { withKindShown } from './switched-off';

/** Where the metric events go (IndexedDB); tests pass their own. */
export interface MetricStore {
  record(event: MetricEvent): Promise<void>;
  /** Deletes the buckets older than the retention limit. */
  prune(retentionDays: number): Promise<unknown>;
}

const indexedDbMetrics: MetricStore = { record: recordMetric, prune: pruneMetrics };

/** A batch's events, one after another (each in its own transaction: none lost if the worker stops). */
async function recordInOrder(metrics: MetricStore, events: MetricEvent[]): Promise<void> {
  for (const event of events) await metrics.record(event);
}

export interface Background {
  /** Publish the policy again; calls run one after another. Resolves when this one is done. */
  republish(): Promise<void>;
  /** The first publication and pruning, started by startBackground. */
  started: Promise<void>;
}

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

function isRe2Request(message: unknown): message is Re2Request {
  return (message as Re2Request | null)?.kind === 'ambassador:load-re2';
}

function isOpenCourseRequest(message: unknown): message is OpenCourseRequest {
  const request = message as OpenCourseRequest | null;
  return (
    request?.kind === 'ambassador:open-course' &&
    (request.lesson === undefined || typeof request.lesson === 'string')
  );
}

function isSwitchKindRequest(message: unknown): message is SwitchKindRequest {
  const request = message as SwitchKindRequest | null;
  return (
    request?.kind === 'ambassador:switch-kind' &&
    typeof request.id === 'string' &&
    typeof request.shown === 'boolean'
  );
}

/**
 * Writes a card's "Don't show this kind again" or its Undo. Only a kind the policy in force marks
 * optional is switched off; any kind may be shown again.
 */
async function switchKind({ id, shown }: SwitchKindRequest): Promise<{ ok: boolean }> {
  if (!shown) {
    const active = await activePolicyItem.getValue();
    if (!active || !optionalKinds(active.policy).some((kind) => kind.id === id)) return { ok: false };
  }
  await switchedOffItem.setValue(withKindShown(await switchedOffItem.getValue(), id, shown));
  return { ok: true };
}

/** Opens the course in a new tab next to the asking one. */
async function openCourse(request: OpenCourseRequest, sender: Sender): Promise<{ ok: true }> {
  const url = browser.runtime.getURL(coursePath(request.lesson) as '/options.html');
  const opener = sender.tab?.id;
  await browser.tabs.create({ url, ...(opener === undefined ? {} : { openerTabId: opener }) });
  return { ok: true };
}

/** Runs `re2.js` in the asking content script's world (its frame only); rejects when it cannot. */
async function injectRe2(sender: Sender): Promise<{ ok: true }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('RE2 is injected into pages only');
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: ['/re2.js'],
  });
  return { ok: true };
}

/**
 * The events whose listening names are the policy's own: a mention carries a product or
 * competitor name the policy lists, never any other words.
 */
async function namedByPolicy(events: MetricEvent[]): Promise<MetricEvent[]> {
  if (!events.some((e) => e.type === 'mention')) return events;
  const active = await activePolicyItem.getValue();
  const names = active ? listeningNames(active.policy) : new Set<string>();
  return events.filter((e) => e.type !== 'mention' || names.has(e.subject));
}

/** At most this many posts per message, each read up to this many characters (a feed post is short). */
const MAX_HEARD_POSTS = 500;
const MAX_HEARD_TEXT = 5_000;

function isHeardPosts(message: unknown): message is HeardPostsMessage {
  const m = message as Partial<HeardPostsMessage> | null;
  return (
    m?.kind === 'ambassador:heard' && PLATFORMS.includes(m.platform as Platform) && Array.isArray(m.texts)
  );
}

/** The mention counts of the posts a content script saw: classified here, the texts then dropped. */
function heardEvents({ platform, texts }: HeardPostsMessage, policy: Policy | undefined): MetricEvent[] {
  if (!policy?.listening?.enabled) return [];
  return texts.slice(0, MAX_HEARD_POSTS).flatMap((text): MetricEvent[] => {
    if (typeof text !== 'string') return [];
    const mention = classifyPost(text.slice(0, MAX_HEARD_TEXT), policy);
    if (!mention) return [];
    const { products, competitors, sentiment } = mention;
    const about = (kind: 'product' | 'competitor', names: string[]) =>
      names.map((subject) => ({ type: 'mention' as const, platform, about: kind, subject, sentiment }));
    return [...about('product', products), ...about('competitor', competitors)];
  });
}

export function startBackground(metrics: MetricStore = indexedDbMetrics): Background {
  const republish = serialized(publishPolicy);
  // The policy in force as read once for listening (its term lists are compiled once per object),
  // after the worker's first publish.
  let listeningPolicy: Promise<Policy | undefined> | undefined;
  const policyForListening = () =>
    (listeningPolicy ??= published
      .catch(() => {})
      .then(() => activePolicyItem.getValue())
      .then((active) => active?.policy));

  // The retention limit, applied at every start of the worker and at most once a day while it runs.
  let prunedOn: string | undefined;
  const prune = async () => {
    const active = await activePolicyItem.getValue();
    if (!active) return;
    prunedOn = dayOf(new Date());
    await metrics.prune(active.policy.metrics.retentionDays);
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void republish();
    else if (area === 'local' && KEYS.importedPolicy in changes) void republish();
    else if (area === 'local' && KEYS.activePolicy in changes) {
      listeningPolicy = undefined;
      void prune().catch(() => {});
    }
  });

  // One read-and-write of the switched-off kinds at a time (two tabs may click at once).
  let switching: Promise<unknown> = Promise.resolve();
  // Metric events and heard feed posts from the content scripts: counts only, written at once (the
  // worker may stop).
  // And the RE2 engine, into the frame of a content script whose policy needs it, and a card's
  // "Don't show this kind again".
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isRe2Request(message)) return injectRe2(sender);
    if (isSwitchKindRequest(message))
      return (switching = switching.catch(() => {}).then(() => switchKind(message)));
    if (isOpenCourseRequest(message)) return openCourse(message, sender);
    let events: Promise<MetricEvent[]>;
    // Heard posts are counted here by the policy's own names; events from a content script are
    // checked for them.
    if (isHeardPosts(message)) events = policyForListening().then((policy) => heardEvents(message, policy));
    else {
      const parsed = parseMetricEvents(message);
      if (!parsed) return undefined;
      events = namedByPolicy(parsed);
    }
    return events
      .then((named) => recordInOrder(metrics, named))
      .then(
        () => {
          if (prunedOn !== dayOf(new Date())) void prune().catch(() => {});
          return { ok: true };
        },
        (e: unknown) => {
          console.error('Ambassador: metric not recorded', e);
          return { ok: false };
        },
      );
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`Ambassador ${browser.runtime.getManifest().version} ${reason}`);
  });

  // Every start of the worker (install, browser start, wake-up): publish, then prune old metrics.
  const published = republish();
  const started = published.then(prune).catch((e: unknown) => console.error('Ambassador: pruning failed', e));
  return { republish, started };
}
