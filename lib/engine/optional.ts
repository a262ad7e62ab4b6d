/**
 * The kinds of nudge the policy lets an employee switch off ("Don't show this kind again"): each
 * rule whose settings say `optional: true`, and each optional custom rule. A finding of such a
 * kind carries its id as `optionalKind` (rule.ts), unless it is a block.
 */
import type { Policy } from '../policy/schema.ts';
import { guidelineTitle } from './context.ts';
import { isEnabled, settingsOf, type Rule } from './rule.ts';
import { customFindingId, customRule } from './rules/custom/custom.ts';
import { RULES } from './rules/index.ts';

export interface OptionalKind {
  /** What the employee's choice is stored by: the rule id, or `custom.<id>`. */
  id: string;
  /** The rule's name ("Shouting"), or the custom rule's id. */
  title: string;
  /** The title of the guideline its findings serve. */
  guideline: string;
}

/** The optional kinds of the policy, in the order its rules run; switched-off rules are left out. */
export function optionalKinds(policy: Policy): OptionalKind[] {
  const titleOf = (id: string) => guidelineTitle(policy, id);
  return (RULES as readonly Rule[]).flatMap((rule): OptionalKind[] => {
    if (!isEnabled(rule, policy)) return [];
    if (rule === customRule)
      return settingsOf(customRule, policy)
        .filter((custom) => custom.optional)
        .map((custom) => ({
          id: customFindingId(custom.id),
          title: custom.id,
          guideline: titleOf(custom.guideline),
        }));
    const settings = settingsOf(rule, policy) as { optional?: boolean; guideline?: string };
    return settings.optional
      ? [{ id: rule.id, title: rule.title, guideline: titleOf(settings.guideline ?? rule.guideline) }]
      : [];
  });
}
