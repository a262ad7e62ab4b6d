import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../lib/engine/index.ts';
import { check, ids, summary } from './helpers.ts';

describe('disclosure', () => {
  it('flags a brand mention without disclosure, with a fix inserting at the start', () => {
    const text = 'Loving my new XPS 13!';
    const [f] = check(text);
    expect(f?.ruleId).toBe('disclosure.missing');
    expect(f?.start).toBeUndefined();
    expect(f?.guideline).toBe('Disclose');
    expect(applyEdits(text, f!.fixes[0]!.edits)).toBe('#IWorkForDell Loving my new XPS 13!');
  });
  it('counts @Dell and case-sensitive product names as brand mentions', () => {
    expect(ids('Thanks @Dell for the event')).toEqual(['disclosure.missing']);
    expect(ids('The Latitude 7450 is great')).toEqual(['disclosure.missing']);
    expect(ids('latitude and longitude')).toEqual([]);
  });
  it('accepts multilingual and hashtag disclosures', () => {
    for (const d of [
      'I work for Dell',
      "I'm a Dell employee",
      'I’m a Dell employee',
      '#DellEmployee',
      'my employer',
      'trabajo en Dell',
      'ich arbeite bei Dell',
      'je travaille chez Dell',
      'ik werk bij Dell',
    ]) {
      expect(ids(`${d} — new XPS is great`)).toEqual([]);
    }
  });
  it('unclear tags do not count and are named in the message', () => {
    const f = check('#sp New XPS 13 is great');
    expect(f.map((x) => x.ruleId)).toEqual(['disclosure.missing']);
    expect(f[0]!.message).toContain('#sp');
    expect(ids('#ee #partner New XPS')).toEqual(['disclosure.missing']);
  });
  it('flags a disclosure below the LinkedIn fold and moves it to the start', () => {
    const text = 'New Alienware! ' + 'x'.repeat(250) + ' I work for Dell';
    const [f] = check(text, { platform: 'linkedin' });
    expect(f?.ruleId).toBe('disclosure.below-fold');
    expect(text.slice(f!.start, f!.end)).toBe('I work for Dell');
    expect(applyEdits(text, f!.fixes[0]!.edits)).toBe('I work for Dell New Alienware! ' + 'x'.repeat(250));
    // Facebook's fold is further down: fine there.
    expect(ids(text, { platform: 'facebook' })).toEqual([]);
  });
  it('flags a disclosure buried in a trailing hashtag cluster', () => {
    const text = 'Latest #XPS review! #tech #laptops #IWorkForDell #dell';
    expect(summary(text)).toEqual([['disclosure.buried-in-hashtags', '#IWorkForDell']]);
    const [f] = check(text);
    expect(applyEdits(text, f!.fixes[0]!.edits)).toBe(
      '#IWorkForDell Latest #XPS review! #tech #laptops #dell',
    );
    expect(ids('#IWorkForDell Latest review! #tech #laptops #dell')).toEqual([]);
  });
  it('reminds trainees on every brand mention, even when disclosed', () => {
    expect(ids('I work for Dell. New XPS!', { training: { state: 'in-training' } })).toEqual([
      'disclosure.trainee-reminder',
    ]);
    expect(check('I work for Dell. New XPS!', { training: { state: 'in-training' } })[0]!.severity).toBe(
      'info',
    );
    expect(ids('Nice weather', { training: { state: 'in-training' } })).toEqual([]);
  });
  it('approved branded accounts need no disclosure', () => {
    expect(ids('New XPS 13 is out!', { account: { handle: '@AmyHAtDell' } })).toEqual([]);
  });
  it('the hand-off handle alone is not a brand mention', () => {
    expect(
      ids('Hey, sorry to hear. Dell Cares, can you take care of that?', { platform: 'linkedin' }),
    ).toEqual([]);
  });
});
