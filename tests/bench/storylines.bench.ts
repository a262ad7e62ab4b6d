/**
 * Storyline search as the compose box runs it, over 1,000 storylines (budget: 5 ms a query).
 * The search index (fuzzysort's snapshot) is started when the search opens (Alt+Shift+S, the
 * button: lib/content/storyline-search.ts, searchList) and built in idle slices of a few ms after
 * it; a query before it is done finishes the build itself. So:
 * - "open" is what the shortcut costs at once: the storylines valid at a date for a platform,
 *   listed, and their index started;
 * - "first query after open" is the first keystroke's query on an index built in the time between
 *   the shortcut and that keystroke. Each run takes a list of its own, opened and built before the
 *   timing starts, never searched for a letter before (the build is finished by a query for "#",
 *   which the timed "s" does not extend, so "s" searches every row afresh);
 * - "open and query at once" is the worst case, no idle time before the first keystroke: the
 *   query pays for the whole build (what every first query paid before the index was started at
 *   the open);
 * - "search" is a query typed letter by letter on an open list.
 */
import { bench, describe } from 'vitest';
import {
  searchStorylines,
  storylineIndex,
  validStorylines,
  type Storyline,
} from '../../lib/engine/storylines.ts';

const TOPICS = ['earnings', 'layoffs', 'security-incidents', 'mergers-acquisitions', 'litigation', 'outage'];
const WORDS = ['quarter', 'results', 'advisory', 'workforce', 'update', 'statement', 'customers', 'recall'];

const ITEMS: Storyline[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `story-${i}`,
  topic: TOPICS[i % TOPICS.length]!,
  title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} statement ${i}`,
  text: { x: `Statement ${i}`, linkedin: `Statement ${i}` },
  languages: ['en'],
  tags: [WORDS[(i * 3) % WORDS.length]!, `tag${i % 50}`],
  validFrom: i % 10 === 0 ? '2027-01-01' : undefined,
  validUntil: i % 7 === 0 ? '2026-01-01' : undefined,
  owner: 'Corporate Communications',
  example: false,
}));
const NOW = '2026-06-01T12:00:00Z';
const open = () => {
  const list = validStorylines(ITEMS, { now: NOW, platform: 'x', language: 'en' });
  storylineIndex(list);
  return list;
};
const VALID = open();
const TYPED = 'security advisory';

/** Runs of the first-query bench: warm-up and timed (tinybench stops once both limits are met). */
const WARMUP = 5;
const RUNS = 100;
/**
 * One opened list, its index built, per call of the first-query bench (a list searched once is
 * warm): the runs, and the untimed call before the warm-up and before the timed loop (tinybench's
 * check for a promise).
 */
const OPENED = Array.from({ length: WARMUP + RUNS + 2 }, () => {
  const list = open();
  searchStorylines('#', list);
  return list;
});
const nextOpened = () => {
  const list = OPENED.pop();
  if (!list) throw new Error('first query: no unsearched list left; raise the pool to the runs');
  return list;
};

describe('storylines (1,000)', () => {
  // First, before the open benches leave their indexes building in the background.
  bench(
    'first query after open: "s", the first keystroke, index built',
    () => {
      searchStorylines('s', nextOpened());
    },
    { warmupIterations: WARMUP, warmupTime: 0, iterations: RUNS, time: 0 },
  );
  bench('listing: valid at a date for X in English', () => {
    validStorylines(ITEMS, { now: NOW, platform: 'x', language: 'en' });
  });
  bench('open: list the valid storylines and start their index', () => {
    open();
  });
  bench('open and query at once: "s" builds the whole index (no idle time before it)', () => {
    searchStorylines('s', open());
  });
  bench('search: one query per keystroke of "security advisory" (17 queries)', () => {
    for (let n = 1; n <= TYPED.length; n++) searchStorylines(TYPED.slice(0, n), VALID);
  });
});
