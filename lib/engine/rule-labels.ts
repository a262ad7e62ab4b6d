import { RULES } from './rules/index.ts';

/**
 * A person's name for a finding id, from the rule that reports it: its title, and the variant
 * when there is one ("pii.phone" → "Personal data: phone"). Unknown ids are returned as they are.
 */
export function ruleLabel(ruleId: string): string {
  let owner: (typeof RULES)[number] | undefined;
  for (const rule of RULES) {
    const owns = ruleId === rule.id || ruleId.startsWith(rule.id + '.');
    if (owns && (!owner || rule.id.length > owner.id.length)) owner = rule;
  }
  if (!owner) return ruleId;
  const variant = ruleId.slice(owner.id.length + 1).replace(/-/g, ' ');
  return variant ? `${owner.title}: ${variant}` : owner.title;
}
