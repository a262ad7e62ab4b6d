/**
 * The policy document: a versioned JSON document an admin writes (or pushes through managed
 * storage) and the engine enforces. Every user-facing message lives here and can be replaced.
 *
 * Message templates may use `{placeholders}`; each message documents the ones it receives.
 * Term lists are literal phrases matched case-insensitively on word boundaries; whitespace in a
 * phrase matches any run of whitespace, `'` matches both ' and ’, and a trailing `*` matches any
 * word ending ("layoff*" matches "layoffs").
 */
import { z } from 'zod';
import { RE2JS } from 're2js';

export const SeveritySchema = z.enum(['info', 'warn', 'block']);
const severity = (d: 'info' | 'warn' | 'block') => SeveritySchema.default(d);

/** Longest admin regex source accepted. */
export const MAX_PATTERN_LENGTH = 1000;
/** Largest compiled RE2 program accepted (a rough measure of a pattern's cost). */
export const MAX_PATTERN_PROGRAM_SIZE = 5000;

/**
 * Check an admin pattern: it must compile with RE2 (linear time; no backreferences or
 * lookarounds) and stay within the size limits. Returns an error message or null.
 */
export function checkAdminPattern(source: string, caseSensitive = false): string | null {
  if (source.length === 0) return 'pattern is empty';
  if (source.length > MAX_PATTERN_LENGTH) {
    return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  }
  try {
    const re = RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
    if (re.programSize() > MAX_PATTERN_PROGRAM_SIZE) {
      return `pattern is too complex (program size ${re.programSize()} > ${MAX_PATTERN_PROGRAM_SIZE})`;
    }
    if (re.matches('')) return 'pattern matches the empty string';
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return `pattern is not supported by the linear-time (RE2) matcher — backreferences and lookarounds are not allowed: ${msg}`;
  }
  return null;
}

const nonEmpty = z.string().trim().min(1);
const terms = z.array(nonEmpty.max(200)).max(2000);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date (YYYY-MM-DD)')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a valid date');
const perPlatform = <T extends z.ZodType>(t: T) => z.strictObject({ x: t, facebook: t, linkedin: t });

export const QuestionSchema = z
  .strictObject({
    prompt: nonEmpty,
    choices: z.array(nonEmpty).min(2).max(8),
    answer: z.number().int().min(0),
  })
  .refine((q) => q.answer < q.choices.length, {
    message: 'answer must be the index of one of the choices',
    path: ['answer'],
  });

export const GuidelineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes'),
  title: nonEmpty,
  summary: nonEmpty,
  lesson: nonEmpty,
  questions: z.array(QuestionSchema).max(10).default([]),
});

const DisclosureSchema = z.strictObject({
  enabled: z.boolean().default(true),
  guideline: z.string().default('disclose'),
  severity: severity('warn'),
  belowFoldSeverity: severity('warn'),
  buriedSeverity: severity('warn'),
  traineeSeverity: severity('info'),
  /** Accepted disclosures (phrases or hashtags). */
  accepted: terms.default([]),
  /** Tags that are not clear enough on their own (mentioned in the message when present). */
  unclear: terms.default(['#sp', '#spon', '#partner', '#ee', '#collab', '#ambassador']),
  /** Inserted at the start of the draft by the one-click fix (followed by a space). */
  insertText: nonEmpty.default('#IWorkForCompany'),
  /** Characters visible before "see more", per platform. */
  fold: perPlatform(z.number().int().positive()).default({ x: 280, facebook: 480, linkedin: 210 }),
  /** A trailing run of at least this many hashtags is a "cluster" a disclosure can hide in. */
  hashtagClusterMin: z.number().int().min(2).default(3),
  messages: z
    .strictObject({
      missing: nonEmpty.default(
        'You mention {company} products. Say that you work for {company}, at the start: "{insert}".',
      ),
      unclearHint: nonEmpty.default('"{tag}" is not a clear disclosure on its own.'),
      belowFold: nonEmpty.default(
        'Your disclosure is hidden behind "see more" on {platform}. Move it to the start.',
      ),
      buried: nonEmpty.default('Your disclosure is buried among hashtags at the end. Move it to the start.'),
      traineeReminder: nonEmpty.default(
        'While you are in training: always disclose that you work for {company} when you mention its products.',
      ),
      fixInsert: nonEmpty.default('Add "{insert}" at the start'),
      fixMove: nonEmpty.default('Move "{disclosure}" to the start'),
    })
    .prefault({}),
});

const PiiDetector = (label: string, placeholder: string, sev: 'info' | 'warn' | 'block' = 'block') =>
  z
    .strictObject({
      enabled: z.boolean().default(true),
      severity: severity(sev),
      /** How the data is named in messages ("a phone number"). */
      label: nonEmpty.default(label),
      placeholder: nonEmpty.default(placeholder),
    })
    .prefault({});

export const IdentifierSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes'),
  label: nonEmpty,
  /** RE2 pattern for the identifier itself (case-sensitive). */
  pattern: nonEmpty,
  /** Words that must appear shortly before the identifier. */
  context: terms.min(1),
  /** How many characters before the identifier the context may be. */
  window: z.number().int().min(1).max(200).default(40),
  severity: severity('warn'),
  placeholder: nonEmpty,
});

const PiiSchema = z.strictObject({
  enabled: z.boolean().default(true),
  guideline: z.string().default('protect-the-customer'),
  /** Default region for phone numbers written without a country code (ISO 3166 alpha-2). */
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('US'),
  phone: PiiDetector('a phone number', '[phone number]'),
  email: PiiDetector('an email address', '[email]'),
  card: PiiDetector('a payment card number', '[card number]'),
  ssn: PiiDetector('a social security number', '[SSN]'),
  iban: PiiDetector('a bank account number (IBAN)', '[IBAN]'),
  ip: PiiDetector('an IP address', '[IP address]', 'warn'),
  address: PiiDetector('a street address', '[address]', 'warn'),
  /** Company identifiers (service tag, order number…) flagged when context words are near. */
  identifiers: z.array(IdentifierSchema).max(50).default([]),
  /** Public values that are never personal data (e.g. the company's support line). */
  allow: terms.default([]),
  customerPostedSeverity: severity('warn'),
  repeatsCustomerSeverity: severity('block'),
  /** The protect-the-customer reply offered when a customer posted their own data. */
  protectReply: nonEmpty.default(
    "Thanks — I've got your details. Please delete your post so your information stays private; we'll reach out directly.",
  ),
  messages: z
    .strictObject({
      detected: nonEmpty.default(
        'This looks like {kind}. Never post personal data in public; use a direct message.',
      ),
      fixReplace: nonEmpty.default('Replace with {placeholder}'),
      customerPosted: nonEmpty.default(
        'The post you are answering contains {kind}. Ask them to take it down — do not repeat it.',
      ),
      fixProtectReply: nonEmpty.default('Use the protect-the-customer reply'),
      repeatsCustomer: nonEmpty.default(
        "You are repeating the customer's {kind} in public. Remove it and use a direct message.",
      ),
    })
    .prefault({}),
});

/** Slamming a competitor or "the other side": terms near a negative word. */
function slamSchema(message: string) {
  return z
    .strictObject({
      enabled: z.boolean().default(true),
      guideline: z.string().default('be-responsible'),
      severity: severity('warn'),
      terms: terms.default([]),
      /** Characters between a term and a negative word to count as a slam. */
      window: z.number().int().min(1).max(300).default(60),
      message: nonEmpty.default(message),
    })
    .prefault({});
}
const ToneSchema = z.strictObject({
  enabled: z.boolean().default(true),
  profanity: z
    .strictObject({
      enabled: z.boolean().default(true),
      guideline: z.string().default('be-nice'),
      severity: severity('warn'),
      /** Use the built-in English list (obscenity), which also catches f.u.c.k, sh1t, f*ck. */
      builtIn: z.boolean().default(true),
      extraTerms: terms.default([]),
      allowTerms: terms.default([]),
      message: nonEmpty.default('Keep it clean: "{term}" is profanity.'),
      fixLabel: nonEmpty.default('Remove "{term}"'),
    })
    .prefault({}),
  insult: z
    .strictObject({
      enabled: z.boolean().default(true),
      guideline: z.string().default('be-nice'),
      severity: severity('warn'),
      terms: terms.default([]),
      /** Offered as a replacement for the insulting phrase. */
      suggestion: z.string().default('I see it differently'),
      message: nonEmpty.default(
        '"{term}" reads as a personal attack. Disagree with the idea, not the person.',
      ),
      fixLabel: nonEmpty.default('Replace with "{suggestion}"'),
    })
    .prefault({}),
  shouting: z
    .strictObject({
      enabled: z.boolean().default(true),
      guideline: z.string().default('be-nice'),
      severity: severity('info'),
      /** Minimum capital letters in a run of capitalised words. */
      minLetters: z.number().int().min(5).default(20),
      minWords: z.number().int().min(1).default(3),
      message: nonEmpty.default('That reads as shouting. Try normal capitalisation.'),
      fixLabel: nonEmpty.default('Use normal capitalisation'),
    })
    .prefault({}),
  competitor: slamSchema("Don't slam competitors like {term}. Talk about what we do well instead."),
  otherSide: slamSchema('Support your side without slamming the other side ("{term}").'),
  /** Negative words that make a competitor or other-side mention a slam. */
  negativeTerms: terms.default([]),
  hostileThread: z
    .strictObject({
      enabled: z.boolean().default(true),
      guideline: z.string().default('be-responsible'),
      severity: severity('info'),
      /** Extra phrases that make a post hostile (besides profanity, insults and shouting). */
      terms: terms.default([]),
      message: nonEmpty.default("You don't have to attend every argument you're invited to."),
    })
    .prefault({}),
});

export const ConfidentialTopicSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes'),
  title: nonEmpty,
  terms: terms.min(1),
  /** Who to route the topic to; available to the message as {specialists}. */
  specialists: nonEmpty,
  severity: SeveritySchema.optional(),
  message: nonEmpty.optional(),
});

const ConfidentialSchema = z.strictObject({
  enabled: z.boolean().default(true),
  guideline: z.string().default('keep-confidential'),
  severity: severity('block'),
  topics: z.array(ConfidentialTopicSchema).max(100).default([]),
  message: nonEmpty.default('{topic} is a topic for {specialists}. Leave it to them.'),
});

const HandoffSchema = z.strictObject({
  enabled: z.boolean().default(true),
  guideline: z.string().default('leave-support'),
  severity: severity('warn'),
  troubleshootingSeverity: severity('info'),
  /** The support handle to hand off to, per platform. */
  handles: perPlatform(nonEmpty).default({ x: '@Support', facebook: '@Support', linkedin: 'Support' }),
  /** Phrases that make the post being answered a customer-service complaint. */
  complaintTerms: terms.default([]),
  /** Phrases that show the draft is starting to troubleshoot in public. */
  troubleshootingTerms: terms.default([]),
  /** The hand-off reply; {handle} is the platform's support handle. */
  template: nonEmpty.default(
    "Hey, I'm really sorry you're experiencing that. {handle}, can you take care of that?",
  ),
  messages: z
    .strictObject({
      complaint: nonEmpty.default(
        'This is a support request. Hand it to {handle} instead of handling it yourself.',
      ),
      troubleshooting: nonEmpty.default('Troubleshooting belongs with {handle}. Consider handing it off.'),
      fixLabel: nonEmpty.default('Hand off to {handle}'),
    })
    .prefault({}),
});

const LengthSchema = z.strictObject({
  enabled: z.boolean().default(true),
  guideline: z.string().default('follow-the-law'),
  limits: perPlatform(z.number().int().positive()).default({ x: 280, facebook: 63206, linkedin: 3000 }),
  /** Warn once the draft uses this share of the limit. */
  nearRatio: z.number().gt(0).max(1).default(0.9),
  nearSeverity: severity('warn'),
  overSeverity: severity('block'),
  messages: z
    .strictObject({
      near: nonEmpty.default('{length} of {limit} characters used on {platform}.'),
      over: nonEmpty.default(
        'Too long for {platform}: {length} of {limit} characters. The highlighted part will not fit.',
      ),
    })
    .prefault({}),
});

export const ApprovedAccountSchema = z.strictObject({
  handle: nonEmpty,
  /** After this date the account must no longer post. */
  sunset: isoDate.optional(),
  owner: z.string().optional(),
});

const GovernanceSchema = z.strictObject({
  enabled: z.boolean().default(true),
  guideline: z.string().default('governance'),
  /** Substrings (case-insensitive) that make a handle look company-branded. */
  brandedMarkers: terms.default([]),
  approvedAccounts: z.array(ApprovedAccountSchema).max(10000).default([]),
  severity: severity('block'),
  sunsetSeverity: severity('block'),
  messages: z
    .strictObject({
      unapproved: nonEmpty.default(
        '{handle} looks like a company-branded account but is not on the approved list.',
      ),
      sunset: nonEmpty.default(
        '{handle} was retired on {sunset}. Branded accounts must not post after their sunset date.',
      ),
    })
    .prefault({}),
});

const TrainingSchema = z.strictObject({
  enabled: z.boolean().default(true),
  guideline: z.string().default('train-first'),
  url: z.string().default(''),
  courseVersion: nonEmpty.default('1'),
  validityDays: z.number().int().positive().default(365),
  severity: severity('warn'),
  messages: z
    .strictObject({
      none: nonEmpty.default('Take the social-media training before posting about {company}: {url}'),
      expired: nonEmpty.default('Your social-media training has expired. Renew it: {url}'),
    })
    .prefault({}),
});

export const CustomRuleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes'),
    /** RE2 syntax (linear time). Exactly one of pattern and terms. */
    pattern: z.string().optional(),
    terms: terms.optional(),
    caseSensitive: z.boolean().default(false),
    severity: severity('warn'),
    guideline: z.string(),
    message: nonEmpty,
    fix: z.strictObject({ label: nonEmpty, replacement: z.string() }).optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.pattern === undefined) === (r.terms === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of "pattern" and "terms"', path: [] });
    }
    if (r.pattern !== undefined) {
      const err = checkAdminPattern(r.pattern, r.caseSensitive);
      if (err) ctx.addIssue({ code: 'custom', message: err, path: ['pattern'] });
    }
  });

export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    policyVersion: nonEmpty,
    name: nonEmpty,
    company: nonEmpty,
    enforcement: z.strictObject({ allowOverride: z.boolean().default(true) }).prefault({}),
    guidelines: z.array(GuidelineSchema).min(1).max(50),
    brand: z
      .strictObject({
        /** Brand and product names, matched case-insensitively. */
        terms: terms.default([]),
        /** Names that are also ordinary words, matched only with this exact capitalisation. */
        caseSensitiveTerms: terms.default([]),
        /** The company's own handles (a mention counts as a brand mention). */
        handles: terms.default([]),
      })
      .prefault({}),
    disclosure: DisclosureSchema.prefault({}),
    pii: PiiSchema.prefault({}),
    tone: ToneSchema.prefault({}),
    confidential: ConfidentialSchema.prefault({}),
    handoff: HandoffSchema.prefault({}),
    length: LengthSchema.prefault({}),
    governance: GovernanceSchema.prefault({}),
    training: TrainingSchema.prefault({}),
    metrics: z.strictObject({ retentionDays: z.number().int().positive().default(180) }).prefault({}),
    customRules: z.array(CustomRuleSchema).max(500).default([]),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.guidelines.forEach((g, i) => {
      if (ids.has(g.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate guideline id "${g.id}"`,
          path: ['guidelines', i, 'id'],
        });
      ids.add(g.id);
    });
    const ref = (id: string, path: (string | number)[], builtIn?: string) => {
      // A family left on its built-in guideline id may omit that guideline (the engine then shows
      // the id); a guideline named explicitly must exist.
      if (!ids.has(id) && id !== builtIn) {
        ctx.addIssue({ code: 'custom', message: `unknown guideline "${id}" (not in guidelines[].id)`, path });
      }
    };
    ref(p.disclosure.guideline, ['disclosure', 'guideline'], 'disclose');
    ref(p.pii.guideline, ['pii', 'guideline'], 'protect-the-customer');
    const toneDefaults = {
      profanity: 'be-nice',
      insult: 'be-nice',
      shouting: 'be-nice',
      competitor: 'be-responsible',
      otherSide: 'be-responsible',
      hostileThread: 'be-responsible',
    } as const;
    for (const k of Object.keys(toneDefaults) as (keyof typeof toneDefaults)[]) {
      ref(p.tone[k].guideline, ['tone', k, 'guideline'], toneDefaults[k]);
    }
    ref(p.confidential.guideline, ['confidential', 'guideline'], 'keep-confidential');
    ref(p.handoff.guideline, ['handoff', 'guideline'], 'leave-support');
    ref(p.length.guideline, ['length', 'guideline'], 'follow-the-law');
    ref(p.governance.guideline, ['governance', 'guideline'], 'governance');
    ref(p.training.guideline, ['training', 'guideline'], 'train-first');
    const ruleIds = new Set<string>();
    p.customRules.forEach((r, i) => {
      ref(r.guideline, ['customRules', i, 'guideline']);
      if (ruleIds.has(r.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate custom rule id "${r.id}"`,
          path: ['customRules', i, 'id'],
        });
      ruleIds.add(r.id);
    });
    const topicIds = new Set<string>();
    p.confidential.topics.forEach((t, i) => {
      if (topicIds.has(t.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate topic id "${t.id}"`,
          path: ['confidential', 'topics', i, 'id'],
        });
      topicIds.add(t.id);
    });
    p.pii.identifiers.forEach((d, i) => {
      const err = checkAdminPattern(d.pattern, true);
      if (err) ctx.addIssue({ code: 'custom', message: err, path: ['pii', 'identifiers', i, 'pattern'] });
    });
  });

/** The parsed policy, with every default filled in. */
export type Policy = z.infer<typeof PolicySchema>;
/** What an admin may write (defaults optional). */
export type PolicyInput = z.input<typeof PolicySchema>;
export type Guideline = Policy['guidelines'][number];
export type CustomRule = Policy['customRules'][number];

/** The JSON Schema (draft 2020-12) of the policy document as an admin writes it. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'Ambassador policy',
    description: 'A social-media policy document checked on the device by the Ambassador extension.',
  };
}
