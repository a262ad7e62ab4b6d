import { describe, expect, it } from 'vitest';
import { check } from './helpers.ts';

// False alarms cost trust: none of these may produce a finding.
const CLEAN = [
  'Loving my new XPS 13! I work for Dell.',
  '#IWorkForDell Just unboxed the new Alienware m18 — what a machine 🎮',
  'Great turnout at the meetup tonight, thanks everyone!',
  'I work for Dell and the new Latitude 7450 battery life is superb. Price starts at $1,299.',
  'I work for Dell. Shipped on 2024-03-05, arrived 03/07/2024. XPS 9340 with Windows 11, BIOS v2.3.1.',
  'I work at Dell: our UltraSharp U2724D looks great. Read more: https://www.dell.com/support/kbdoc/en-us/000130970/how-to-calibrate',
  'We hosted 1,250 students and 34 teachers at the STEM fair in 2023. Amazing energy!',
  'Happy Friday! Coffee, code and a class on analytics. Assume nothing, test everything.',
  'The title of the document is "Scunthorpe cocktail therapists".',
  'Version 10.0.22631.2861 fixed it. Build 1.2.3.4 is next.',
  'Je travaille chez Dell et j’adore mon nouveau XPS 14 🇫🇷',
  'Ich arbeite bei Dell — der neue Precision 5690 ist schnell.',
  '周末愉快！我在戴尔工作，新的 XPS 真棒 😀',
  'Room 404, floor 3, 10am–11:30am. See you at 9:45.',
  'Precision matters in engineering; latitude and longitude too.',
  'Call for papers closes May 31. Submissions via the portal.',
  'Our team grew from 12 to 48 people this year. Proud of everyone!',
  'Dell employee here: Q&A tomorrow at 3pm about the PowerEdge R760.',
  'The new MacBook and the XPS are both great machines. I work for Dell, so I am biased!',
  'Good luck to both teams tonight, should be a great game!',
];

describe('clean, friendly posts raise nothing', () => {
  for (const text of CLEAN) {
    it(text, () => {
      for (const platform of ['x', 'linkedin', 'facebook'] as const) {
        expect(check(text, { platform })).toEqual([]);
      }
    });
  }
  it('a clean reply to a friendly post raises nothing', () => {
    expect(
      check('Thanks so much, glad you like it!', {
        surface: 'reply',
        replyTo: { text: 'Love my new XPS, thanks Dell!' },
      }),
    ).toEqual([]);
  });
  it('an empty draft raises nothing', () => {
    expect(check('')).toEqual([]);
  });
});
