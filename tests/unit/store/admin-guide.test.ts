import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';

const guide = readFileSync(join(import.meta.dirname, '../../../docs/admin-guide.md'), 'utf8');

describe('docs/admin-guide.md', () => {
  it('its complete sample policy is valid', () => {
    const m = guide.match(/<!-- sample-policy:start -->\s*```json\n([\s\S]*?)```/);
    expect(m).not.toBeNull();
    const result = parsePolicy(m![1]!);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('documents every managed storage key', () => {
    for (const key of ['`policy`', '`lockOverrides`', '`training`']) expect(guide).toContain(key);
  });
});
