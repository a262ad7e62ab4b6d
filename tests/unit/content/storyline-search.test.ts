/** The storyline search's list as it opens: a list that did not change keeps its search index. */
import { describe, expect, it } from 'vitest';
import { searchList } from '../../../lib/content/storyline-search.ts';
import { searchStorylines, type Storyline } from '../../../lib/engine/storylines.ts';
import { DEFAULT_POLICY } from '../../../lib/policy/index.ts';

const ITEMS = DEFAULT_POLICY.storylines.items;

describe('searchList', () => {
  it('keeps the previous list (and its index) when the same storylines are valid', () => {
    const first = searchList([...ITEMS], []);
    expect(first).toEqual(ITEMS);
    expect(searchList([...ITEMS], first)).toBe(first);
  });

  it('takes the new list when a storyline came or went', () => {
    const first = searchList([...ITEMS], []);
    const fewer: Storyline[] = ITEMS.slice(1);
    const again = searchList(fewer, first);
    expect(again).toBe(fewer);
    const other = { ...ITEMS[0]!, id: 'other' };
    expect(searchList([other, ...ITEMS.slice(1)], first)).not.toBe(first);
  });

  it('returns a list the search answers on', () => {
    const list = searchList([...ITEMS], []);
    expect(searchStorylines('security', list).map((s) => s.id)).toContain('example-security');
  });
});
