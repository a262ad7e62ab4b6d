/** The content script's metric events leave in one message per task, not one per event. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordMetric } from '../../../lib/content/context';
import type { MetricEvent } from '../../../lib/store/contract';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('recordMetric', () => {
  it('sends the events of one task together: 2,000 pasted addresses are one message', () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const shown: MetricEvent = { type: 'finding-shown', platform: 'x', category: 'pii', ruleId: 'pii.email' };
    recordMetric({ type: 'draft-checked', platform: 'x' });
    for (let i = 0; i < 2_000; i++) recordMetric(shown);
    expect(send).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(send).toHaveBeenCalledTimes(1);
    const [message] = send.mock.calls[0] as [{ kind: string; events: MetricEvent[] }];
    expect(message.kind).toBe('ambassador:metrics');
    expect(message.events).toHaveLength(2_001);
    // The next task's events go in a message of their own.
    recordMetric({ type: 'handoff', platform: 'x' });
    vi.runAllTimers();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0]).toEqual({
      kind: 'ambassador:metrics',
      events: [{ type: 'handoff', platform: 'x' }],
    });
  });
});
