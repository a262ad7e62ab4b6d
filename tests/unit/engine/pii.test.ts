import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../lib/engine/index.ts';
import { check, summary } from './helpers.ts';

describe('pii', () => {
  it.each([
    ['Call me at (512) 555-0199 tomorrow', 'pii.phone', '(512) 555-0199'],
    ['UK office: +44 20 7946 0958', 'pii.phone', '+44 20 7946 0958'],
    ['ring +33 1 42 68 53 00 please', 'pii.phone', '+33 1 42 68 53 00'],
    ['text me 512.555.0199', 'pii.phone', '512.555.0199'],
    ['call me at 555-0199', 'pii.phone', '555-0199'],
    ['write to jane.doe+laptop@example.co.uk now', 'pii.email', 'jane.doe+laptop@example.co.uk'],
    ['card 4111 1111 1111 1111 exp 12/27', 'pii.card', '4111 1111 1111 1111'],
    ['card 5500-0000-0000-0004', 'pii.card', '5500-0000-0000-0004'],
    ['my SSN is 123-45-6789', 'pii.ssn', '123-45-6789'],
    ['IBAN DE89 3704 0044 0532 0130 00 please', 'pii.iban', 'DE89 3704 0044 0532 0130 00'],
    ['IBAN GB82WEST12345698765432', 'pii.iban', 'GB82WEST12345698765432'],
    ['my IP is 203.0.113.42.', 'pii.ip', '203.0.113.42'],
    ['server at 2001:db8::8a2e:370:7334 is down', 'pii.ip', '2001:db8::8a2e:370:7334'],
    [
      'ship it to 1234 Main Street, Austin, TX 78701 thanks',
      'pii.address',
      '1234 Main Street, Austin, TX 78701',
    ],
    ['service tag 7XK2M93 please', 'pii.service-tag', '7XK2M93'],
    ['my order number is 123456789', 'pii.order-number', '123456789'],
    ['Order 1234567890 shipped', 'pii.order-number', '1234567890'],
    ['express service code 12345678901', 'pii.express-service-code', '12345678901'],
  ])('%s', (text, ruleId, span) => {
    expect(summary(text)).toEqual([[ruleId, span]]);
    const [f] = check(text);
    expect(f!.severity).not.toBe('info');
    expect(applyEdits(text, f!.fixes[0]!.edits)).toBe(text.replace(span, f!.fixes[0]!.edits[0]!.text));
    expect(f!.message).toMatch(/direct message/);
  });

  it.each([
    'Launch on 2024-03-05 and 03/05/2024',
    'Only $1,299.99 or €1.499,00 this week',
    'The XPS 9340 and Latitude 7450 with Windows 11',
    'Update to v2.3.1 or 10.0.22631.2861',
    'We sold 1,250,000 units in 2023',
    'See https://www.dell.com/support/kbdoc/en-us/000130970/bios-update and KB 000123456',
    'Model 1234567890 shipped',
    'Tracking: we had 1234567890 impressions',
    'Card 4111 1111 1111 1112 fails Luhn',
    'Not an SSN: 000-12-3456 or 666-12-3456 or 900-12-3456',
    'Invalid IBAN DE89 3704 0044 0532 0130 01',
    'Scores 1.2.3.400 and version 1.2.3.4',
    'Dell support line 1-800-624-9897 is public',
    'Visit One Dell Way or 1 Dell Way in Round Rock',
    'Meet at 9:45, room 12:30 and 10:30:45',
    'ISBN 978-3-16-148410-0 is a book',
  ])('no false alarm: %s', (text) => {
    expect(check(text).filter((f) => f.category === 'pii')).toEqual([]);
  });

  it('customer posted their own data: protect-the-customer reply, no span', () => {
    const replyTo = { text: 'My number is 512-555-0199, please call!' };
    const f = check('', { surface: 'reply', replyTo }).find((x) => x.ruleId === 'pii.customer-posted');
    expect(f).toBeDefined();
    expect(f!.start).toBeUndefined();
    expect(applyEdits('', f!.fixes[0]!.edits)).toMatch(
      /^Thanks — I've got your details\. Please delete your post/,
    );
    const draftText = 'Sure, will do';
    const g = check(draftText, { surface: 'reply', replyTo }).find((x) => x.ruleId === 'pii.customer-posted');
    expect(applyEdits(draftText, g!.fixes[0]!.edits)).toMatch(/^Thanks/);
  });
  it('warns when the draft repeats the customer data', () => {
    const text = 'Calling you at (512) 555-0199 now';
    const out = summary(text, { surface: 'reply', replyTo: { text: 'call me 512-555-0199' } });
    expect(out).toContainEqual(['pii.repeats-customer', '(512) 555-0199']);
    expect(out.find((x) => x[0] === 'pii.phone')).toBeUndefined();
  });
  it('exact UTF-16 spans around emoji, CJK, combining marks and newlines', () => {
    const text = '😀👍🏽 café\u0301 電話\n\ncall (512) 555-0199 👩‍💻 jane@example.com';
    const out = summary(text);
    expect(out).toEqual([
      ['pii.phone', '(512) 555-0199'],
      ['pii.email', 'jane@example.com'],
    ]);
  });
});
