/**
 * Builds the street-address corpus (tests/corpus/{dev,held-out}/address.json) from public test data
 * that other projects wrote, so the address matcher is never scored only on examples written here:
 *
 * - positives, addresses with a number (house number or postcode), region from the source's file or
 *   test name: OpenCageData/address-formatting `testcases/countries/<cc>.yaml` (OpenStreetMap
 *   places, the `expected` block without its country line, lines joined with ", "),
 *   pelias/parser `test/address.<iso3>.test.js` (the input of each `assert`),
 *   openvenues/libpostal `test/test_parser.c` (the input of each test_parse_result_equals, region
 *   from its `test_<cc>_parses` function), geolonia/normalize-japanese-addresses
 *   `test/addresses/addresses.csv` (the first column of every 50th row), iLib-js/iLib
 *   `js/test/address/testaddress_<CC>.js` (the string given to each `new Address`);
 * - negatives, sentences with digits that are not addresses (dates, times, prices, quantities):
 *   microsoft/Recognizers-Text `Specs/{DateTime,Number,NumberWithUnit}/<Language>/...Model.json`
 *   (every `Input` of 20 characters or more — 10 in Japanese — holding a digit).
 *
 * The raw files go in one folder, each under `<repo name>/<path in the repo>`, e.g.
 *   git -C <clone of pelias/parser> show HEAD:test/address.fra.test.js > raw/parser/test/address.fra.test.js
 *   npx tsx tests/corpus/build/build-addresses.ts raw
 * Split by the corpus rule (load.ts, splitOf) on the item id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitOf, type AddressItem } from '../load.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: build-addresses.ts <folder of raw files>');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const HAS_DIGIT = /[0-9０-９]/;
const items: AddressItem[] = [];
const seen = new Set<string>();
function add(id: string, text: string, group: string, address: boolean, source: string): void {
  const t = text.trim();
  if (!HAS_DIGIT.test(t) || seen.has(t)) return;
  seen.add(t);
  items.push({ id, split: splitOf(id), text: t, group, address, source });
}

/** OpenCageData/address-formatting: region file → the corpus's region. */
const FORMATTING = ['us', 'gb', 'ca', 'fr', 'de', 'at', 'ch', 'es', 'br', 'pt', 'jp'];
for (const cc of FORMATTING) {
  const path = `address-formatting/testcases/countries/${cc}.yaml`;
  read(path)
    .split(/\n---\n/)
    .forEach((doc, i) => {
      const block = /expected:\s*\|\n((?:[ \t]+\S.*\n?)+)/.exec(doc);
      if (!block) return;
      const lines = block[1]!
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      // The last line is the country; an address is written without it in a post.
      add(`af-${cc}-${i}`, lines.slice(0, -1).join(', '), cc.toUpperCase(), true, `${path}, document ${i}`);
    });
}

const PELIAS = { usa: 'US', gbr: 'GB', deu: 'DE', fra: 'FR', esp: 'ES', bra: 'BR', prt: 'PT' } as const;
for (const [iso3, region] of Object.entries(PELIAS)) {
  const path = `parser/test/address.${iso3}.test.js`;
  [...read(path).matchAll(/assert\('((?:[^'\\]|\\.)+)'/g)].forEach((m, i) =>
    add(
      `pelias-${iso3}-${i}`,
      m[1]!.replace(/\\'/g, "'"),
      region,
      true,
      `pelias/parser ${path}, assert ${i}`,
    ),
  );
}

const LIBPOSTAL = ['us', 'ca', 'gb', 'fr', 'es', 'br', 'jp', 'de', 'at'];
{
  const path = 'libpostal/test/test_parser.c';
  let region = '';
  let n = 0;
  const lines = read(path).split('\n');
  lines.forEach((line, i) => {
    const fn = /^TEST test_([a-z]{2})_parses/.exec(line);
    if (fn) region = LIBPOSTAL.includes(fn[1]!) ? fn[1]!.toUpperCase() : '';
    if (!region || !/test_parse_result_equals\(/.test(line)) return;
    const input = /^\s*"((?:[^"\\]|\\.)*)",?\s*$/.exec(lines[i + 1] ?? '');
    if (input) {
      const text = input[1]!.replace(/\\n/g, ', ').replace(/\\"/g, '"');
      add(`libpostal-${n++}`, text, region, true, `openvenues/libpostal ${path}, line ${i + 2}`);
    }
  });
}

{
  const path = 'normalize-japanese-addresses/test/addresses/addresses.csv';
  read(path)
    .split('\n')
    .forEach((row, i) => {
      if (i === 0 || i % 50 !== 1) return;
      add(`geolonia-${i}`, row.split(',')[0]!, 'JP', true, `geolonia/${path}, row ${i + 1}`);
    });
}

for (const cc of ['AT', 'BR', 'CA', 'CH', 'DE', 'ES', 'FR', 'GB', 'JP', 'PT']) {
  const path = `iLib/js/test/address/testaddress_${cc}.js`;
  [...read(path).matchAll(/new Address\("((?:[^"\\]|\\.)+)"/g)].forEach((m, i) => {
    // Line breaks and tabs as written in the test's string literal; a post puts the lines on one.
    const text = m[1]!
      .replace(/(?:\\[nrt]|\s)+/g, ' ')
      .replace(/\s*,(?:\s*,)*/g, ',')
      .replace(/\\"/g, '"');
    add(`ilib-${cc}-${i}`, text, cc, true, `iLib-js/${path}, new Address ${i}`);
  });
}

const LANGUAGES = {
  English: 'en',
  French: 'fr',
  German: 'de',
  Spanish: 'es',
  Portuguese: 'pt',
  Japanese: 'ja',
} as const;
const MODELS = [
  'DateTime/{L}/DateTimeModel.json',
  'Number/{L}/NumberModel.json',
  'NumberWithUnit/{L}/CurrencyModel.json',
];
for (const [name, language] of Object.entries(LANGUAGES)) {
  for (const model of MODELS) {
    const path = `Recognizers-Text/Specs/${model.replace('{L}', name)}`;
    // Some spec files start with a byte-order mark.
    const specs = JSON.parse(read(path).replace(/^\uFEFF/, '')) as { Input: string }[];
    const min = language === 'ja' ? 10 : 20;
    specs.forEach((s, i) => {
      if (s.Input.length >= min)
        add(
          `recognizers-${model.split('/')[0]}-${language}-${i}`,
          s.Input,
          language,
          false,
          `microsoft/${path}, item ${i}`,
        );
    });
  }
}

for (const split of ['dev', 'held-out'] as const) {
  const file = join(import.meta.dirname, '..', split, 'address.json');
  const chosen = items.filter((i) => i.split === split);
  writeFileSync(file, JSON.stringify(chosen, null, 2) + '\n');
  console.log(`${file}: ${chosen.length} items`);
}
