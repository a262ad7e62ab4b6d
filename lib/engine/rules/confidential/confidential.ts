/**
 * Keep confidential topics with specialists: each topic term found is routed to its specialists.
 *
 * A leak needs an insider: the rule's severity (block) applies when the draft speaks as the company
 * ("we", "our team", a disclosure that the author works there) or claims inside knowledge
 * ("rumours", "coming soon", "unannounced"), and no word shows the news is out ("announced",
 * "reports say"). Otherwise the draft comments on news — already public, or another firm's — and
 * gets the public severity: a warning to check, since blocking would stop the employee posting what
 * the policy allows. A topic's own severity (the admin marking it block) overrides both.
 */
import type { Fields } from '../../../policy/fields.ts';
import { defineRule } from '../../rule.ts';
import { isApprovedStoryline, storylineFixes } from '../../storylines.ts';
import { format } from '../../template.ts';
import { groupedTermRegex, termRegex } from '../../terms.ts';

const PUBLIC_CUES = [
  'announced',
  'has announced',
  'publicly',
  'press release',
  'reported',
  'reporting',
  'reports say',
  'report says',
  'according to',
  'confirmed',
  'completed',
  'has agreed',
  'said',
  'says',
  'publicized',
  'publicised',
  'officially',
  'approved',
  'regulatory approval',
  'shares in',
  'shareholder',
  'shareholders',
  'in the news',
  'headlines',
];

const INSIDER_CUES = [
  'we',
  "we're",
  "we've",
  "we'll",
  "we'd",
  'our',
  'ours',
  'us',
  'my team',
  'internal',
  'internally',
  'rumour*',
  'rumor*',
  'heard',
  'hearing',
  'coming',
  'soon',
  'next week',
  'next month',
  'unannounced',
  'unreleased',
  'not yet announced',
  'not announced yet',
  'not public yet',
  'not yet public',
  'codename*',
  'code name',
  'embargo*',
  'under NDA',
  'confidential',
  'off the record',
  'between us',
  'leak*',
];

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
        publicSeverity: f
          .severity('warn')
          .describe(
            "Severity when the draft comments on news rather than leaking it: no insider cue and no disclosure, or a public cue. A topic's own severity overrides both.",
          ),
        publicCues: f.terms
          .default(PUBLIC_CUES)
          .describe('Words that show the news is already out ("announced", "reports say").'),
        insiderCues: f.terms
          .default(INSIDER_CUES)
          .describe(
            'Words that show the draft speaks as the company or from inside knowledge ("we", "our team", "rumours", "coming soon").',
          ),
        topics: f.z.array(topicSchema(f)).max(100).default([]).superRefine(f.uniqueIds('topic id')),
        message: f.nonEmpty
          .default('{topic} is a topic for {specialists}. Leave it to them.')
          .describe('Placeholders: {topic}, {specialists}, {term}, {company}.'),
      }),
  },
  prepare: (cfg) => ({
    topics: groupedTermRegex(cfg.topics.map((t) => t.terms)),
    publicCues: termRegex(cfg.publicCues),
    insiderCues: termRegex(cfg.insiderCues),
  }),
  run(r) {
    const { settings: cfg, prepared } = r;
    const found = r.find(prepared.topics, 200);
    if (found.length === 0 || isApprovedStoryline(r)) return;
    const insider = r.find(prepared.insiderCues, 1).length > 0 || r.disclosures().length > 0;
    const alreadyPublic = !insider || r.find(prepared.publicCues, 1).length > 0;
    for (const m of found) {
      const topic = cfg.topics[m.group];
      if (!topic) continue;
      r.report({
        id: `confidential.${topic.id}`,
        severity: topic.severity ?? (alreadyPublic ? cfg.publicSeverity : cfg.severity),
        message: format(topic.message ?? cfg.message, {
          topic: topic.title,
          specialists: topic.specialists,
          term: m.text,
          company: r.policy.company,
        }),
        span: m,
        fixes: storylineFixes(r, topic),
      });
    }
  },
});
