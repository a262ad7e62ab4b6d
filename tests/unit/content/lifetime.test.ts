import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionLifetime } from '../../../lib/content/lifetime';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('extensionLifetime', () => {
  it('ends when the extension goes away, and not before', () => {
    vi.useFakeTimers();
    const lifetime = extensionLifetime();
    vi.advanceTimersByTime(60_000);
    expect(lifetime.aborted).toBe(false);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(10_000);
    expect(lifetime.aborted).toBe(true);
  });
});
