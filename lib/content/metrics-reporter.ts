/** Carries the session's record-metric effects to the background, with the site they happened on. */
import type { Platform } from '../engine/types';
import type { MetricEvent } from '../store/contract';
import { recordMetric } from './context';
import type { Metric } from './session-state';

export function reportMetric(platform: Platform, metric: Metric): void {
  recordMetric({ ...metric, platform } as MetricEvent);
}
