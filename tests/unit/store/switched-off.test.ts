import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evaluate } from '../../../lib/engine';
import type { Finding } from '../../../lib/engine/types';
import { DEFAULT_POLICY_INPUT, parsePolicy } from '../../../lib/policy';
import { switchedOffItem } from '../../../lib/store/items';
import { switchedOffSet, withKindShown, withoutSwitchedOff } from '../../../lib/store/switched-off';

const finding = (ruleId: string, severity: Finding['severity'], optionalKind?: string): Finding => ({
  ruleId,
  category: 'tone',
  severity,
  guideline: 'Be nice',
  message: 'm',
  fixes: [],
  ...(optionalKind ? { optionalKind } : {}),
});

beforeEach(() => fakeBrowser.reset());

describe('switched-off kinds of nudge', () => {
  const shouting = finding('tone.shouting', 'info', 'tone.shouting');
  const insult = finding('tone.insult', 'warn');

  it('hide the findings of those optional kinds only', () => {
    const off = new Set(['tone.shouting', 'tone.insult']);
    // The insult's rule is not optional (no kind): switched off or not, it shows.
    expect(withoutSwitchedOff([shouting, insult], off)).toEqual([insult]);
    expect(withoutSwitchedOff([shouting, insult], new Set())).toEqual([shouting, insult]);
  });

  it('hide a kind only while the policy marks it optional: made mandatory again, it shows', () => {
    const draft = { text: 'WE ARE SO VERY EXCITED ABOUT THIS', platform: 'x', surface: 'post' } as const;
    const shown = (input: unknown) => {
      const r = parsePolicy(input);
      if (!r.ok) throw new Error('policy refused');
      const found = evaluate({ ...draft, training: { state: 'certified' } }, r.policy);
      return withoutSwitchedOff(found, new Set(['tone.shouting'])).map((f) => f.ruleId);
    };
    expect(shown(DEFAULT_POLICY_INPUT)).toEqual([]);
    const mandatory = { ...DEFAULT_POLICY_INPUT, tone: { ...DEFAULT_POLICY_INPUT.tone, shouting: {} } };
    expect(shown(mandatory)).toEqual(['tone.shouting']);
  });

  it('never hide a block, whatever a finding says', () => {
    const block = finding('length.over-limit', 'block', 'length');
    expect(withoutSwitchedOff([block], new Set(['length']))).toEqual([block]);
  });

  it('are added once and taken out', () => {
    expect(withKindShown([], 'length', false)).toEqual(['length']);
    expect(withKindShown(['length'], 'length', false)).toEqual(['length']);
    expect(withKindShown(['length', 'tone.shouting'], 'length', true)).toEqual(['tone.shouting']);
  });

  it('are read by the content scripts without zod: anything malformed hides nothing', () => {
    expect(switchedOffSet(undefined)).toEqual(new Set());
    expect(switchedOffSet('length')).toEqual(new Set());
    expect(switchedOffSet(['length', 3, null])).toEqual(new Set(['length']));
  });

  it('are stored in storage.local under their key, and read back', async () => {
    expect(`${switchedOffItem.area}:${switchedOffItem.key}`).toBe('local:switchedOffKinds');
    expect(await switchedOffItem.getValue()).toEqual([]);
    await switchedOffItem.setValue(['tone.shouting', 'custom.hype']);
    expect(await fakeBrowser.storage.local.get('switchedOffKinds')).toEqual({
      switchedOffKinds: ['tone.shouting', 'custom.hype'],
    });
    expect(await switchedOffItem.getValue()).toEqual(['tone.shouting', 'custom.hype']);
  });

  it('refuse a malformed write with a clear error and keep what was stored', async () => {
    await switchedOffItem.setValue(['length']);
    await expect(switchedOffItem.setValue(['length', 'length'])).rejects.toThrow(/each kind once/);
    await expect(switchedOffItem.setValue(['<script>'])).rejects.toThrow(/switchedOffKinds not written/);
    expect(await switchedOffItem.getValue()).toEqual(['length']);
    await fakeBrowser.storage.local.set({ switchedOffKinds: 'length' });
    expect(await switchedOffItem.getValue()).toEqual([]);
  });
});
