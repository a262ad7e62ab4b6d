/**
 * The check of storylines against the rest of the policy: an X text must still fit once the
 * disclosure rule has placed the disclosure in it, as the storyline fix and the search insert it.
 */
import type { z } from 'zod';
import { xLength } from '../engine/matchers/x-length.ts';
import { settingsOf } from '../engine/rule.ts';
import { disclosureRule } from '../engine/rules/disclosure/disclosure.ts';
import { storylineText } from '../engine/storylines.ts';
import type { PolicyCore } from './core.ts';
import { X_LIMIT } from './storylines.ts';

export function checkStorylineLengths(policy: PolicyCore, ctx: z.RefinementCtx): void {
  // The disclosure fix adds at most the inserted text and a space (a move adds nothing): only a
  // text that could then pass the limit is placed, which takes the engine's tables.
  const insert = settingsOf(disclosureRule, policy)?.insertText ?? '';
  const room = X_LIMIT - xLength(insert + ' ', X_LIMIT).length;
  policy.storylines.items.forEach((s, i) => {
    const own = s.text.x;
    if (own === undefined) return;
    const ownLength = xLength(own, X_LIMIT).length;
    if (ownLength <= room || ownLength > X_LIMIT) return; // fits whatever happens, or reported on the field
    const placed = storylineText(
      s,
      { text: own, platform: 'x', surface: 'post', training: { state: 'certified' } },
      policy,
    )!;
    const { length } = xLength(placed, X_LIMIT);
    if (length > X_LIMIT)
      ctx.addIssue({
        code: 'custom',
        message: `${length} weighted characters on X once the disclosure is placed (the limit is ${X_LIMIT}): shorten it, or write the disclosure into it`,
        path: ['storylines', 'items', i, 'text', 'x'],
      });
  });
}
