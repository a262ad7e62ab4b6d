/**
 * The names of rules and finding ids in the UI language (the options page, the overlay). Each
 * rule's title and each variant the rules and the built-in policy name have a message of their own
 * in locales/<locale>.json ("rulePiiPhone": "Personal data: phone"; English is the source, and reads
 * as lib/engine/rule-labels.ts, which the `ambassador` command keeps). A variant only an admin's
 * policy names (a custom rule, a topic of its own) shows its id after the rule's title.
 */
import { findingName } from '../engine/rule-labels';
import { t, type MessageKey } from './messages';

/** The catalogue's name for a rule or finding id: "pii.customer-posted" → "rulePiiCustomerPosted". */
export const ruleMessageKey = (id: string): string =>
  'rule' +
  id
    .split(/[.-]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

/** The message named `key`, or undefined when the catalogue has none (`t` then gives the name back). */
function message(key: string): string | undefined {
  const text = t(key as MessageKey);
  return text === key ? undefined : text;
}

/** A rule's title ("Shouting"), for a rule id; undefined for any other id. */
export function ruleTitle(ruleId: string): string | undefined {
  const name = findingName(ruleId);
  return name && !name.variant ? (message(ruleMessageKey(ruleId)) ?? name.rule.title) : undefined;
}

/** A finding id's name: its rule's title, and its variant ("Personal data: phone"). Unknown ids stay as they are. */
export function ruleName(findingId: string): string {
  const name = findingName(findingId);
  if (!name) return findingId;
  const title = message(ruleMessageKey(name.rule.id)) ?? name.rule.title;
  if (!name.variant) return title;
  const own = message(ruleMessageKey(findingId));
  if (own) return own;
  // A rule that could not run reports `<rule id>.failed` (evaluate.ts).
  if (name.variant === 'failed') return t('ruleFailed', { rule: title });
  return t('ruleWithVariant', { rule: title, variant: name.variant.replace(/-/g, ' ') });
}
