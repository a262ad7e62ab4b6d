/**
 * Know who you are talking to: the policy lists people per platform with a role (a journalist, an
 * analyst, a regulator, a known critic, a partner) and what to do about them (route to PR or a
 * specialist, with a contact). Replying to one of them, or mentioning one, gives that guidance; a
 * trainee replying to a role with a trainee severity (journalists, by default) is held.
 *
 * Only the policy's list is consulted: nothing here remembers who the user answers or sees.
 * Handles are compared as each site shows them: X by handle ("@jdoe", "x.com/jdoe"), LinkedIn and
 * Facebook by the name a reply or a mention shows, or the profile address's last part.
 */
import extractMentionsWithIndices from 'twitter-text/dist/extractMentionsWithIndices.js';
import type { Fields } from '../../../policy/fields.ts';
import { normHandle } from '../../handles.ts';
import { defineRule } from '../../rule.ts';
import type { Span } from '../../spans.ts';
import { format } from '../../template.ts';
import { termRegex, type Searchable, type TermMatch } from '../../terms.ts';
import { PLATFORMS, type Platform, type Severity } from '../../types.ts';

interface Role {
  id: string;
  title: string;
  guidance: string;
  contact?: string;
  severity?: Severity;
  traineeSeverity?: Severity;
}
/** A listed person with their role resolved. */
interface Person {
  handle: string;
  name?: string;
  guidance?: string;
  contact?: string;
  role: Role;
}
/** One platform's list: by comparison key, and the names a mention in the text may use. */
interface Listed {
  byKey: Map<string, Person>;
  names: Searchable | null;
}

/** Profile addresses: the part that names the account, per platform. */
const PROFILE_URL: Record<Platform, RegExp> = {
  x: /^(?:https?:\/\/)?(?:www\.|mobile\.)?(?:x|twitter)\.com\/([^/?#]+)/i,
  linkedin: /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|company|school)\/([^/?#]+)/i,
  facebook:
    /^(?:https?:\/\/)?(?:www\.|m\.|web\.)?(?:facebook|fb)\.com\/(?:profile\.php\?id=(\d+)|(?:people\/[^/]+\/(\d+))|([^/?#]+))/i,
};

/**
 * A handle as a comparison key: the account part of a profile address, no leading @ (or ＠),
 * no white space, lower case ("@JDoe", "https://x.com/jdoe/" and "jdoe" are one key on X;
 * "Jane Doe" and "jane doe" on LinkedIn).
 */
export function handleKey(platform: Platform, raw: string): string {
  const s = raw.trim().normalize('NFKC');
  const m = PROFILE_URL[platform].exec(s);
  const account = m ? (m.slice(1).find((g) => g !== undefined) ?? '') : s;
  return normHandle(decodeURIComponentSafe(account));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const roleSchema = (f: Fields) =>
  f.z.strictObject({
    id: f.idString,
    title: f.text.describe('How the role reads in a message: "a journalist". {role} in the messages.'),
    guidance: f.text.describe('What to do: "Press questions go to Media Relations." {guidance}.'),
    contact: f.text.optional().describe('Who to route it to (an address, a team). {contact}.'),
    severity: f.SeveritySchema.optional().describe("Overrides the rule's severity for this role."),
    traineeSeverity: f.SeveritySchema.optional().describe(
      'Severity when the author has not passed the training and replies to this role (default: the same as for everyone).',
    ),
  });

const personSchema = (f: Fields) =>
  f.z.strictObject({
    handle: f.nonEmpty.describe(
      'The account: an X handle, the name LinkedIn or Facebook shows, or a profile address.',
    ),
    role: f.idString.describe('A `roles[].id`.'),
    name: f.nonEmpty
      .optional()
      .describe('The name shown on LinkedIn or Facebook (replies and mentions show names there).'),
    guidance: f.text.optional().describe("Overrides the role's guidance for this person."),
    contact: f.text.optional().describe("Overrides the role's contact for this person."),
  });

const ROLES = [
  {
    id: 'journalist',
    title: 'a journalist',
    guidance: 'Anything you say may be quoted: leave press questions to Media Relations.',
    traineeSeverity: 'block' as const,
  },
  {
    id: 'analyst',
    title: 'an industry analyst',
    guidance: 'Analyst questions go to Analyst Relations.',
  },
  {
    id: 'regulator',
    title: 'a regulator',
    guidance: 'Do not engage: route it to Legal and Government Affairs.',
  },
  {
    id: 'critic',
    title: 'a known critic of the company',
    guidance: 'Stay factual and polite, or leave it to Corporate Communications.',
  },
  {
    id: 'partner',
    title: 'a partner',
    guidance: 'Partner topics may be under NDA: check with the partner team before you go into detail.',
  },
];

export const audienceRule = defineRule({
  id: 'handoff.audience',
  category: 'handoff',
  title: 'Who you are talking to',
  description:
    "Replying to or mentioning a person the policy lists (a journalist, an analyst, a regulator, a known critic, a partner) brings their role's guidance and contact; a trainee replying to a role with a trainee severity (journalists) is held. Only the policy's list is used.",
  guideline: 'know-your-audience',
  reports: { 'handoff.audience.<role id>': 'the draft replies to or mentions a listed person of that role' },
  config: {
    at: ['audience'],
    schema: (f) =>
      f
        .ruleSettings('know-your-audience', {
          severity: f.severity('warn'),
          roles: f.z
            .array(roleSchema(f))
            .max(50)
            .default(ROLES)
            .superRefine(f.uniqueIds('role id'))
            .describe('The roles people are listed with, and what to do about each.'),
          handles: f
            .perPlatform(f.z.array(personSchema(f)).max(5000).default([]))
            .prefault({})
            .describe('The people listed, per platform.'),
          messages: f.messages({
            reply: f.message(
              'You are replying to {who}, {role}. {guidance}',
              'Placeholders: {who}, {role}, {guidance}, {company}.',
            ),
            mention: f.message(
              'You mention {who}, {role}. {guidance}',
              'Placeholders: {who}, {role}, {guidance}, {company}.',
            ),
            trainee: f.message(
              '{who} is {role}. Until you have passed the training, leave this reply to the specialists. {guidance}',
              'When a trainee replies to a role with a trainee severity. Placeholders: {who}, {role}, {guidance}, {company}.',
            ),
            contact: f.message('Contact: {contact}.', 'Appended to {guidance} when there is a contact.'),
          }),
        })
        .superRefine((cfg, ctx) => {
          const roles = new Set(cfg.roles.map((r) => r.id));
          for (const platform of PLATFORMS) {
            const seen = new Set<string>();
            cfg.handles[platform].forEach((p, i) => {
              if (!roles.has(p.role))
                ctx.addIssue({
                  code: 'custom',
                  message: `unknown role "${p.role}" (not in roles[].id)`,
                  path: ['handles', platform, i, 'role'],
                });
              const key = handleKey(platform, p.handle);
              if (key === '')
                ctx.addIssue({
                  code: 'custom',
                  message: 'no account in this handle',
                  path: ['handles', platform, i, 'handle'],
                });
              else if (seen.has(key))
                ctx.addIssue({
                  code: 'custom',
                  message: `"${p.handle}" is listed twice on ${platform}`,
                  path: ['handles', platform, i, 'handle'],
                });
              seen.add(key);
            });
          }
        }),
  },
  prepare: (cfg): Record<Platform, Listed> => {
    const roles = new Map<string, Role>(cfg.roles.map((r) => [r.id, r]));
    return Object.fromEntries(
      PLATFORMS.map((platform): [Platform, Listed] => {
        const people = cfg.handles[platform].flatMap((p): Person[] => {
          const role = roles.get(p.role);
          return role ? [{ ...p, role }] : [];
        });
        const byKey = new Map<string, Person>();
        for (const p of people) {
          byKey.set(handleKey(platform, p.handle), p);
          if (p.name && platform !== 'x') byKey.set(handleKey(platform, p.name), p);
        }
        // LinkedIn and Facebook mentions are names in the text (with an @ while typed).
        const names =
          platform === 'x'
            ? null
            : termRegex(
                people
                  .flatMap((p) => [p.name, PROFILE_URL[platform].test(p.handle) ? undefined : p.handle])
                  .filter((n): n is string => n !== undefined)
                  .map((n) => n.replace(/^[@＠]/, '')),
              );
        return [platform, { byKey, names }];
      }),
    ) as Record<Platform, Listed>;
  },
  run(r) {
    const { settings: cfg, prepared, draft, text } = r;
    const listed = prepared[draft.platform];
    if (!listed || listed.byKey.size === 0) return;
    const vars = (p: Person, who: string) => {
      const contact = p.contact ?? p.role.contact;
      const guidance = p.guidance ?? p.role.guidance;
      return {
        who,
        role: p.role.title,
        guidance: contact ? `${guidance} ${format(cfg.messages.contact, { contact })}` : guidance,
        company: r.policy.company,
      };
    };

    const author = typeof draft.replyTo?.author === 'string' ? draft.replyTo.author : '';
    const answered = author ? listed.byKey.get(handleKey(draft.platform, author)) : undefined;
    if (answered) {
      const trainee = draft.training?.state !== 'certified' && answered.role.traineeSeverity !== undefined;
      const who = draft.platform === 'x' ? `@${author.replace(/^[@＠]/, '')}` : author;
      r.report({
        id: `handoff.audience.${answered.role.id}`,
        severity: trainee ? answered.role.traineeSeverity! : (answered.role.severity ?? cfg.severity),
        message: format(trainee ? cfg.messages.trainee : cfg.messages.reply, vars(answered, who)),
      });
    }

    for (const m of mentions(draft.platform, text, listed.names, r.find)) {
      const p = listed.byKey.get(handleKey(draft.platform, m.handle));
      if (!p || p === answered) continue; // the person answered has their card already
      r.report({
        id: `handoff.audience.${p.role.id}`,
        severity: p.role.severity ?? cfg.severity,
        message: format(cfg.messages.mention, vars(p, text.slice(m.start, m.end))),
        span: m,
      });
    }
  },
});

/** Mentions in the draft as the platform writes them: X's @handles, the listed names elsewhere. */
function mentions(
  platform: Platform,
  text: string,
  names: Searchable | null,
  find: (re: Searchable | null, limit?: number) => readonly TermMatch[],
): (Span & { handle: string })[] {
  if (platform === 'x') {
    if (!text.includes('@') && !text.includes('＠')) return [];
    return extractMentionsWithIndices(text).map(({ screenName, indices: [start, end] }) => ({
      start,
      end,
      handle: screenName,
    }));
  }
  return find(names, 100).map((m) => {
    const at = m.start > 0 && /[@＠]/.test(text.charAt(m.start - 1)) ? 1 : 0;
    return { start: m.start - at, end: m.end, handle: m.text };
  });
}
