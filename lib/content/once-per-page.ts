/**
 * Which feed posts are heard for the first time on this page, so that each post is counted once.
 *
 * A post is known by its element first. A new element saying word for word what an earlier one
 * said may be the same post rendered again — X drops the tweets far off screen and renders them
 * anew when the employee scrolls back — or another post saying the same. Only then are the two
 * posts' addresses read to tell them apart: reading a post's address costs about as much as
 * reading its text, and few posts in a feed repeat another's words. The texts stay in memory,
 * for this page only, as the page itself holds them.
 */

/** Something that may still hold the first post with a text (a WeakRef in the browser). */
export interface Held<P> {
  deref(): P | undefined;
}

export interface OncePerPageOptions<P> {
  /** The post's address as the page writes it, or undefined when it has none. */
  addressOf: (post: P) => string | undefined;
  /** How many texts are remembered; the oldest is forgotten past it. */
  maxTexts?: number;
  /** Holds the first post with a text without keeping it alive. */
  hold?: (post: P) => Held<P>;
}

export class OncePerPage<P extends object> {
  private readonly met = new WeakSet<P>();
  /** Per text: the first post that said it, until a second one comes; then the addresses heard. */
  private readonly byText = new Map<string, Held<P> | Set<string>>();
  private readonly addressOf: (post: P) => string | undefined;
  private readonly maxTexts: number;
  private readonly hold: (post: P) => Held<P>;

  constructor(options: OncePerPageOptions<P>) {
    this.addressOf = options.addressOf;
    this.maxTexts = options.maxTexts ?? 5000;
    this.hold = options.hold ?? ((post) => new WeakRef(post));
  }

  /** Whether this element was met before; from now on it has been. */
  metBefore(post: P): boolean {
    if (this.met.has(post)) return true;
    this.met.add(post);
    return false;
  }

  /** Whether `post`, an element met for the first time, saying `text`, is a post not heard before. */
  isNew(post: P, text: string): boolean {
    const same = this.byText.get(text);
    if (same === undefined) {
      this.byText.set(text, this.hold(post));
      if (this.byText.size > this.maxTexts) this.byText.delete(this.byText.keys().next().value!);
      return true;
    }
    let addresses: Set<string>;
    // The first post with this text is gone, unread: the site dropped it, so this is most likely
    // that post rendered again.
    let firstGone = false;
    if (same instanceof Set) addresses = same;
    else {
      const first = same.deref();
      const address = first && this.addressOf(first);
      addresses = new Set(address === undefined ? [] : [address]);
      firstGone = first === undefined;
      this.byText.set(text, addresses);
    }
    const address = this.addressOf(post);
    // Without an address there is nothing to tell it by: it counts, as an element not met before.
    if (address === undefined) return true;
    if (addresses.has(address)) return false;
    addresses.add(address);
    return !firstGone;
  }
}
