import { describe, expect, it } from 'vitest';
import { OncePerPage, type Held } from '../../../lib/content/once-per-page';

/** A post element: its address as the page writes it (none for some, like an ad). */
interface Post {
  address?: string;
}

/** Posts are held as the browser would, except that a test can make the site drop one. */
function setup(maxTexts?: number) {
  const reads: Post[] = [];
  const collected = new Set<Post>();
  const once = new OncePerPage<Post>({
    addressOf: (post) => (reads.push(post), post.address),
    maxTexts,
    hold: (post): Held<Post> => ({ deref: () => (collected.has(post) ? undefined : post) }),
  });
  /** Whether the post is heard as new: its element met for the first time, and not a post heard before. */
  const hear = (post: Post, text: string) => !once.metBefore(post) && once.isNew(post, text);
  return { hear, reads, collect: (post: Post) => collected.add(post) };
}

describe('OncePerPage', () => {
  it('hears posts saying different things without reading a single address', () => {
    const { hear, reads } = setup();
    const posts = Array.from({ length: 50 }, (_, i) => ({ address: `/a/status/${i}` }));
    expect(posts.map((post, i) => hear(post, `post number ${i}`))).toEqual(posts.map(() => true));
    expect(reads).toEqual([]);
  });

  it('hears an element once, however often it is met', () => {
    const { hear } = setup();
    const post = { address: '/a/status/1' };
    expect(hear(post, 'Loving my XPS')).toBe(true);
    expect(hear(post, 'Loving my XPS')).toBe(false);
  });

  it('does not hear a post again when the site renders it anew (a new element, the same address)', () => {
    const { hear, reads } = setup();
    const first = { address: '/a/status/1' };
    const again = { address: '/a/status/1' };
    expect(hear(first, 'Loving my XPS')).toBe(true);
    expect(hear(again, 'Loving my XPS')).toBe(false);
    // Both addresses were read, once each, only when the text came a second time.
    expect(reads).toEqual([first, again]);
  });

  it('hears another post saying word for word what an earlier one said', () => {
    const { hear, reads } = setup();
    const posts = [1, 2, 3].map((n) => ({ address: `/user${n}/status/${n}` }));
    expect(posts.map((post) => hear(post, 'Happy holidays from Dell'))).toEqual([true, true, true]);
    // Rendered again, each of them, later on: none is heard twice.
    expect(posts.map((post) => hear({ ...post }, 'Happy holidays from Dell'))).toEqual([false, false, false]);
    // Each address is read once for each element: the first post's when the second came.
    expect(reads.length).toBe(6);
  });

  it('takes a post saying what a dropped, unread post said for that post rendered again', () => {
    const { hear, collect } = setup();
    const first = { address: '/a/status/1' };
    expect(hear(first, 'Loving my XPS')).toBe(true);
    collect(first);
    expect(hear({ address: '/a/status/1' }, 'Loving my XPS')).toBe(false);
    // That settles the dropped post: another one saying the same is a post of its own.
    expect(hear({ address: '/b/status/2' }, 'Loving my XPS')).toBe(true);
    expect(hear({ address: '/b/status/2' }, 'Loving my XPS')).toBe(false);
  });

  it('hears a post without an address whenever its element is new: there is nothing to tell it by', () => {
    const { hear } = setup();
    expect(hear({}, 'Sponsored: Dell XPS')).toBe(true);
    expect(hear({}, 'Sponsored: Dell XPS')).toBe(true);
  });

  it('forgets the oldest text past its limit, and only that one', () => {
    const { hear } = setup(2);
    const a = { address: '/a/status/1' };
    hear(a, 'one');
    hear({ address: '/b/status/2' }, 'two');
    hear({ address: '/c/status/3' }, 'three');
    // "one" was forgotten: rendered again, it is heard as new; "three" is still known.
    expect(hear({ address: '/a/status/1' }, 'one')).toBe(true);
    expect(hear({ address: '/c/status/3' }, 'three')).toBe(false);
  });
});
