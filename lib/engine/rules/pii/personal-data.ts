/**
 * Protect the customer: personal data in the draft (redact it), personal data the customer posted in
 * the post being answered (ask them to take it down), and the customer's data repeated in the reply.
 */
import { replaceDraft, replaceSpan } from '../../fixes.ts';
import { detectPii, likelyRegions, normPii, type PiiPrepared } from '../../matchers/pii.ts';
import { compileAdminPattern } from '../../admin-pattern.ts';
import type { Fields } from '../../../policy/fields.ts';
import { defineRule } from '../../rule.ts';
import { format } from '../../template.ts';
import { termRegex } from '../../terms.ts';
import type { Severity } from '../../types.ts';

const detector = (f: Fields, label: string, placeholder: string, sev: Severity = 'block') =>
  f.z
    .strictObject({
      enabled: f.z.boolean().default(true),
      severity: f.severity(sev),
      label: f.text.default(label).describe('How the data is named in messages ("a phone number").'),
      placeholder: f.text.default(placeholder).describe('What the fix puts in its place.'),
    })
    .prefault({} as never);

const identifierSchema = (f: Fields) =>
  f.z.strictObject({
    id: f.idString,
    label: f.text,
    pattern: f.nonEmpty.describe('RE2 pattern for the identifier itself (case-sensitive).'),
    context: f.terms.min(1).describe('Words that must appear shortly before the identifier.'),
    window: f.z
      .number()
      .int()
      .min(1)
      .max(200)
      .default(40)
      .describe('How many characters before the identifier the context may be.'),
    severity: f.severity('warn'),
    placeholder: f.text,
  });

function joinKinds(labels: string[]): string {
  const u = [...new Set(labels)];
  if (u.length <= 1) return u[0] ?? '';
  return `${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
}

export const personalDataRule = defineRule({
  id: 'pii',
  category: 'pii',
  title: 'Personal data',
  description:
    "Never repeat a customer's personal data in public. Flags phone numbers, email addresses, payment cards, SSNs, IBANs, IP addresses, street addresses and the company's identifiers in the draft, and personal data the customer posted in the post being answered. Street addresses are found as each region writes them, whatever the draft's language: US, UK (street and postcode), Canada (postal code), France and its neighbours, Germany, Austria and Switzerland, Spain and Catalonia, Brazil and Portugal (CEP and postcode), Japan (〒 postcode, prefecture to chōme-banchi-gō, or in Latin letters); an address needs a number and a street word or postcode in the region's order, so a street named alone, a year, a price or a model number is none.",
  guideline: 'protect-the-customer',
  reports: {
    'pii.phone':
      'a phone number (also `pii.email`, `pii.card`, `pii.ssn`, `pii.iban`, `pii.ip`, `pii.address`)',
    'pii.<identifier id>': "one of the company's identifiers, with a context word shortly before",
    'pii.customer-posted':
      'the post being answered holds personal data (fix: the protect-the-customer reply)',
    'pii.repeats-customer': "the draft repeats the customer's own data",
  },
  config: {
    at: ['pii'],
    schema: (f) =>
      f.ruleSettings('protect-the-customer', {
        defaultCountry: f.z
          .string()
          .regex(/^[A-Z]{2}$/)
          .default('US')
          .describe('Region of phone numbers written without a country code (ISO 3166 alpha-2).'),
        regions: f.z
          .array(f.z.string().regex(/^[A-Z]{2}$/))
          .max(30)
          .default([])
          .describe(
            "Further regions whose national formats are tried, in order, for a number the default country does not validate and that is written the national way (a leading 0, an area code in parentheses, three or more groups): the regions the company's employees and customers are in. The writer's own region (the draft's locale, from the browser's language) is tried before these.",
          ),
        phone: detector(f, 'a phone number', '[phone number]'),
        email: detector(f, 'an email address', '[email]'),
        card: detector(f, 'a payment card number', '[card number]'),
        ssn: detector(f, 'a social security number', '[SSN]'),
        iban: detector(f, 'a bank account number (IBAN)', '[IBAN]'),
        ip: detector(f, 'an IP address', '[IP address]', 'warn'),
        address: detector(f, 'a street address', '[address]', 'warn'),
        identifiers: f.z
          .array(identifierSchema(f))
          .max(50)
          .default([])
          .superRefine((list, ctx) =>
            list.forEach((d, i) => {
              const err = f.checkAdminPattern(d.pattern, true);
              if (err) ctx.addIssue({ code: 'custom', message: err, path: [i, 'pattern'] });
            }),
          )
          .describe('Company identifiers (service tag, order number…) flagged when context words are near.'),
        allow: f.terms
          .default([])
          .describe("Public values that are never personal data (the company's support line)."),
        customerPostedSeverity: f.severity('warn').describe('Severity of `pii.customer-posted`.'),
        repeatsCustomerSeverity: f.severity('block').describe('Severity of `pii.repeats-customer`.'),
        protectReply: f.text
          .default(
            "Thanks — I've got your details. Please delete your post so your information stays private; we'll reach out directly.",
          )
          .describe('The protect-the-customer reply offered when a customer posted their own data.'),
        messages: f.messages({
          detected: f.message(
            'This looks like {kind}. Never post personal data in public; use a direct message.',
            'Placeholder: {kind}.',
          ),
          fixReplace: f.message('Replace with {placeholder}', 'Fix label; {placeholder}.'),
          customerPosted: f.message(
            'The post you are answering contains {kind}. Ask them to take it down — do not repeat it.',
            'Placeholder: {kind} (every kind found, joined).',
          ),
          fixProtectReply: f.message('Use the protect-the-customer reply', 'Fix label.'),
          repeatsCustomer: f.message(
            "You are repeating the customer's {kind} in public. Remove it and use a direct message.",
            'Placeholder: {kind}.',
          ),
        }),
      }),
  },
  prepare: (cfg): PiiPrepared => ({
    allow: new Set(cfg.allow.map(normPii)),
    identifiers: cfg.identifiers.flatMap((def) => {
      const pattern = compileAdminPattern(def.pattern, true);
      return pattern ? [{ def, pattern, context: termRegex(def.context) }] : [];
    }),
  }),
  run(r) {
    const { settings, prepared, text, replyText } = r;
    const regions = likelyRegions(settings, r.draft.locale);
    const cfg = regions === settings.regions ? settings : { ...settings, regions };
    const customer = replyText ? detectPii(replyText, cfg, prepared) : [];
    const customerValues = new Set(customer.map((h) => normPii(h.value)));
    if (customer.length > 0) {
      r.report({
        id: 'pii.customer-posted',
        severity: cfg.customerPostedSeverity,
        message: format(cfg.messages.customerPosted, { kind: joinKinds(customer.map((h) => h.label)) }),
        fixes: [replaceDraft('rewrite', cfg.messages.fixProtectReply, text, cfg.protectReply)],
      });
    }
    for (const h of detectPii(text, cfg, prepared, r.lower())) {
      const repeats = customerValues.has(normPii(h.value));
      r.report({
        id: repeats ? 'pii.repeats-customer' : `pii.${h.kind}`,
        severity: repeats ? cfg.repeatsCustomerSeverity : h.severity,
        message: format(repeats ? cfg.messages.repeatsCustomer : cfg.messages.detected, { kind: h.label }),
        span: h,
        fixes: [
          replaceSpan(
            'redact',
            format(cfg.messages.fixReplace, { placeholder: h.placeholder }),
            h,
            h.placeholder,
          ),
        ],
      });
    }
  },
});
