/** Keep confidential topics with specialists: each topic term found is routed to its specialists. */
import type { Fields } from '../../../policy/fields.ts';
import { defineRule } from '../../rule.ts';
import { format } from '../../template.ts';
import { groupedTermRegex } from '../../terms.ts';

const topicSchema = (f: Fields) =>
  f.z.strictObject({
    id: f.idString,
    title: f.nonEmpty,
    terms: f.terms.min(1),
    specialists: f.nonEmpty.describe('Who to route the topic to; {specialists} in the message.'),
    severity: f.SeveritySchema.optional().describe("Overrides the rule's severity for this topic."),
    message: f.nonEmpty.optional().describe("Overrides the rule's message for this topic."),
  });

export const confidentialRule = defineRule({
  id: 'confidential',
  category: 'confidential',
  title: 'Confidential topics',
  description:
    'Earnings, unreleased products, mergers, layoffs, litigation, security incidents — topics for specialists. Each topic names who to route it to.',
  guideline: 'keep-confidential',
  reports: { 'confidential.<topic id>': 'a term of that topic' },
  config: {
    at: ['confidential'],
    schema: (f) =>
      f.ruleSettings('keep-confidential', {
        severity: f.severity('block'),
        topics: f.z.array(topicSchema(f)).max(100).default([]).superRefine(f.uniqueIds('topic id')),
        message: f.nonEmpty
          .default('{topic} is a topic for {specialists}. Leave it to them.')
          .describe('Placeholders: {topic}, {specialists}, {term}, {company}.'),
      }),
  },
  prepare: (cfg) => ({ topics: groupedTermRegex(cfg.topics.map((t) => t.terms)) }),
  run(r) {
    const { settings: cfg } = r;
    for (const m of r.find(r.prepared.topics, 200)) {
      const topic = cfg.topics[m.group];
      if (!topic) continue;
      r.report({
        id: `confidential.${topic.id}`,
        severity: topic.severity ?? cfg.severity,
        message: format(topic.message ?? cfg.message, {
          topic: topic.title,
          specialists: topic.specialists,
          term: m.text,
          company: r.policy.company,
        }),
        span: m,
      });
    }
  },
});
