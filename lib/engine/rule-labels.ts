import { RULES } from './rules/index.ts';

/** The rule that reports a finding id, and the variant after its id ("pii.phone" → pii, "phone"). */
export interface FindingName {
  rule: (typeof RULES)[number];
  /** The rest of the finding id after the rule's ("phone", "customer-posted"); "" for the rule's own id. */
  variant: string;
}

/** The rule that reports a finding id: the longest rule id it starts with. */
export function findingName(ruleId: string): FindingName | undefined {
  let owner: (typeof RULES)[number] | undefined;
  for (const rule of RULES) {
    const owns = ruleId === rule.id || ruleId.startsWith(rule.id + '.');
    if (owns && (!owner || rule.id.length > owner.id.length)) owner = rule;
  }
  return owner && { rule: owner, variant: ruleId.slice(owner.id.length + 1) };
}

/**
 * A person's name for a finding id, in English (the command's; the dashboard has its own in the UI
 * language): the rule's title, and the variant when there is one ("pii.phone" → "Personal data:
 * phone"). Unknown ids are returned as they are.
 */
export function ruleLabel(ruleId: string): string {
  const name = findingName(ruleId);
  if (!name) return ruleId;
  return name.variant ? `${name.rule.title}: ${name.variant.replace(/-/g, ' ')}` : name.rule.title;
}
