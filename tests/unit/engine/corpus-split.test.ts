import { describe, expect, it } from 'vitest';
import { CORPUS_CATEGORIES, loadAddressCorpus, loadCorpus, splitOf } from '../../corpus/load.ts';

describe('the accuracy corpus split', () => {
  it('is decided by the id alone: sha256(id), first 32 bits, mod 100 below 35 is held out', () => {
    // sha256("foo") starts 2c26b46b (mod 100: 59), sha256("a") starts ca978112 (mod 100: 10).
    expect(splitOf('foo')).toBe('dev');
    expect(splitOf('a')).toBe('held-out');
  });

  it.each(CORPUS_CATEGORIES)('dev/%s.json holds only dev items', (category) => {
    const items = loadCorpus('dev', category);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(splitOf(item.id)).toBe('dev');
  });

  it('dev/address.json holds only dev items', () => {
    const items = loadAddressCorpus('dev');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(splitOf(item.id)).toBe('dev');
  });
});
