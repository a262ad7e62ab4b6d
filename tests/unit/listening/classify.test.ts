/** The listening classifier: names and a coarse sentiment, from the policy's lists and the engine's detectors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyPost, mayNameAny } from '../../../lib/listening/classify';
import { DEFAULT_POLICY, PolicySchema } from '../../../lib/policy';
import { CORPUS_CATEGORIES, loadCorpus } from '../../corpus/load';
import { FEED_POSTS } from '../../fixtures/src/feed-posts';
import { MINIMAL_POLICY } from '../minimal-policy';

describe('classifyPost on public posts (built-in policy)', () => {
  for (const post of FEED_POSTS) {
    it(`${post.sentiment}: ${post.text.slice(0, 50)}…`, () => {
      const mention = classifyPost(post.text, DEFAULT_POLICY);
      if (post.products.length === 0 && post.competitors.length === 0) {
        expect(mention).toBeUndefined();
        return;
      }
      expect(mention).toMatchObject({
        products: post.products,
        competitors: post.competitors,
        sentiment: post.sentiment,
      });
    });
  }

  it('names each product once, as the policy writes it, and a competitor beside it', () => {
    // Written for this test.
    const mention = classifyPost(
      'Swapped my old lenovo for an xps 13. The XPS screen is great.',
      DEFAULT_POLICY,
    );
    expect(mention).toEqual({
      products: ['XPS'],
      competitors: ['Lenovo'],
      sentiment: 'positive',
    });
  });

  it('a complaint is negative', () => {
    const mention = classifyPost(
      '@Dell make that on hold for 20 mins - really first class service - erm not', // twcs tweet_id 3823, adapted
      DEFAULT_POLICY,
    );
    expect(mention).toMatchObject({ products: ['Dell'], sentiment: 'negative' });
  });

  it('praise denied is not praise', () => {
    expect(classifyPost('The new Alienware is not great.', DEFAULT_POLICY)?.sentiment).toBe('neutral');
  });

  it('case-sensitive brand names count only with their capitals', () => {
    expect(classifyPost('Got a Latitude for work', DEFAULT_POLICY)?.products).toEqual(['Latitude']);
    expect(classifyPost('Check the latitude of the site', DEFAULT_POLICY)).toBeUndefined();
  });
});

describe('the listening section of the policy', () => {
  it('is off by default, with the brand and competitor lists of the policy as its names', () => {
    const policy = PolicySchema.parse({
      ...MINIMAL_POLICY,
      brand: { terms: ['Acme Rocket'] },
      tone: { competitor: { terms: ['Roadrunner Inc'] } },
    });
    expect(policy.listening.enabled).toBe(false);
    expect(classifyPost('Acme Rocket beats Roadrunner Inc', policy)).toMatchObject({
      products: ['Acme Rocket'],
      competitors: ['Roadrunner Inc'],
    });
  });

  it('its own lists replace them', () => {
    const policy = PolicySchema.parse({
      ...MINIMAL_POLICY,
      brand: { terms: ['Acme'] },
      listening: { enabled: true, products: ['Anvil*'], competitors: ['Coyote Co'] },
    });
    expect(classifyPost('Acme anvils from Coyote Co', policy)).toMatchObject({
      products: ['Anvil'],
      competitors: ['Coyote Co'],
    });
  });

  it('refuses a report address that is not one', () => {
    const r = PolicySchema.safeParse({ ...MINIMAL_POLICY, listening: { reportTo: 'listening team' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['listening', 'reportTo']);
  });
});

describe('mayNameAny, the quick test a post’s text passes before it leaves the page', () => {
  const may = mayNameAny(DEFAULT_POLICY);
  const counted = (text: string) => classifyPost(text, DEFAULT_POLICY) !== undefined;

  it('passes every public text classifyPost counts, and stops most of those it does not', () => {
    const texts = [
      ...FEED_POSTS.map((post) => post.text),
      ...CORPUS_CATEGORIES.flatMap((category) =>
        loadCorpus('dev', category).flatMap((item) => [item.text, item.replyTo?.text ?? '']),
      ),
    ];
    const missed = texts.filter((text) => counted(text) && !may(text));
    expect(missed).toEqual([]);
    const notCounted = texts.filter((text) => !counted(text));
    const stopped = notCounted.filter((text) => !may(text)).length;
    expect(stopped / notCounted.length).toBeGreaterThan(0.8);
  });

  it('passes the names in any case, spacing and apostrophe the classifier accepts', () => {
    const names = ['Dell Technologies', 'XPS', 'PowerEdge', 'Latitude', 'Lenovo', 'HP', 'Asus', 'Dell’s'];
    const written = fc
      .tuple(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...names),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        fc.constantFrom(' ', '  ', '\n', '\u00a0'),
        fc.string({ maxLength: 20 }),
      )
      .map(([before, name, upper, space, after]) => {
        const cased = [...name].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase()));
        return `${before} ${cased.join('').replace(/ /g, space).replace('’', "'")} ${after}`;
      });
    fc.assert(
      fc.property(written, (text) => !counted(text) || may(text)),
      { numRuns: 2000 },
    );
  });

  it('passes the long s and the Kelvin sign, which a Unicode match takes for s and k', () => {
    const policy = PolicySchema.parse({ ...MINIMAL_POLICY, brand: { terms: ['Asus', 'Kodak'] } });
    for (const text of ['My new Aſus', 'A \u212Aodak camera']) {
      expect(classifyPost(text, policy)).toBeDefined();
      expect(mayNameAny(policy)(text)).toBe(true);
    }
  });

  it('passes every text that is not blank when a name has no ASCII letter or digit', () => {
    const policy = PolicySchema.parse({ ...MINIMAL_POLICY, brand: { terms: ['Acme', '戴尔'] } });
    expect(mayNameAny(policy)('我的新戴尔电脑')).toBe(true);
    expect(mayNameAny(policy)('anything at all')).toBe(true);
    expect(mayNameAny(policy)('  ')).toBe(false);
  });
});
