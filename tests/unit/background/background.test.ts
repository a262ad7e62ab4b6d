import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY, DEFAULT_POLICY_INPUT } from '../../../lib/policy';
import { startBackground, type MetricStore } from '../../../lib/store/background';
import type { ActivePolicyRecord, MetricEvent, PolicyStatus } from '../../../lib/store/contract';

const custom = (name: string, retentionDays = 180) => ({
  ...DEFAULT_POLICY_INPUT,
  name,
  metrics: { retentionDays },
});
const invalid = { ...DEFAULT_POLICY_INPUT, schemaVersion: 2 };

async function stored() {
  const local = await fakeBrowser.storage.local.get(['activePolicy', 'policyStatus']);
  return {
    active: local.activePolicy as ActivePolicyRecord | undefined,
    status: local.policyStatus as PolicyStatus | undefined,
  };
}

function fakeMetrics() {
  const recorded: MetricEvent[] = [];
  const pruned: number[] = [];
  const store: MetricStore = {
    record: async (event) => void recorded.push(event),
    prune: async (days) => void pruned.push(days),
  };
  return { recorded, pruned, store };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** The worker started, with its first publication done. */
async function started() {
  const metrics = fakeMetrics();
  const bg = startBackground(metrics.store);
  await bg.started;
  return { ...metrics, bg };
}

describe('policy publishing (managed > imported > built-in)', () => {
  it('publishes the built-in policy on a fresh install and prunes with its retention', async () => {
    const { pruned } = await started();
    const { active, status } = await stored();
    expect(active).toMatchObject({ source: 'default', policy: { name: DEFAULT_POLICY.name } });
    expect(status).toEqual({ refused: {} });
    // At the start, and again for the new activePolicy; both with the policy's retention.
    expect(new Set(pruned)).toEqual(new Set([DEFAULT_POLICY.metrics.retentionDays]));
  });

  it('follows the layers as they change', async () => {
    const { bg } = await started();
    await fakeBrowser.storage.local.set({ importedPolicy: custom('Imported') });
    await bg.republish(); // runs after the publication the change started
    expect((await stored()).active).toMatchObject({ source: 'imported', policy: { name: 'Imported' } });

    await fakeBrowser.storage.managed.set({ policy: custom('Managed') });
    await bg.republish();
    expect((await stored()).active).toMatchObject({ source: 'managed', policy: { name: 'Managed' } });

    await fakeBrowser.storage.managed.remove('policy');
    await bg.republish();
    expect((await stored()).active).toMatchObject({ source: 'imported', policy: { name: 'Imported' } });

    await fakeBrowser.storage.local.remove('importedPolicy');
    await bg.republish();
    expect((await stored()).active).toMatchObject({ source: 'default' });
  });

  it('a refused managed policy keeps the last valid one and reports every error', async () => {
    await fakeBrowser.storage.managed.set({ policy: custom('Good') });
    const { bg } = await started();
    const before = (await stored()).active!;
    expect(before).toMatchObject({ source: 'managed', policy: { name: 'Good' } });

    await fakeBrowser.storage.managed.set({ policy: invalid });
    await bg.republish();
    const { active, status } = await stored();
    expect(active).toEqual(before);
    expect(status!.refused.managed!.errors).toEqual([{ path: 'schemaVersion', message: expect.any(String) }]);

    await fakeBrowser.storage.managed.set({ policy: custom('Fixed') });
    await bg.republish();
    expect(await stored()).toMatchObject({ active: { policy: { name: 'Fixed' } }, status: { refused: {} } });
  });

  it('a refused imported policy keeps the last valid import', async () => {
    await fakeBrowser.storage.local.set({ importedPolicy: custom('Mine') });
    const { bg } = await started();
    await fakeBrowser.storage.local.set({ importedPolicy: invalid });
    await bg.republish();
    const { active, status } = await stored();
    expect(active).toMatchObject({ source: 'imported', policy: { name: 'Mine' } });
    expect(Object.keys(status!.refused)).toEqual(['imported']);
  });

  it('lockOverrides keeps an imported policy out of force', async () => {
    await fakeBrowser.storage.local.set({ importedPolicy: custom('Mine') });
    await fakeBrowser.storage.managed.set({ lockOverrides: true });
    await started();
    expect((await stored()).active).toMatchObject({ source: 'default' });
  });

  it('replaces a malformed stored record instead of failing', async () => {
    await fakeBrowser.storage.local.set({ activePolicy: { policy: 'gone', source: 1 }, policyStatus: 'x' });
    await started();
    expect(await stored()).toMatchObject({ active: { source: 'default' }, status: { refused: {} } });
  });

  it('prunes again with the new retention when the policy in force changes', async () => {
    const { bg, pruned } = await started();
    const before = pruned.length;
    await fakeBrowser.storage.local.set({ importedPolicy: custom('Short memory', 30) });
    await bg.republish();
    await vi.waitFor(() => expect(pruned.slice(before)).toEqual([30]));
  });

  it('applies an LMS completion from managed storage to the synced training record', async () => {
    await fakeBrowser.storage.managed.set({
      training: { courseVersion: '2025.1', completedAt: '2025-03-01' },
    });
    await started();
    expect(await fakeBrowser.storage.sync.get('training')).toEqual({
      training: { state: 'certified', courseVersion: '2025.1', completedAt: '2025-03-01', source: 'managed' },
    });
  });
});

describe('metric messages', () => {
  const event: MetricEvent = { type: 'fix-applied', platform: 'x', category: 'pii', ruleId: 'pii.phone' };
  const message = { kind: 'ambassador:metric', event };
  const self = () => ({ id: fakeBrowser.runtime.id });

  it('records a valid event from the extension and answers ok', async () => {
    const { recorded } = await started();
    expect(await fakeBrowser.runtime.onMessage.trigger(message, self())).toEqual([{ ok: true }]);
    expect(recorded).toEqual([event]);
  });

  it('records a batch of events, dropping the malformed ones', async () => {
    const { recorded } = await started();
    const shown: MetricEvent = { type: 'finding-shown', platform: 'x', category: 'pii', ruleId: 'pii.email' };
    const batch = {
      kind: 'ambassador:metrics',
      events: [event, ...Array.from({ length: 99 }, () => shown), { ...shown, text: 'my draft' }],
    };
    expect(await fakeBrowser.runtime.onMessage.trigger(batch, self())).toEqual([{ ok: true }]);
    expect(recorded).toEqual([event, ...Array.from({ length: 99 }, () => shown)]);
  });

  it("keeps a mention only when it names one of the policy's products or competitors", async () => {
    const { recorded } = await started();
    const mention = (subject: string): MetricEvent => ({
      type: 'mention',
      platform: 'x',
      about: 'product',
      subject,
      sentiment: 'neutral',
    });
    const batch = { kind: 'ambassador:metrics', events: [mention('XPS'), mention('call me at 555 0143')] };
    expect(await fakeBrowser.runtime.onMessage.trigger(batch, self())).toEqual([{ ok: true }]);
    expect(recorded).toEqual([mention('XPS')]);
  });

  it('counts the feed posts a content script heard, by name and sentiment, and keeps no text', async () => {
    const { recorded } = await started();
    const heard = {
      kind: 'ambassador:heard',
      platform: 'linkedin',
      texts: [
        'My new XPS 13 arrived broken and support has not called back. Terrible.',
        'Lovely weather in Austin today.',
        42,
      ],
    };
    expect(await fakeBrowser.runtime.onMessage.trigger(heard, self())).toEqual([{ ok: true }]);
    expect(recorded).toEqual([
      { type: 'mention', platform: 'linkedin', about: 'product', subject: 'XPS', sentiment: 'negative' },
    ]);
    expect(JSON.stringify(recorded)).not.toMatch(/arrived|Austin/);
  });

  it('ignores messages from other extensions or pages', async () => {
    const { recorded } = await started();
    expect(await fakeBrowser.runtime.onMessage.trigger(message, { id: 'another-extension' })).toEqual([
      undefined,
    ]);
    expect(await fakeBrowser.runtime.onMessage.trigger(message, {})).toEqual([undefined]);
    expect(recorded).toEqual([]);
  });

  it('ignores malformed events and other messages', async () => {
    const { recorded } = await started();
    for (const bad of [
      { kind: 'ambassador:metric', event: { ...event, text: 'my draft' } },
      { kind: 'ambassador:metric', event: { type: 'draft-checked', platform: 'myspace' } },
      { kind: 'ambassador:metric' },
      { kind: 'something-else', event },
      'ambassador:metric',
    ]) {
      expect(await fakeBrowser.runtime.onMessage.trigger(bad, self())).toEqual([undefined]);
    }
    expect(recorded).toEqual([]);
  });

  it('answers not ok when the event cannot be stored', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bg = startBackground({
      record: () => Promise.reject(new Error('quota')),
      prune: async () => undefined,
    });
    await bg.started;
    expect(await fakeBrowser.runtime.onMessage.trigger(message, self())).toEqual([{ ok: false }]);
    expect(error).toHaveBeenCalledWith('Ambassador: metric not recorded', expect.any(Error));
  });
});

describe('loading RE2 into a content script', () => {
  const request = { kind: 'ambassador:load-re2' };

  it("injects re2.js into the asking frame only, and only for the extension's own content scripts", async () => {
    await started();
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab, frameId: 3 };
    expect(await fakeBrowser.runtime.onMessage.trigger(request, sender)).toEqual([{ ok: true }]);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/re2.js'] });
    expect(
      await fakeBrowser.runtime.onMessage.trigger(request, { ...sender, id: 'another-extension' }),
    ).toEqual([undefined]);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('fails the request when there is no tab to inject into', async () => {
    await started();
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await expect(
      fakeBrowser.runtime.onMessage.trigger(request, { id: fakeBrowser.runtime.id }),
    ).rejects.toThrow(/pages only/);
    expect(inject).not.toHaveBeenCalled();
  });
});

describe('opening the course for a card', () => {
  const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab };

  it('opens the options page’s training section next to the asking tab, at a lesson when named', async () => {
    await started();
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as Browser.tabs.Tab);
    expect(await fakeBrowser.runtime.onMessage.trigger({ kind: 'ambassador:open-course' }, sender)).toEqual([
      { ok: true },
    ]);
    expect(create).toHaveBeenLastCalledWith({
      url: fakeBrowser.runtime.getURL('/options.html#training'),
      openerTabId: 7,
    });
    await fakeBrowser.runtime.onMessage.trigger(
      { kind: 'ambassador:open-course', lesson: 'disclose' },
      sender,
    );
    expect(create).toHaveBeenLastCalledWith({
      url: fakeBrowser.runtime.getURL('/options.html?lesson=disclose#training'),
      openerTabId: 7,
    });
  });

  it('ignores the request from another extension, or with a lesson that is not a string', async () => {
    await started();
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as Browser.tabs.Tab);
    for (const [message, from] of [
      [{ kind: 'ambassador:open-course' }, { ...sender, id: 'another-extension' }],
      [{ kind: 'ambassador:open-course', lesson: 7 }, sender],
    ] as const)
      expect(await fakeBrowser.runtime.onMessage.trigger(message, from)).toEqual([undefined]);
    expect(create).not.toHaveBeenCalled();
  });
});

describe('a card\'s "Don\'t show this kind again"', () => {
  const self = () => ({ id: fakeBrowser.runtime.id });
  const switchKind = (id: string, shown: boolean) => ({ kind: 'ambassador:switch-kind', id, shown });
  const switchedOff = async () => (await fakeBrowser.storage.local.get('switchedOffKinds')).switchedOffKinds;

  it('stores a kind the policy in force marks optional, and its Undo', async () => {
    await started();
    expect(await fakeBrowser.runtime.onMessage.trigger(switchKind('tone.shouting', false), self())).toEqual([
      { ok: true },
    ]);
    await fakeBrowser.runtime.onMessage.trigger(switchKind('length', false), self());
    expect(await switchedOff()).toEqual(['tone.shouting', 'length']);
    await fakeBrowser.runtime.onMessage.trigger(switchKind('tone.shouting', true), self());
    expect(await switchedOff()).toEqual(['length']);
  });

  it('never switches off a mandatory kind, nor for another extension', async () => {
    await started();
    expect(await fakeBrowser.runtime.onMessage.trigger(switchKind('pii', false), self())).toEqual([
      { ok: false },
    ]);
    expect(
      await fakeBrowser.runtime.onMessage.trigger(switchKind('tone.shouting', false), {
        id: 'another-extension',
      }),
    ).toEqual([undefined]);
    expect(await switchedOff()).toBeUndefined();
  });
});
