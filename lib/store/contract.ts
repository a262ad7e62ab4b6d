/**
 * What the background, the pages and the content scripts share through extension storage and
 * messages. The background owns the writes of `activePolicy` and `policyStatus`; the options page
 * owns `importedPolicy`, `training` (sync) and `settings`; content scripts only read, and send
 * metric events to the background (IndexedDB lives in the extension's origin).
 */
import type { Category, Platform, TrainingState } from '../engine/types';
import type { Policy } from '../policy/schema';

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
} as const;

export type PolicySource = 'managed' | 'imported' | 'default';

export interface ActivePolicyRecord {
  policy: Policy;
  source: PolicySource;
  /** ISO time it came into force. */
  since: string;
}

export interface PolicyError {
  path: string;
  message: string;
}

export interface PolicyStatus {
  /** Refused policies by source, with every error; absent when the source's policy is valid. */
  refused: Partial<Record<Exclude<PolicySource, 'default'>, { at: string; errors: PolicyError[] }>>;
}

export interface SiteSettings {
  enabled: Record<Platform, boolean>;
  /** Epoch milliseconds until which every nudge is snoozed. */
  snoozedUntil?: number;
}

export const DEFAULT_SETTINGS: SiteSettings = { enabled: { x: true, facebook: true, linkedin: true } };

export interface TrainingRecord {
  /** Where the employee stands in the course; `certified` needs a completion date. */
  state: Exclude<TrainingState, 'expired'>;
  courseVersion?: string;
  /** ISO date of the completion. */
  completedAt?: string;
  /** Who recorded it: the built-in course, or the admin's LMS through managed storage. */
  source?: 'course' | 'managed';
}

/** Counts only: never the post text, never a handle of a third party. */
export type MetricEvent =
  | { type: 'draft-checked'; platform: Platform }
  | { type: 'finding-shown'; platform: Platform; category: Category; ruleId: string }
  | { type: 'fix-applied'; platform: Platform; category: Category; ruleId: string }
  | { type: 'dismissed'; platform: Platform; category: Category; ruleId: string }
  | { type: 'handoff'; platform: Platform }
  | { type: 'disclosure-added'; platform: Platform }
  | { type: 'post-held'; platform: Platform; category: Category; ruleId: string }
  | { type: 'posted-anyway'; platform: Platform; category: Category; ruleId: string };

export interface MetricMessage {
  kind: 'ambassador:metric';
  event: MetricEvent;
}
