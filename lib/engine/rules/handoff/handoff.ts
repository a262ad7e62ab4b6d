/**
 * Leave support to the support team: a complaint in the post being answered gets the one-click
 * hand-off reply; a draft that starts troubleshooting gets an info nudge with the same reply.
 * The fix replaces the whole draft with the reply (an insertion when the draft is empty).
 * Nothing fires once the draft already names the support handle.
 *
 * A complaint rarely says "complaint": it names a symptom ("draining", "hanging", "on hold for 20
 * mins"), a part of the product or service ("battery", "screen", "order") and a negative turn
 * ("very poor", "don't buy", "still haven't"). Two of the three kinds in the post being answered
 * make it a complaint, besides the policy's own complaint phrases. A post addressed to the company
 * itself (one of its handles) is a support request with one kind of signal.
 *
 * Support work in a reply is troubleshooting too: the policy's phrases (steps, moving the customer
 * to a private channel), a question to the customer about their setup ("Which OS are you
 * using?"): a question with "you" that names a part, and the customer-service voice ("sorry to
 * hear", "let us know", "we can help"), which in a post is only a post.
 */
import { replaceDraft } from '../../fixes.ts';
import { defineRule } from '../../rule.ts';
import { format } from '../../template.ts';
import type { Span } from '../../spans.ts';
import { complaintSignals, kindsOf, type ComplaintLexicon } from '../../matchers/complaint.ts';
import { findAll, termRegex, type Searchable } from '../../terms.ts';

const SYMPTOMS = [
  'drain*',
  'keeps',
  'keep getting',
  'keep dying',
  'keep crashing',
  'over heat*',
  'overheat*',
  'dies',
  'dying',
  'died',
  'heating',
  'heats up',
  'heated',
  'hot',
  'hang',
  'hangs',
  'hanging',
  'freez*',
  'froze',
  'frozen',
  'lag*',
  'flicker*',
  'stuck',
  'slow',
  'keeps restarting',
  'shuts down',
  'suddenly off',
  'no sound',
  'no display',
  'black screen',
  'not charging',
  "won't charge",
  'disconnect*',
  'drops',
  'error',
  'errors',
  'bug',
  'bugs',
  'glitch*',
  'on hold',
  'charged twice',
  'charged me',
  'not received',
  "haven't received",
  'never received',
  "didn't get",
  "didn't receive",
  "can't log in",
  'locked out',
];
const PARTS = [
  'laptop',
  'computer',
  'pc',
  'device',
  'phone',
  'monitor',
  'router',
  'headset',
  'console',
  'controller',
  'printer',
  'battery',
  'battery backup',
  'charger',
  'charging',
  'screen',
  'display',
  'keyboard',
  'trackpad',
  'touchpad',
  'fan',
  'camera',
  'webcam',
  'speaker*',
  'port',
  'wifi',
  'wi-fi',
  'internet',
  'connection',
  'update',
  'app',
  'account',
  'order',
  'delivery',
  'package',
  'refund',
  'service',
  'build quality',
  'product',
  'apps',
  'OS',
  'version',
  'model',
  'firmware',
  'settings',
  'lights',
  'browser',
];
const NEGATIVE_TURNS = [
  'poor',
  'very poor',
  'bad',
  'very bad',
  'worst',
  'worse',
  'terrible',
  'awful',
  'horrible',
  'useless',
  'waste of money',
  "don't buy",
  'do not buy',
  'not good',
  'not happy',
  'problem',
  'problems',
  'issue',
  'issues',
  'still',
  'again',
  'unable to',
  "can't",
  'cannot',
  'ridiculous',
  'frustrat*',
  'annoying',
  'please fix',
  'please help',
  'help me',
  'why is',
  'why does',
  'why my',
  'why would',
  "what's going on",
  'what is going on',
  // Running the product or the company down.
  'trash',
  'suck*',
  'crap',
  'crappy',
  'wtf',
  'idiots',
  'morons',
  'disgrace*',
  'thanks for nothing',
  'fix your',
];

/** The customer-service voice in a reply: apologising for the customer's experience, offering help. */
const SUPPORT_VOICE = [
  'sorry to hear',
  "sorry you're",
  'sorry you are',
  'sorry you feel',
  'sorry your',
  'sorry for the',
  'sorry for any',
  'sorry we',
  'we apologize',
  'we apologise',
  'my apologies',
  'our apologies',
  'apologies for',
  'let us know',
  'we can help',
  'we can look',
  'help out',
  'happy to help',
  'glad to help',
  'here to help',
  'reach out',
  'keep us updated',
  'keep us posted',
  'fill us in',
  'anything I can',
  'anything we can',
  'look into this',
  'looking into',
  'send us',
  'DM us',
  'message us',
  'contact us',
];

/** Questions: a run of text up to a question mark, without sentence ends inside. */
const QUESTION = /[^.!?\n]+\?/g;
const ADDRESSED = /\byou(?:r|'re|’re)?\b/i;

/** The first question to the reader about their setup (names a part), as a span. */
function setupQuestion(text: string, parts: Searchable | null): Span | undefined {
  if (!parts || !text.includes('?')) return undefined;
  for (const q of findAll(QUESTION, text, 20)) {
    if (ADDRESSED.test(q.text) && findAll(parts, q.text, 1).length > 0) {
      const lead = q.text.length - q.text.trimStart().length;
      return { start: q.start + lead, end: q.end };
    }
  }
  return undefined;
}

/** The symptom, part and negative-turn lists of the hand-off settings, compiled (shared with tone). */
export function complaintLexicon(cfg: {
  symptomTerms: string[];
  partTerms: string[];
  negativeTurnTerms: string[];
}): ComplaintLexicon {
  return {
    symptoms: termRegex(cfg.symptomTerms),
    parts: termRegex(cfg.partTerms),
    negativeTurns: termRegex(cfg.negativeTurnTerms),
  };
}

/**
 * A complaint phrase, or two kinds of complaint signal (symptom, part, negative turn); in a post
 * addressed to one of the company's handles a symptom or a negative turn is enough (naming a part
 * alone is talking about the product: "@Dell thanks for the great service").
 */
export function isComplaint(
  text: string,
  p: { complaint: Searchable | null; lexicon: ComplaintLexicon; companyHandles: Searchable | null },
): boolean {
  if (findAll(p.complaint, text, 1).length > 0) return true;
  const signals = complaintSignals(text, p.lexicon);
  if (kindsOf(signals) >= 2) return true;
  return (signals.symptom || signals.turn) && findAll(p.companyHandles, text, 1).length > 0;
}

export const handoffRule = defineRule({
  id: 'handoff',
  category: 'handoff',
  title: 'Hand-off to support',
  description:
    'Customer-service complaints go to the support handle instead of being handled in public; the fix replaces the draft with the hand-off reply.',
  guideline: 'leave-support',
  reports: {
    'handoff.complaint': 'the post being answered is a support complaint',
    'handoff.troubleshooting': 'the draft starts troubleshooting in public',
  },
  config: {
    at: ['handoff'],
    schema: (f) =>
      f.ruleSettings('leave-support', {
        severity: f.severity('warn').describe('Severity of `handoff.complaint`.'),
        troubleshootingSeverity: f.severity('info').describe('Severity of `handoff.troubleshooting`.'),
        handles: f
          .perPlatform(f.text)
          .default({ x: '@Support', facebook: '@Support', linkedin: 'Support' })
          .describe('The support handle to hand off to, per platform.'),
        complaintTerms: f.terms
          .default([])
          .describe('Phrases that make the post being answered a customer-service complaint.'),
        symptomTerms: f.terms
          .default(SYMPTOMS)
          .describe('What goes wrong ("draining", "hanging", "on hold"): one kind of complaint signal.'),
        partTerms: f.terms
          .default(PARTS)
          .describe(
            'Parts of a product or service ("battery", "screen", "order"): one kind of complaint signal.',
          ),
        negativeTurnTerms: f.terms
          .default(NEGATIVE_TURNS)
          .describe(
            'Negative turns ("very poor", "don\'t buy", "still"): one kind of complaint signal. Two kinds of signal in the post being answered make it a complaint.',
          ),
        troubleshootingTerms: f.terms
          .default([])
          .describe('Phrases that show the draft is starting to troubleshoot in public.'),
        supportVoiceTerms: f.terms
          .default(SUPPORT_VOICE)
          .describe(
            'The customer-service voice ("sorry to hear", "let us know", "we can help"): troubleshooting in a reply or comment, not in a post.',
          ),
        template: f.text
          .default("Hey, I'm really sorry you're experiencing that. {handle}, can you take care of that?")
          .describe("The hand-off reply; {handle} is the platform's support handle, {company}."),
        messages: f.messages({
          complaint: f.message(
            'This is a support request. Hand it to {handle} instead of handling it yourself.',
            'Placeholders: {handle}, {company}.',
          ),
          troubleshooting: f.message(
            'Troubleshooting belongs with {handle}. Consider handing it off.',
            'Placeholders: {handle}, {company}.',
          ),
          fixLabel: f.message('Hand off to {handle}', 'Fix label; {handle}.'),
        }),
      }),
  },
  prepare: (cfg, policy) => ({
    lexicon: complaintLexicon(cfg),
    complaint: termRegex(cfg.complaintTerms),
    companyHandles: termRegex(policy.brand.handles),
    troubleshooting: termRegex(cfg.troubleshootingTerms),
    supportVoice: termRegex(cfg.supportVoiceTerms),
  }),
  run(r) {
    const { settings: cfg, prepared, text, draft } = r;
    if (r.mentionsSupport()) return;
    const handle = cfg.handles[draft.platform] ?? cfg.handles.x;
    const vars = { handle, company: r.policy.company };
    const fix = replaceDraft(
      'hand-off',
      format(cfg.messages.fixLabel, vars),
      text,
      format(cfg.template, vars),
    );
    if (r.replyText && isComplaint(r.replyText, prepared)) {
      r.report({
        id: 'handoff.complaint',
        severity: cfg.severity,
        message: format(cfg.messages.complaint, vars),
        fixes: [fix],
      });
    }
    const reply = draft.surface !== 'post';
    const t =
      r.find(prepared.troubleshooting, 1)[0] ??
      (reply
        ? (setupQuestion(text, prepared.lexicon.parts) ?? r.find(prepared.supportVoice, 1)[0])
        : undefined);
    if (t) {
      r.report({
        id: 'handoff.troubleshooting',
        severity: cfg.troubleshootingSeverity,
        message: format(cfg.messages.troubleshooting, vars),
        span: t,
        fixes: [fix],
      });
    }
  },
});
