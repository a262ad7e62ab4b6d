/**
 * Be responsible: "you don't have to attend every argument you're invited to". A reply to a hostile
 * post (profanity, insults, shouting or hostile phrases) gets a quiet reminder.
 */
import { lowerIfSafe } from '../../case.ts';
import { findProfanity, type ProfanityLists } from '../../matchers/profanity.ts';
import { findShouting } from '../../matchers/shouting.ts';
import { defineRule, settingsOf } from '../../rule.ts';
import { format } from '../../template.ts';
import { findAll, termRegex, type Searchable } from '../../terms.ts';
import { insultRule } from './insult.ts';
import { profanityRule } from './profanity.ts';
import { shoutingRule } from './shouting.ts';

/** Profanity, insults, shouting or the policy's hostile phrases (also read by lib/listening). */
export function isHostile(text: string, p: HostilePrepared): boolean {
  const lower = lowerIfSafe(text);
  return (
    findAll(p.hostile, text, 1, lower).length > 0 ||
    findAll(p.insult, text, 1, lower).length > 0 ||
    findProfanity(text, p.profanity, lower).length > 0 ||
    findShouting(text, p.shouting.minLetters, p.shouting.minWords).length > 0
  );
}

interface HostilePrepared {
  hostile: Searchable | null;
  insult: Searchable | null;
  profanity: ProfanityLists;
  shouting: { minLetters: number; minWords: number };
}

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
  prepare: (cfg, policy): HostilePrepared => {
    const shouting = settingsOf(shoutingRule, policy);
    return {
      hostile: termRegex(cfg.terms),
      insult: termRegex(settingsOf(insultRule, policy)?.terms ?? []),
      profanity: profanityRule.prepare!(settingsOf(profanityRule, policy), policy),
      shouting: { minLetters: shouting?.minLetters ?? 20, minWords: shouting?.minWords ?? 3 },
    };
  },
  run(r) {
    const reply = r.replyText;
    if (reply && isHostile(reply, r.prepared)) {
      r.report({
        severity: r.settings.severity,
        message: format(r.settings.message, { company: r.policy.company }),
      });
    }
  },
});
