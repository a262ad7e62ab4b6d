/**
 * evaluate() speed with the default policy: a 280-char X post, a 3,000-char LinkedIn post and a
 * 10,000-char adversarial input. "warm" is the keystroke case (the same policy object, bounded memo
 * caches warm); "cold" clears the memo caches before every call.
 */
import { bench, describe } from 'vitest';
import { clearEngineCaches, evaluate, type Draft } from '../../lib/engine/index.ts';
import { DEFAULT_POLICY, DEFAULT_POLICY_INPUT } from '../../lib/policy/index.ts';

const POST_280 =
  '#IWorkForDell Just got the new XPS 13 and wow — the OLED screen is stunning 😍 Battery lasted my whole flight from Austin to NYC. ' +
  'Shout-out to the team who built it. If you are shopping for a laptop this year, check it out: https://www.dell.com/xps #XPS #laptops';

const PARAGRAPH =
  'This week our team shipped the new Latitude 7450 to 1,250 customers across 14 countries, and the feedback has been fantastic. ' +
  'One customer told us the battery lasted through a 12-hour day of video calls, which is exactly what we designed it for. ' +
  'We also tested the UltraSharp U2724D at 120 Hz with Windows 11 and BIOS v2.3.1 on 2024-03-05; everything worked first time. ' +
  'Prices start at $1,299 and there is a support article at https://www.dell.com/support/kbdoc/en-us/000130970/latitude-setup for setup. ';
let long = 'I work for Dell, and I am proud of what we built this quarter with our partners. ';
while (long.length < 3000) long += PARAGRAPH;
const POST_3000 = long.slice(0, 3000);

const brandTerms = [
  ...DEFAULT_POLICY_INPUT.brand.terms,
  ...DEFAULT_POLICY_INPUT.brand.caseSensitiveTerms,
].join(' ');
let adv = '';
const chunks = [
  '1'.repeat(400),
  ' ' + '!?.'.repeat(150),
  ' ' + 'a'.repeat(600),
  ' ' + brandTerms,
  ' 4111-1111-1111-1111-2222-3333-4444 ',
  '(((((((((( 555 555 555 555 555 555 ))))))))) ',
  '@@@@@@ .... #### ' + 'x@'.repeat(100),
  ' 1.1.1.1.1.1.1.1.1.1.1.1 ',
  ' F.U.C.K S.H.1.T '.repeat(10),
  ' THIS IS LOUD '.repeat(20),
  ' 😀電話é\u0301 '.repeat(30),
];
let k = 0;
while (adv.length < 10_000) adv += chunks[k++ % chunks.length];
const ADVERSARIAL = adv.slice(0, 10_000);

const d = (text: string, platform: Draft['platform']): Draft => ({
  text,
  platform,
  surface: 'post',
  training: { state: 'certified' },
});
const reply = (text: string): Draft => ({
  ...d(text, 'x'),
  surface: 'reply',
  replyTo: { text: "My XPS won't boot, call me at 512-555-0199. Worst support ever!!!" },
});

// Compile the policy once (as the content script does on load).
evaluate(d('warm up', 'x'), DEFAULT_POLICY);

describe('evaluate, default policy', () => {
  bench('280 chars, X post (warm)', () => {
    evaluate(d(POST_280, 'x'), DEFAULT_POLICY);
  });
  bench('280 chars, X reply to a complaint with PII (warm)', () => {
    evaluate(reply(POST_280), DEFAULT_POLICY);
  });
  bench('3,000 chars, LinkedIn post (warm)', () => {
    evaluate(d(POST_3000, 'linkedin'), DEFAULT_POLICY);
  });
  bench('3,000 chars, LinkedIn post (cold memo)', () => {
    clearEngineCaches();
    evaluate(d(POST_3000, 'linkedin'), DEFAULT_POLICY);
  });
  bench('10,000 chars adversarial, X (cold memo)', () => {
    clearEngineCaches();
    evaluate(d(ADVERSARIAL, 'x'), DEFAULT_POLICY);
  });
  bench('10,000 chars adversarial, LinkedIn (cold memo)', () => {
    clearEngineCaches();
    evaluate(d(ADVERSARIAL, 'linkedin'), DEFAULT_POLICY);
  });
});
