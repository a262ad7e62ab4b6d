import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/engine/index.ts';
import { REFERENCE_FILE, renderReference } from '../../../scripts/policy-reference.ts';

describe('docs/policy-reference.md', () => {
  const doc = readFileSync(REFERENCE_FILE, 'utf8');
  it('is up to date with the rules (npm run docs rewrites it)', async () => {
    expect(doc).toBe(await renderReference(doc));
  });
  it('documents every rule and every setting path of the document', () => {
    for (const rule of RULES) {
      expect(doc).toContain(`### \`${rule.id}\``);
      expect(doc).toContain(`\`${rule.config.at.join('.')}`);
    }
  });
});
