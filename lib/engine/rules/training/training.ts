/** Train first: an untrained or expired author who mentions the brand is pointed to the training. */
import { defineRule } from '../../rule.ts';
import { format } from '../../template.ts';

export const trainingRule = defineRule({
  id: 'training.required',
  category: 'training',
  title: 'Training',
  description:
    "An author who has not taken the training, or whose training expired, is pointed to it when the draft mentions the brand. The course's version and validity live here too.",
  guideline: 'train-first',
  config: {
    at: ['training'],
    schema: (f) =>
      f.ruleSettings('train-first', {
        url: f.z
          .string()
          .refine(
            (u) => u === '' || /^https:\/\/[^\s/]+/.test(u),
            'the training address must start with https://',
          )
          .default('')
          .describe("The training's https address ({url} in the messages)."),
        courseVersion: f.nonEmpty
          .max(100) // as the training record holds it (lib/store/schemas.ts)
          .default('1')
          .describe('Changing it asks everyone to take the course again.'),
        validityDays: f.z.number().int().positive().default(365).describe('Days a completion stays valid.'),
        severity: f.severity('warn'),
        messages: f.messages({
          none: f.message(
            'Take the social-media training before posting about {company}: {url}',
            'Placeholders: {company}, {url}.',
          ),
          expired: f.message(
            'Your social-media training has expired. Renew it: {url}',
            'Placeholders: {company}, {url}.',
          ),
        }),
      }),
  },
  run(r) {
    const { settings: cfg } = r;
    const state = r.draft.training?.state;
    if (state !== 'none' && state !== 'expired') return;
    if (r.brandMentions().length === 0) return;
    r.report({
      severity: cfg.severity,
      message: format(state === 'none' ? cfg.messages.none : cfg.messages.expired, {
        company: r.policy.company,
        url: cfg.url,
      }),
    });
  },
});
