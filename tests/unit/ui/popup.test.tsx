// @vitest-environment happy-dom
/** The popup under a policy that locks the switches, and the note that blocks still hold. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup, type PopupProps } from '../../../components/popup/Popup';
import { DEFAULT_POLICY } from '../../../lib/policy';
import { DEFAULT_SETTINGS } from '../../../lib/store/contract';
import { totals } from '../../../lib/store/metrics-model';
import { snoozedFor } from '../../../lib/store/settings';

let root: HTMLElement;
beforeEach(() => (root = document.createElement('div')));
afterEach(() => render(null, root));

const NOW = 1_700_000_000_000;
function props(
  enforcement: Partial<typeof DEFAULT_POLICY.enforcement>,
  settings = DEFAULT_SETTINGS,
): PopupProps {
  const noop = () => {};
  return {
    loaded: true,
    active: {
      policy: { ...DEFAULT_POLICY, enforcement: { ...DEFAULT_POLICY.enforcement, ...enforcement } },
      source: 'managed',
      since: new Date(NOW).toISOString(),
    },
    training: 'certified',
    settings,
    today: totals([]),
    now: NOW,
    reportCopied: false,
    onCopyReport: noop,
    onToggleSite: noop,
    onSnooze: noop,
    onResume: noop,
    onOpenOptions: noop,
  };
}
const q = (testId: string) => root.querySelector(`[data-testid="${testId}"]`);

describe('popup switches', () => {
  it('are locked on, with no snooze, when the policy locks them (even over a stored snooze)', () => {
    render(<Popup {...props({ lockSwitches: true }, snoozedFor(DEFAULT_SETTINGS, 60, NOW))} />, root);
    const box = q('site-linkedin') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.disabled).toBe(true);
    expect(q('switches-locked')).not.toBeNull();
    expect((root.querySelector('.snooze') as HTMLElement).hidden).toBe(true);
    expect(root.textContent).not.toContain('Snoozed');
  });

  it('say that a post breaking the policy is still held, unless the policy lets blocks be snoozed', () => {
    render(<Popup {...props({})} />, root);
    expect((q('site-linkedin') as HTMLInputElement).disabled).toBe(false);
    expect(q('blocks-hold')).not.toBeNull();
    render(<Popup {...props({ snoozeBlocks: true })} />, root);
    expect(q('blocks-hold')).toBeNull();
  });
});
