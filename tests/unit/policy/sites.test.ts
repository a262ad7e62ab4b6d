import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_INPUT, parsePolicy } from '../../../lib/policy';
import { checkSelector } from '../../../lib/policy/sites';
import { FACEBOOK_SELECTORS } from '../../../lib/sites/facebook';
import { LINKEDIN_SELECTORS } from '../../../lib/sites/linkedin';
import { X_SELECTORS } from '../../../lib/sites/x';

describe('sites: selector overrides', () => {
  it('are empty by default and take a valid selector per named selector of a site', () => {
    const plain = parsePolicy(DEFAULT_POLICY_INPUT);
    expect(plain.ok && plain.policy.sites.x.selectors).toEqual({});
    const r = parsePolicy({
      ...DEFAULT_POLICY_INPUT,
      sites: { x: { selectors: { editor: '[data-testid="postComposer"] [contenteditable="true"]' } } },
    });
    expect(r.ok && r.policy.sites.x.selectors.editor).toBe(
      '[data-testid="postComposer"] [contenteditable="true"]',
    );
  });

  it('refuse an invalid selector, an empty one and an unknown name, each at its path', () => {
    const r = parsePolicy({
      ...DEFAULT_POLICY_INPUT,
      sites: {
        x: { selectors: { editor: 'div[', submit: ' ' } },
        facebook: { selectors: { composer: 'div' } },
      },
    });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'sites.x.selectors.editor',
        'sites.x.selectors.submit',
        'sites.facebook.selectors.composer',
      ]),
    );
  });

  it('checks selectors as the browser would take them', () => {
    expect(checkSelector('.a :is(.b, .c) > [data-view-name="comment-box"]')).toBeNull();
    expect(checkSelector('a >>> b')).toMatch(/not a valid CSS selector/);
    expect(checkSelector('a,')).not.toBeNull();
  });

  it('name every selector of the adapters’ tables, and the built-in selectors pass the check', () => {
    for (const table of [X_SELECTORS, FACEBOOK_SELECTORS, LINKEDIN_SELECTORS])
      for (const selector of Object.values(table)) expect(checkSelector(selector)).toBeNull();
  });
});

describe('docs/policy-reference.md', () => {
  it('names every overridable selector of every site', async () => {
    const { readFileSync } = await import('node:fs');
    const { SELECTOR_NAMES } = await import('../../../lib/policy/sites');
    const doc = readFileSync(new URL('../../../docs/policy-reference.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## `sites`'), doc.indexOf('## `guidelines[]`'));
    for (const [site, names] of Object.entries(SELECTOR_NAMES)) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${site}\``)) ?? '';
      for (const name of names) expect(row).toContain(`\`${name}\``);
    }
  });
});
