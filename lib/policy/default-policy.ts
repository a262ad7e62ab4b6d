/**
 * The built-in policy: Dell's published social-media program (Social Media & Community, "SMaC").
 * It is written as an admin would write it and parsed through the same schema.
 */
import { POLICY_TEXTS_BY_LANGUAGE } from '../engine/languages/policies.generated.ts';
import { formatPath } from './format-path.ts';
import type { Translations } from './localize.ts';
import { PolicySchema, type Policy, type PolicyInput } from './schema.ts';

/** A guideline's course texts in one language, as the per-language files give them. */
interface CourseTexts {
  title: string;
  summary: string;
  lesson: string;
  questions: readonly { prompt: string; choices: readonly string[] }[];
}

interface LanguageTexts {
  texts: Record<string, string>;
  terms: Record<string, string[]>;
  /** The course by guideline id (so a reordered guideline keeps its texts). */
  course: Record<string, CourseTexts>;
}

/** The per-language files' texts as `translations` takes them: the course's by field path. */
function withCourse(
  guidelines: readonly { id: string }[],
  languages: Record<string, LanguageTexts>,
): Translations {
  const index = new Map(guidelines.map((g, i) => [g.id, i]));
  return Object.fromEntries(
    Object.entries(languages).map(([tag, { texts, terms, course }]) => {
      const own = { ...texts };
      for (const [id, c] of Object.entries(course)) {
        const i = index.get(id);
        if (i === undefined) throw new Error(`languages/${tag}/policy.ts: no guideline "${id}"`);
        const at = (...path: (string | number)[]) => formatPath(['guidelines', i, ...path]);
        Object.assign(own, { [at('title')]: c.title, [at('summary')]: c.summary, [at('lesson')]: c.lesson });
        c.questions.forEach((q, qi) => {
          own[at('questions', qi, 'prompt')] = q.prompt;
          q.choices.forEach((choice, ci) => (own[at('questions', qi, 'choices', ci)] = choice));
        });
      }
      return [tag, { texts: own, terms }];
    }),
  );
}

const DOCUMENT = {
  schemaVersion: 1,
  policyVersion: '2025.1',
  name: 'Dell Social Media Policy (SMaC)',
  company: 'Dell',
  enforcement: { allowOverride: true },
  guidelines: [
    {
      id: 'disclose',
      title: 'Disclose',
      summary:
        'When you talk about Dell products or services, say that you work for Dell — at the start of every post.',
      lesson:
        'The FTC Endorsement Guides (16 CFR 255) require employees who promote their employer’s products to disclose the relationship in each post; a profile bio is not enough. The disclosure must be clear and conspicuous: at the start, not at the end, not mixed into a group of hashtags and not behind "see more". Good: "I work for Dell", "#IWorkForDell", "#DellEmployee". Unclear: "#sp", "#partner", "#ee".',
      questions: [
        {
          prompt: 'Where should your disclosure go in a post about a Dell laptop?',
          choices: ['At the start of the post', 'In your profile bio', 'Among the hashtags at the end'],
          answer: 0,
        },
        {
          prompt: 'Which of these is a clear disclosure?',
          choices: ['#sp', '#IWorkForDell', '#ee'],
          answer: 1,
        },
      ],
    },
    {
      id: 'governance',
      title: 'Governance',
      summary:
        'Company-branded handles (such as @AmyHAtDell) must be approved and retired on their sunset date.',
      lesson:
        'An account whose name says it speaks for Dell — for example one ending in "AtDell" — must be registered with Social Media & Community. Approved branded accounts have an owner and a sunset date; after that date they must not post.',
      questions: [
        {
          prompt: 'You created @SamAtDell yesterday without registering it. May you post from it?',
          choices: ['Yes, if I disclose', 'No, it must be approved first', 'Only on weekends'],
          answer: 1,
        },
      ],
    },
    {
      id: 'train-first',
      title: 'Train first',
      summary: 'Anyone may post about Dell — after completing the social-media training.',
      lesson:
        'Complete the Social Media & Community training before you post about Dell, and renew it every year. While you are in training, the extension reminds you to disclose on every post that mentions Dell.',
      questions: [
        {
          prompt: 'When may you post about Dell products?',
          choices: ['Any time', 'After completing the training', 'Only from a branded account'],
          answer: 1,
        },
      ],
    },
    {
      id: 'protect-the-customer',
      title: 'Protect the customer',
      summary: 'Never repeat a customer’s personal data in public; ask them to take it down and go private.',
      lesson:
        'Phone numbers, email addresses, street addresses, card numbers, service tags and order numbers never belong in a public post. If a customer posts their own, do not repeat it: thank them, ask them to delete the post, and continue in a direct message ("I\'ve got the number. I\'ll call.").',
      questions: [
        {
          prompt: 'A customer posts their phone number asking for a call. What do you reply?',
          choices: [
            'Repeat the number to confirm it',
            'Thank them, ask them to delete the post, and reach out privately',
            'Ignore the post',
          ],
          answer: 1,
        },
      ],
    },
    {
      id: 'follow-the-law',
      title: 'Follow the law, follow the code',
      summary: 'Respect platform rules (length, contests and giveaways) and the Code of Conduct.',
      lesson:
        'Each platform has its own rules: X allows 280 characters, LinkedIn 3,000, Facebook 63,206. Contests and giveaways need legal review. The Dell Code of Conduct applies online as it does at work.',
      questions: [
        {
          prompt: 'Does the Code of Conduct apply to what you post on your personal account?',
          choices: ['Yes', 'No', 'Only during working hours'],
          answer: 0,
        },
      ],
    },
    {
      id: 'be-responsible',
      title: 'Be responsible',
      summary: 'Support a side without slamming the other side; never slam competitors.',
      lesson:
        "You may support a team, a cause or a candidate, but do not attack the other side. Do not slam competitors — talk about what Dell does well. And remember: you don't have to attend every argument you're invited to.",
      questions: [
        {
          prompt: 'Someone picks a fight in the replies. What does the policy suggest?',
          choices: [
            'Win the argument',
            "You don't have to attend every argument you're invited to",
            'Report them to Dell',
          ],
          answer: 1,
        },
      ],
    },
    {
      id: 'be-nice',
      title: 'Be nice, have fun and connect',
      summary: 'No profanity, insults or shouting.',
      lesson:
        'Be the kind of person people want to talk to: no profanity, no personal attacks, no ALL-CAPS shouting. Have fun and connect.',
      questions: [
        {
          prompt: 'Which reply fits the policy?',
          choices: [
            '"You clearly have no idea, idiot."',
            '"I see it differently — here is why."',
            '"THIS IS WRONG!!!"',
          ],
          answer: 1,
        },
      ],
    },
    {
      id: 'leave-support',
      title: 'Leave support to @DellCares',
      summary: 'Hand customer-service complaints to @DellCares instead of troubleshooting in public.',
      lesson:
        'When a customer complains about a broken product, a refund or a warranty, hand it to the support team: "Hey, I\'m really sorry you\'re experiencing that. @DellCares, can you take care of that?" They have the tools and the customer records; you do not have to fix it yourself in public.',
      questions: [
        {
          prompt: 'A customer says their new laptop will not boot. What do you do?',
          choices: [
            'Walk them through a BIOS reset in the replies',
            'Hand it to @DellCares',
            'Ask for their service tag in public',
          ],
          answer: 1,
        },
      ],
    },
    {
      id: 'keep-confidential',
      title: 'Keep confidential topics with specialists',
      summary:
        'Earnings, unreleased products, M&A, layoffs, litigation and security incidents belong to specialists.',
      lesson:
        'Some topics only specialists speak about: financial results before release (Investor Relations), unreleased products and codenames (Product Marketing), mergers and acquisitions (Corporate Development), layoffs and reorganisation (Corporate Communications), litigation (Legal) and security incidents (Security & Corporate Communications). Leave them to them.',
      questions: [
        {
          prompt: 'You heard about an upcoming acquisition. May you hint at it?',
          choices: ['Yes, with a disclosure', 'No, it is for the specialists', 'Only on LinkedIn'],
          answer: 1,
        },
      ],
    },
    {
      id: 'listen-first',
      title: 'Listen first, act on what you learn',
      summary:
        'Counts of what was seen and done are kept on your device for the return-on-investment report.',
      lesson:
        'Listening comes before talking. The extension keeps counts — never your text — of the checks it ran and the fixes you applied, on your device, so the program can learn what helps.',
      questions: [
        {
          prompt: 'What does the extension keep for the program report?',
          choices: ['The text of your posts', 'Counts of checks and fixes, on your device', 'Your contacts'],
          answer: 1,
        },
      ],
    },
    {
      id: 'know-your-audience',
      title: 'Know who you are talking to',
      summary:
        'Journalists, analysts, regulators and known critics are answered by specialists; on sensitive topics use the approved storylines.',
      lesson:
        'Some people on social media speak for an audience of their own. A reply to a journalist may be quoted in an article, a reply to an analyst may end up in a report, and a reply to a regulator is a statement by Dell. The extension tells you when you reply to or mention someone the policy lists, and whom to route it to. On sensitive topics, only the verified storylines prepared by the specialists are used: the extension offers them where they apply.',
      questions: [
        {
          prompt: 'A journalist asks you on X about rumoured layoffs. What do you do?',
          choices: [
            'Answer with what you know',
            'Route it to Media Relations, or use the approved storyline',
            'Ask them to DM you',
          ],
          answer: 1,
        },
      ],
    },
  ],
  brand: {
    terms: [
      'Dell',
      'Dell Technologies',
      'Dell EMC',
      'Alienware',
      'XPS',
      'Inspiron',
      'OptiPlex',
      'Vostro',
      'PowerEdge',
      'PowerStore',
      'PowerScale',
      'PowerMax',
      'PowerFlex',
      'PowerProtect',
      'VxRail',
      'UltraSharp',
      'SupportAssist',
      'ProSupport',
      'Dell Pro',
      'Dell Premium',
    ],
    caseSensitiveTerms: ['Latitude', 'Precision', 'APEX'],
    handles: ['@Dell', '@DellTech', '@Alienware', '@DellXPS', '@DellLatitude'],
  },
  disclosure: {
    accepted: [
      'I work for Dell',
      'I work at Dell',
      "I'm a Dell employee",
      'I am a Dell employee',
      'Dell employee',
      'Dell team member',
      'I work for Dell Technologies',
      'I work at Dell Technologies',
      'my employer',
      'my employer Dell',
      'my company',
      'I work here',
      '#IWorkForDell',
      '#IWorkAtDell',
      '#DellEmployee',
      '#DellTeamMember',
      '#DellTechEmployee',
      'je travaille chez Dell',
      'je travaille pour Dell',
      'employé de Dell',
      'employée de Dell',
      'trabajo en Dell',
      'trabajo para Dell',
      'empleado de Dell',
      'empleada de Dell',
      'ich arbeite bei Dell',
      'ich arbeite für Dell',
      'Dell-Mitarbeiter',
      'Dell-Mitarbeiterin',
      'lavoro in Dell',
      'lavoro per Dell',
      'dipendente Dell',
      'trabalho na Dell',
      'trabalho para a Dell',
      'funcionário da Dell',
      'ik werk bij Dell',
      'Dell medewerker',
      'Dell社員',
      '我在戴尔工作',
    ],
    unclear: ['#sp', '#spon', '#partner', '#ee', '#collab', '#ambassador', '#employee'],
    insertText: '#IWorkForDell',
    fold: { x: 280, facebook: 480, linkedin: 210 },
    messages: {
      missing: 'You mention Dell products. Disclose that you work for Dell, at the start: "{insert}".',
    },
  },
  pii: {
    defaultCountry: 'US',
    regions: [
      'GB',
      'IE',
      'IN',
      'FR',
      'DE',
      'NL',
      'BE',
      'ES',
      'IT',
      'PT',
      'SE',
      'CH',
      'AT',
      'PL',
      'BR',
      'MX',
      'AR',
      'CO',
      'CA',
      'AU',
      'JP',
      'CN',
      'SG',
    ],
    identifiers: [
      {
        id: 'service-tag',
        label: 'a service tag',
        pattern: '\\b[A-Z0-9]{7}\\b',
        context: ['service tag', 'servicetag', 'tag', 'serial', 'serial number', 'S/N', 'SN'],
        window: 30,
        placeholder: '[service tag]',
      },
      {
        id: 'express-service-code',
        label: 'an express service code',
        pattern: '\\b\\d{10,11}\\b',
        context: ['express service code', 'express code', 'ESC', 'service code'],
        window: 30,
        placeholder: '[express service code]',
      },
      {
        id: 'marketplace-order-number',
        label: 'an order number',
        pattern: '\\b\\d{3}-\\d{7}-\\d{7}\\b',
        context: ['order', 'order number', 'order no', 'order #', 'order#', 'order id'],
        window: 40,
        placeholder: '[order number]',
      },
      {
        id: 'order-number',
        label: 'an order number',
        pattern: '\\b\\d{9,10}\\b',
        context: ['order', 'order number', 'order no', 'order #', 'order#', 'order id', 'PO'],
        window: 25,
        placeholder: '[order number]',
      },
    ],
    allow: ['1-800-624-9896', '1-800-624-9897', '1-877-275-3355', 'One Dell Way', '1 Dell Way'],
    protectReply:
      "Thanks — I've got your details. Please delete your post so your number stays private; we'll reach out directly.",
  },
  tone: {
    // Capitals are a matter of style: employees may switch the shouting nudge off.
    shouting: { optional: true },
    profanity: {
      extraTerms: ['wtf', 'stfu', 'dumbass', 'jackass', 'bullshit', 'goddamn', 'douche*', 'smartass'],
    },
    insult: {
      terms: [
        'idiot*',
        'moron*',
        'imbecile*',
        'stupid',
        'dumb',
        'dumbass',
        'loser*',
        'clown*',
        'pathetic',
        'incompetent',
        'ignorant',
        'shut up',
        'you suck',
        'get lost',
        'nobody asked',
        'cry more',
        'go away',
        'brain-dead',
        'braindead',
        'clueless',
        'fool',
        'fools',
        'jerk',
        'jerks',
      ],
      suggestion: 'I see it differently',
    },
    competitor: {
      terms: [
        'HP',
        'HP Inc',
        'Hewlett Packard',
        'HPE',
        'Lenovo',
        'ThinkPad',
        'Apple',
        'MacBook',
        'Acer',
        'Asus',
        'ROG',
        'Microsoft Surface',
        'Surface Laptop',
        'Razer',
        'MSI',
        'Samsung',
        'Cisco',
        'NetApp',
        'Pure Storage',
        'Nutanix',
        'Supermicro',
      ],
    },
    otherSide: {
      terms: [
        'Democrats',
        'Republicans',
        'Dems',
        'GOP',
        'liberals',
        'conservatives',
        'leftists',
        'right-wingers',
        'the left',
        'the right',
        'MAGA',
        'libs',
        'lefties',
        'progressives',
        'Tories',
        'Labour voters',
        'the other team',
        'their fans',
        'rival fans',
      ],
    },
    negativeTerms: [
      'suck*',
      'garbage',
      'trash',
      'terrible',
      'awful',
      'worst',
      'junk',
      'crap',
      'crappy',
      'overpriced',
      'inferior',
      'useless',
      'pathetic',
      'a joke',
      'joke',
      'dumpster fire',
      'stay away',
      'avoid',
      'hate',
      'losers',
      'idiots',
      'morons',
      'clowns',
      'stupid',
      'evil',
      'disgusting',
      'scum',
      'ruin*',
      'destroy*',
      'rip-off',
      'ripoff',
      'knockoff',
      'cheap plastic',
      "can't compete",
      'lag behind',
      'embarrassing',
      'dead last',
      'idiotic',
      'brainwashed',
      // How a product or its support is run down.
      'poor',
      'very poor',
      'very bad',
      'bad experience',
      'low quality',
      'worst experience',
      'disappointed',
      'disappointing',
      'fraud',
      'cheated',
      'malfunction*',
      'defective',
      'not recommend',
      'never recommend',
      "won't recommend",
      'will not recommend',
      "don't buy",
      'do not buy',
      'waste of money',
      'careless',
      'deny to help',
    ],
    hostileThread: {
      terms: [
        'you people',
        'how dare you',
        'disgrace',
        'shame on you',
        'wake up sheeple',
        'sheeple',
        'go to hell',
        'hope you',
        'burn in',
        'get a life',
        'screw you',
        'screw this',
        'boycott',
      ],
    },
  },
  confidential: {
    severity: 'block',
    topics: [
      {
        id: 'earnings',
        title: 'Earnings and financial results',
        terms: [
          'earnings',
          'quarterly results',
          'financial results',
          'revenue guidance',
          'revenue forecast',
          'profit warning',
          'our numbers this quarter',
          'beat the street',
          'miss the street',
          'Q1 results',
          'Q2 results',
          'Q3 results',
          'Q4 results',
          'EPS',
          'stock price target',
          // Numbers before they are published.
          'strong results',
          'our forecast',
          'we forecast',
          'over budget',
          'guidance',
          'our numbers',
        ],
        specialists: 'Investor Relations',
      },
      {
        id: 'unreleased-products',
        title: 'Unreleased products',
        terms: [
          'unreleased',
          'unannounced',
          'not yet announced',
          'not announced yet',
          'codename',
          'code name',
          'code-named',
          'codenamed',
          'internal roadmap',
          'product roadmap',
          'under NDA',
          'embargoed',
          'embargo',
          'sneak peek of our next',
          'leaked specs',
          'secret project',
          // Dates of what is not launched yet.
          'in a few weeks',
          'in the coming weeks',
          'launching soon',
          'launches next month',
          'launching next month',
          'ships next month',
          'not public yet',
          'not yet public',
          'internal memo',
        ],
        specialists: 'Product Marketing and Corporate Communications',
      },
      {
        id: 'mergers-acquisitions',
        title: 'Mergers and acquisitions',
        terms: [
          'acquisition',
          'acquisitions',
          'acquiring',
          'merger',
          'mergers',
          'merging with',
          'buyout',
          'takeover',
          'M&A',
          'divestiture',
          'spin-off',
          'spinoff',
          'going private',
        ],
        specialists: 'Corporate Development and Investor Relations',
      },
      {
        id: 'layoffs',
        title: 'Layoffs and reorganisation',
        terms: [
          'layoff*',
          'laid off',
          'lay off',
          'job cuts',
          'workforce reduction',
          'reduction in force',
          'RIF',
          'reorg',
          'reorgs',
          'reorganization',
          'reorganisation',
          'restructuring',
          'headcount cuts',
          'downsizing',
        ],
        specialists: 'Corporate Communications and HR',
      },
      {
        id: 'litigation',
        title: 'Litigation',
        terms: [
          'lawsuit*',
          'litigation',
          'sued',
          'suing',
          'class action',
          'class-action',
          'court case',
          'subpoena*',
          'legal action',
          'settlement talks',
          // Legal matters.
          'legal case',
          'in court',
          'legal recourse*',
          'our lawyers',
          'regulatory inquiry',
          'investigation into',
        ],
        specialists: 'Legal',
      },
      {
        id: 'security-incidents',
        title: 'Security incidents',
        terms: [
          'data breach',
          'breach',
          'breached',
          'hacked',
          'ransomware',
          'security incident',
          'cyberattack',
          'cyber attack',
          'zero-day',
          'zero day',
          'exploit in our',
          'compromised systems',
          'leaked data',
          'data leak',
        ],
        specialists: 'Security and Corporate Communications',
      },
    ],
  },
  handoff: {
    handles: { x: '@DellCares', facebook: '@DellCares', linkedin: 'Dell Cares' },
    complaintTerms: [
      'broken',
      'broke',
      "won't boot",
      'wont boot',
      "won't turn on",
      "won't start",
      "doesn't work",
      'does not work',
      "isn't working",
      'not working',
      'stopped working',
      'refund',
      'warranty',
      'customer support',
      'tech support',
      'customer service',
      'contacted support',
      'no response',
      'still waiting',
      'been waiting',
      'worst',
      'defective',
      'dead pixel*',
      'blue screen',
      'BSOD',
      'overheat*',
      'crash*',
      'return it',
      'replacement',
      'never arrived',
      'arrived damaged',
      'damaged',
      'faulty',
      'fix this',
      'please help',
      'need help',
      'unacceptable',
      'cancel my order',
      'where is my order',
      'order status',
      'no one is helping',
      'disappointed',
    ],
    troubleshootingTerms: [
      'have you tried',
      'try restarting',
      'try rebooting',
      'restart your',
      'reboot your',
      'update your BIOS',
      'update the BIOS',
      'flash the BIOS',
      'update your drivers',
      'update the driver*',
      'reinstall',
      'hold the power button',
      'hold down the power button',
      'factory reset',
      'reset your',
      'boot into',
      'safe mode',
      'clear the CMOS',
      'run diagnostics',
      'run the diagnostics',
      'ePSA',
      'run SupportAssist',
      'drain the flea power',
      'unplug the battery',
      // Moving the customer to a private channel yourself.
      'DM',
      'direct message',
      'private message',
      'follow and DM',
      // Asking for the model, version or firmware.
      'which model',
      'what model',
      'which version',
      'what version',
      'firmware version',
      'iOS version',
      'which device',
      'what device',
      // Steps.
      'please try',
      'try to',
      'try signing out',
      'sign out and',
      'log out and',
      'clear the cache',
      'clear your cache',
      'power cycle',
      'unplug',
      'restarting the',
      'backup your',
      'back up your',
      'update and',
      'connecting via',
      'steps tried',
      'troubleshooting',
    ],
    template: "Hey, I'm really sorry you're experiencing that. {handle}, can you take care of that?",
  },
  length: {
    // Near the limit is a heads-up the employee may not want; over it (a block) always shows.
    optional: true,
    limits: { x: 280, facebook: 63206, linkedin: 3000 },
    nearRatio: 0.9,
  },
  governance: {
    brandedMarkers: ['AtDell', 'DellTech', 'DellCares'],
    approvedAccounts: [
      { handle: '@DellCares', owner: 'Dell Support' },
      { handle: '@DellTech', owner: 'Dell Technologies' },
      { handle: '@Dell', owner: 'Dell' },
      { handle: '@AmyHAtDell', owner: 'Amy H.', sunset: '2030-12-31' },
      { handle: '@RichardAtDell', owner: 'Richard B.', sunset: '2024-06-30' },
    ],
  },
  training: {
    url: 'https://www.dell.com/learn/us/en/uscorp1/corp-comm/social-media-training',
    courseVersion: '2025.1',
    validityDays: 365,
    severity: 'warn',
    messages: {
      none: 'Take the Dell social-media training (SMaC) before posting about Dell: {url}',
      expired: 'Your Dell social-media training has expired. Renew it before posting about Dell: {url}',
    },
  },
  metrics: { retentionDays: 180 },
  customRules: [],
  // Examples: the people and storylines below are made up to show the format. Replace them.
  audience: {
    roles: [
      {
        id: 'journalist',
        title: 'a journalist',
        guidance: 'Anything you say may be quoted: leave press questions to Dell Media Relations.',
        contact: 'media.relations@dell.com (example)',
        traineeSeverity: 'block',
      },
      {
        id: 'analyst',
        title: 'an industry analyst',
        guidance: 'Analyst questions go to Dell Analyst Relations.',
        contact: 'analyst.relations@dell.com (example)',
      },
      {
        id: 'regulator',
        title: 'a regulator',
        guidance: 'Do not engage: route it to Legal and Government Affairs.',
        contact: 'Legal (example)',
        severity: 'block',
      },
      {
        id: 'critic',
        title: 'a known critic of Dell',
        guidance: 'Stay factual and polite, or leave it to Corporate Communications.',
      },
      {
        id: 'partner',
        title: 'a Dell partner',
        guidance: 'Partner topics may be under NDA: check with the partner team before you go into detail.',
      },
    ],
    handles: {
      x: [
        { handle: '@example_reporter', role: 'journalist' },
        { handle: '@example_analyst', role: 'analyst' },
      ],
      linkedin: [
        {
          handle: 'https://www.linkedin.com/in/example-reporter',
          name: 'Example Reporter',
          role: 'journalist',
        },
      ],
      facebook: [{ handle: 'Example Reporter', role: 'journalist' }],
    },
  },
  storylines: {
    items: [
      {
        id: 'example-earnings',
        topic: 'earnings',
        title: 'Example: where our results are published',
        text: {
          x: 'Dell publishes its financial results on investors.delltechnologies.com. I leave the numbers to Investor Relations.',
          linkedin:
            'Dell publishes its financial results, with the webcast and the filings, on investors.delltechnologies.com. As an employee I leave the numbers to our Investor Relations team.',
          facebook:
            'Dell publishes its financial results on investors.delltechnologies.com. I leave the numbers to Investor Relations.',
        },
        languages: ['en'],
        tags: ['results', 'quarter', 'investors', 'stock'],
        owner: 'Investor Relations (example)',
        example: true,
      },
      {
        id: 'example-security',
        topic: 'security-incidents',
        title: 'Example: where to read about a security issue',
        text: {
          x: 'Dell publishes security advisories at dell.com/support/security. If you think you are affected, DellCares can help.',
          linkedin:
            'Dell publishes its security advisories at dell.com/support/security, with the affected products and the fixes. If you think you are affected, our support team can help.',
          facebook:
            'Dell publishes security advisories at dell.com/support/security. If you think you are affected, DellCares can help.',
        },
        languages: ['en'],
        tags: ['security', 'vulnerability', 'advisory', 'breach'],
        owner: 'Security and Corporate Communications (example)',
        example: true,
      },
      {
        id: 'example-layoffs-2024',
        topic: 'layoffs',
        title: 'Example: the 2024 workforce statement (expired)',
        text: {
          x: 'Dell shared an update on its workforce in its 2024 annual report. I leave questions about it to Corporate Communications.',
        },
        languages: ['en'],
        tags: ['workforce', 'jobs', 'reorganisation'],
        validFrom: '2024-03-01',
        validUntil: '2024-12-31',
        owner: 'Corporate Communications and HR (example)',
        example: true,
      },
    ],
  },
  // Listen first: counts of the brand, product and competitor names (`brand`, `tone.competitor`)
  // in the feed. No report address: Dell's listening team's is not public; an admin sets `reportTo`.
  listening: { enabled: true },
  // English texts above; French, German, Spanish, Portuguese and Japanese in lib/engine/languages.
  language: 'en',
} satisfies PolicyInput;

export const DEFAULT_POLICY_INPUT = {
  ...DOCUMENT,
  translations: withCourse(DOCUMENT.guidelines, POLICY_TEXTS_BY_LANGUAGE),
} satisfies PolicyInput;

/** Dell's program, parsed and defaulted. */
export const DEFAULT_POLICY: Policy = PolicySchema.parse(DEFAULT_POLICY_INPUT);
