/**
 * What the background, the pages and the content scripts share through extension storage and
 * messages. The background owns the writes of `activePolicy`, `policyStatus` and `switchedOff` (a
 * card and the options page ask it, one write at a time); the options page owns `importedPolicy`,
 * `training` (sync) and `settings`; content scripts only read, and send metric events and requests
 * to the background (IndexedDB lives in the extension's origin).
 *
 * The types are inferred from the zod schemas in schemas.ts (type-only imports: this module stays
 * free of zod at run time); items.ts has the typed storage items that read and write them.
 */
import type { z } from 'zod';
import { PLATFORMS, type Platform, type Surface } from '../engine/types';
import type {
  ActivePolicyRecordSchema,
  MetricEventSchema,
  PolicySourceSchema,
  PolicyStatusSchema,
  SiteSettingsSchema,
  TrainingRecordSchema,
} from './schemas';

export const KEYS = {
  /** storage.local: the policy in force, already validated. */
  activePolicy: 'activePolicy',
  /** storage.local: the last valid policy imported in the options page (raw JSON). */
  importedPolicy: 'importedPolicy',
  /** storage.local: errors of the policies that were refused, for the options page and popup. */
  policyStatus: 'policyStatus',
  /** storage.local: per-site on/off and snooze. */
  settings: 'settings',
  /** storage.sync: the employee's training record, follows them across devices. */
  training: 'training',
  /** storage.local: the optional kinds of nudge the employee switched off ("Don't show this kind again"). */
  switchedOff: 'switchedOffKinds',
} as const;

export type PolicySource = z.infer<typeof PolicySourceSchema>;
export type ActivePolicyRecord = z.infer<typeof ActivePolicyRecordSchema>;
export type PolicyStatus = z.infer<typeof PolicyStatusSchema>;
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;
/** Counts only: never the post text, never a handle of a third party. */
export type MetricEvent = z.infer<typeof MetricEventSchema>;
export type MetricType = MetricEvent['type'];

/** Every site on, nothing snoozed. */
export const DEFAULT_SETTINGS: SiteSettings = {
  enabled: Object.fromEntries(PLATFORMS.map((p) => [p, true])) as Record<Platform, boolean>,
};

/** A content script asks the background to inject the RE2 engine into its frame. */
export interface Re2Request {
  kind: 'ambassador:load-re2';
}

/**
 * A card asks the background to open the built-in course (content scripts cannot open tabs):
 * the options page's training section, at the lesson of guideline `lesson` when one is named.
 */
export interface OpenCourseRequest {
  kind: 'ambassador:open-course';
  lesson?: string;
}

/**
 * The options page's address for the course: its training section (`#training`, which the page
 * scrolls to), with the guideline whose lesson was asked for as `?lesson=`.
 */
export function coursePath(lesson?: string): string {
  return lesson ? `/options.html?lesson=${encodeURIComponent(lesson)}#training` : '/options.html#training';
}

/**
 * A card's "Don't show this kind again" (`shown: false`) or its Undo (`shown: true`): the
 * background validates and writes the employee's choice (content scripts only read storage).
 */
export interface SwitchKindRequest {
  kind: 'ambassador:switch-kind';
  /** An optional kind's id (`Finding.optionalKind`). */
  id: string;
  shown: boolean;
}

export interface MetricMessage {
  kind: 'ambassador:metric';
  event: MetricEvent;
}

/** The metric events of one task of a content script (a check that shows 100 findings: one message). */
export interface MetricBatchMessage {
  kind: 'ambassador:metrics';
  events: MetricEvent[];
}

/**
 * Listening: the feed posts a content script saw scroll by, for the service worker to classify
 * (off the page's main thread) into counts. The texts stay in memory there; only counts are kept.
 */
export interface HeardPostsMessage {
  kind: 'ambassador:heard';
  platform: Platform;
  texts: string[];
}

/** What a watched compose box is: its surface, or generic (found by no adapter selector). */
export type WatchedKind = Surface | 'generic';
export type WatchedCounts = Partial<Record<WatchedKind, number>>;

/** The popup asks the current tab's content script what it watches: counts only, never text. */
export interface WatchedBoxesRequest {
  kind: 'ambassador:watched-boxes';
}
export interface WatchedBoxesReply {
  counts: WatchedCounts;
  /** The page's editable elements, structure only (lib/content/structure-report.ts), for the admin. */
  report: string;
}
