/**
 * Keep confidential topics with specialists: each topic term found is routed to its specialists.
 *
 * A leak needs an insider: the rule's severity (block) applies when the draft speaks as the company
 * ("we", "our team", a disclosure that the author works there) or claims inside knowledge
 * ("rumours", "coming soon", "unannounced"), and no word shows the news is out ("announced",
 * "reports say"). Otherwise the draft comments on news — already public, or another firm's — and
 * gets the public severity: a warning to check, since blocking would stop the employee posting what
 * the policy allows. A topic's own severity (the admin marking it block) overrides both.
 *
 * Beyond the listed terms, inside knowledge by its shape (matchers/insider.ts): the firm's own
 * numbers before results, a launch date, a legal matter, each in a sentence in the first person.
 * A shape is a guess, so it warns (`insiderSeverity`) and never blocks by default.
 */
import type { Fields } from '../../../policy/fields.ts';
import { findInsider, INSIDER_CLASSES } from '../../matchers/insider.ts';
import { defineRule } from '../../rule.ts';
import { overlaps } from '../../spans.ts';
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

/**
 * Cues that are news words in another use: "US" in capitals is the country ("US phone firm MCI"),
 * "the court heard", "a hearing", "in the coming weeks" are reporting, not inside knowledge.
 */
const NEWS_USE = /\b(?:the|a|court|tribunal|judge|jury|committee|panel|public|was|were|been|being)\s+$/i;
function isCue(text: string, m: { start: number; text: string }): boolean {
  if (m.text === 'US') return false;
  if (!/^(?:heard|hearing|coming)$/i.test(m.text)) return true;
  return !NEWS_USE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** What each shape is, in a message. */
const INSIDER_WHAT = {
  'results-ahead': 'numbers before they are published',
  'launch-date': 'a date for something not launched',
  'legal-matter': 'a legal matter',
} as const;

const topicSchema = (f: Fields) =>
  f.z.strictObject({
    id: f.idString,
    title: f.text,
    terms: f.terms.min(1),
    specialists: f.text.describe('Who to route the topic to; {specialists} in the message.'),
    severity: f.SeveritySchema.optional().describe("Overrides the rule's severity for this topic."),
    message: f.text.optional().describe("Overrides the rule's message for this topic."),
  });

export const confidentialRule = defineRule({
  id: 'confidential',
  category: 'confidential',
  title: 'Confidential topics',
  description:
    'Earnings, unreleased products, mergers, layoffs, litigation, security incidents — topics for specialists. Each topic names who to route it to.',
  guideline: 'keep-confidential',
  reports: {
    'confidential.<topic id>': 'a term of that topic',
    'confidential.results-ahead': 'the firm’s numbers or outlook, in the first person',
    'confidential.launch-date': 'a launch or announcement with a date, in the first person',
    'confidential.legal-matter': 'a legal matter of the firm’s, in the first person',
  },
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
        insiderClasses: f.z
          .array(f.z.enum(INSIDER_CLASSES))
          .default([...INSIDER_CLASSES])
          .describe(
            'Inside knowledge recognised by its shape in a first-person sentence: `results-ahead` (numbers or an outlook on sales, profits, costs), `launch-date` (a launch, release or announcement with a date), `legal-matter` (court, lawyers, regulators, an inquiry). Empty to turn them off.',
          ),
        insiderSeverity: f.severity('warn').describe('Severity of the shapes in `insiderClasses`.'),
        insiderSpecialists: f.z
          .strictObject({
            'results-ahead': f.text.default('Investor Relations'),
            'launch-date': f.text.default('Product Marketing and Corporate Communications'),
            'legal-matter': f.text.default('Legal'),
          })
          .prefault({})
          .describe('Who to route each shape to; {specialists} in its message.'),
        insiderMessage: f.text
          .default('This sounds like inside knowledge ({what}). Check with {specialists} before posting.')
          .describe('Placeholders: {what}, {specialists}, {company}.'),
        topics: f.z.array(topicSchema(f)).max(100).default([]).superRefine(f.uniqueIds('topic id')),
        message: f.text
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
    // An approved storyline, unchanged, is what the specialists want said.
    if (isApprovedStoryline(r)) return;
    const found = r.find(prepared.topics, 200);
    for (const m of findInsider(r.text, cfg.insiderClasses)) {
      if (found.some((t) => overlaps(t, m))) continue;
      r.report({
        id: `confidential.${m.kind}`,
        severity: cfg.insiderSeverity,
        message: format(cfg.insiderMessage, {
          what: INSIDER_WHAT[m.kind],
          specialists: cfg.insiderSpecialists[m.kind],
          company: r.policy.company,
        }),
        span: m,
      });
    }
    if (found.length === 0) return;
    const insider =
      r.find(prepared.insiderCues, 50).some((m) => isCue(r.text, m)) || r.disclosures().length > 0;
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
