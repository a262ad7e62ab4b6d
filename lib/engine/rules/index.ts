/**
 * Every rule, one line each, in the order they run. The policy schema, the guideline defaults,
 * the dashboard's labels and docs/policy-reference.md are derived from this list.
 */
import { asksForDetailsRule } from './handoff/asks-for-details.ts';
import { audienceRule } from './handoff/audience.ts';
import { confidentialRule } from './confidential/confidential.ts';
import { customRule } from './custom/custom.ts';
import { disclosureRule } from './disclosure/disclosure.ts';
import { governanceRule } from './governance/governance.ts';
import { handoffRule } from './handoff/handoff.ts';
import { lengthRule } from './length/length.ts';
import { personalDataRule } from './pii/personal-data.ts';
import { hostileThreadRule } from './tone/hostile-thread.ts';
import { insultRule } from './tone/insult.ts';
import { profanityRule } from './tone/profanity.ts';
import { shoutingRule } from './tone/shouting.ts';
import { competitorRule, otherSideRule } from './tone/slam.ts';
import { trainingRule } from './training/training.ts';

export const RULES = [
  governanceRule,
  trainingRule,
  disclosureRule,
  personalDataRule,
  profanityRule,
  insultRule,
  shoutingRule,
  competitorRule,
  otherSideRule,
  hostileThreadRule,
  confidentialRule,
  handoffRule,
  asksForDetailsRule,
  audienceRule,
  lengthRule,
  customRule,
] as const;
