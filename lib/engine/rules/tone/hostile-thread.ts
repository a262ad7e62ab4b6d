/**
 * Be responsible: "you don't have to attend every argument you're invited to". A reply to a hostile
 * post (profanity, insults, shouting or hostile phrases) gets a quiet reminder.
 */
import { lowerIfSafe } from '../../case.ts';
import { findProfanity } from '../../matchers/profanity.ts';
import { findShouting } from '../../matchers/shouting.ts';
import { defineRule, settingsOf } from '../../rule.ts';
import { format } from '../../template.ts';
import { findAll, termRegex } from '../../terms.ts';
import { insultRule } from './insult.ts';
import { profanityRule } from './profanity.ts';
import { shoutingRule } from './shouting.ts';

export const hostileThreadRule = defineRule({
  id: 'tone.hostile-thread',
  category: 'tone',
  title: 'Hostile thread',
  description:
    "The post being answered is hostile (profanity, insults, shouting or the policy's hostile phrases): a reminder that not every argument needs an answer.",
  guideline: 'be-responsible',
  config: {
    at: ['tone', 'hostileThread'],
    schema: (f) =>
      f.ruleSettings('be-responsible', {
        severity: f.severity('info'),
        terms: f.terms
          .default([])
          .describe('Phrases that make a post hostile, besides profanity, insults and shouting.'),
        message: f.message(
          "You don't have to attend every argument you're invited to.",
          'Placeholder: {company}.',
        ),
      }),
  },
  prepare: (cfg, policy) => {
    const shouting = settingsOf(shoutingRule, policy);
    return {
      hostile: termRegex(cfg.terms),
      insult: termRegex(settingsOf(insultRule, policy)?.terms ?? []),
      profanity: profanityRule.prepare!(settingsOf(profanityRule, policy), policy),
      shouting: { minLetters: shouting?.minLetters ?? 20, minWords: shouting?.minWords ?? 3 },
    };
  },
  run(r) {
    const { replyText: reply, prepared: p } = r;
    if (!reply) return;
    const lower = lowerIfSafe(reply);
    const hostile =
      findAll(p.hostile, reply, 1, lower).length > 0 ||
      findAll(p.insult, reply, 1, lower).length > 0 ||
      findProfanity(reply, p.profanity, lower).length > 0 ||
      findShouting(reply, p.shouting.minLetters, p.shouting.minWords).length > 0;
    if (hostile) {
      r.report({
        severity: r.settings.severity,
        message: format(r.settings.message, { company: r.policy.company }),
      });
    }
  },
});
