import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../lib/engine/index.ts';
import { check, ids, summary } from './helpers.ts';

describe('tone', () => {
  it.each([
    ['what the fuck', 'fuck'],
    ['this is sh1t', 'sh1t'],
    ['what the f.u.c.k is that', 'f.u.c.k'],
    ['f*ck this', 'f*ck'],
    ['such bullshit', 'bullshit'],
    ['fuuuuck mondays', 'fuuuuck'],
    ['you asshole', 'asshole'],
  ])('profanity: %s', (text, span) => {
    const out = summary(text).filter((x) => x[0] === 'tone.profanity');
    expect(out).toEqual([['tone.profanity', span]]);
  });
  it('profanity fix removes the word and one space', () => {
    const text = 'this is shit today';
    const f = check(text).find((x) => x.ruleId === 'tone.profanity')!;
    expect(applyEdits(text, f.fixes[0]!.edits)).toBe('this is today');
  });
  it.each([
    'Scunthorpe United',
    'a class assignment',
    'I assume so',
    'cocktail hour',
    'Dick Smith Electronics',
    'the title',
    'analysis of Hancock data',
    'shiitake mushrooms',
    'passport',
  ])('no profanity: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
  it('insults with a replacement', () => {
    const text = 'You are an idiot if you think that';
    expect(summary(text)).toEqual([['tone.insult', 'idiot']]);
    const f = check(text)[0]!;
    expect(applyEdits(text, f.fixes[0]!.edits)).toBe('You are an I see it differently if you think that');
  });
  it('shouting: a long run of capitals, with a sentence-case fix', () => {
    const text = 'ok so THIS IS THE BEST XPS EVER MADE. I work for Dell';
    const f = check(text).find((x) => x.ruleId === 'tone.shouting')!;
    expect(text.slice(f.start, f.end)).toBe('THIS IS THE BEST XPS EVER MADE');
    expect(applyEdits(text, f.fixes[0]!.edits)).toBe('ok so This is the best XPS ever made. I work for Dell');
  });
  it('no shouting for acronyms and short caps', () => {
    expect(ids('Meet the CTO at CES in LA, USA. NASA and IBM too.')).toEqual([]);
  });
  it('competitor slam, but not a neutral competitor mention', () => {
    expect(summary('Honestly HP laptops are garbage')).toEqual([
      ['tone.competitor', 'HP laptops are garbage'],
    ]);
    expect(ids('Lenovo makes nice keyboards too')).toEqual([]);
  });
  it('other-side slam', () => {
    expect(ids('The Democrats are idiots')).toContain('tone.other-side');
    expect(ids('Proud to vote today, go team!')).toEqual([]);
  });
  it('hostile thread: whole-draft info with the policy message', () => {
    const f = check('Well actually', {
      surface: 'reply',
      replyTo: { text: 'You people are pathetic, shut up' },
    });
    const h = f.find((x) => x.ruleId === 'tone.hostile-thread')!;
    expect(h.message).toBe("You don't have to attend every argument you're invited to.");
    expect(h.start).toBeUndefined();
    expect(ids('Thanks!', { surface: 'reply', replyTo: { text: 'Great keynote today!' } })).toEqual([]);
  });
});
