/**
 * Storyline search as the compose box runs it on every keystroke: 1,000 storylines, a query typed
 * letter by letter (budget: 5 ms a query). "listing" is validStorylines at a date for a platform;
 * "search" is the fuzzy search over topic, title and tags of the list (its index kept per list).
 */
import { bench, describe } from 'vitest';
import { searchStorylines, validStorylines, type Storyline } from '../../lib/engine/storylines.ts';

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
const VALID = validStorylines(ITEMS, { now: NOW, platform: 'x', language: 'en' });
const TYPED = 'security advisory';

describe('storylines (1,000)', () => {
  bench('listing: valid at a date for X in English', () => {
    validStorylines(ITEMS, { now: NOW, platform: 'x', language: 'en' });
  });
  bench('search: one query per keystroke of "security advisory"', () => {
    for (let n = 1; n <= TYPED.length; n++) searchStorylines(TYPED.slice(0, n), VALID);
  });
  bench('search: one query, first time on a new list (index built)', () => {
    searchStorylines('wrkfrc', [...VALID]);
  });
});
