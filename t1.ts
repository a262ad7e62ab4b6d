import { DEFAULT_POLICY } from './lib/policy/index.ts';
import { evaluate } from './lib/engine/index.ts';
import fc from 'fast-check';
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    'XPS 13',
    '@Dell',
    'idiot',
    '電話',
    'DE89 3704 0044 0532 0130 00',
    'have you tried',
    'f.u.c.k',
    'HP is garbage',
    'layoffs',
  ),
);
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(' '));
const samples = fc.sample(text, 300);
for (const language of ['en', 'fr', 'ja', 'de', 'en', 'fr', 'ja', 'de']) {
  const t0 = performance.now();
  for (const s of samples)
    evaluate(
      {
        text: s,
        platform: 'x',
        surface: 'reply',
        replyTo: { text: s },
        training: { state: 'certified' },
        language,
      },
      DEFAULT_POLICY,
    );
  console.log(language, (performance.now() - t0).toFixed(0), 'ms');
}
