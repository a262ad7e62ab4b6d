/** The listening classifier: names and a coarse sentiment, from the policy's lists and the engine's detectors. */
import { describe, expect, it } from 'vitest';
import { classifyPost } from '../../../lib/listening/classify';
import { DEFAULT_POLICY, PolicySchema } from '../../../lib/policy';
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
