import { describe, expect, it } from 'vitest';
import { ADDRESS_FORMATS } from '../../../lib/engine/matchers/addresses.ts';
import { findAll } from '../../../lib/engine/terms.ts';
import { loadAddressCorpus, scoreAddressesHeldOut, type AddressItem } from '../../corpus/load.ts';
import { check } from './helpers.ts';

/** The personal-data findings of a draft: [rule id, highlighted text]. */
const pii = (text: string) =>
  check(text)
    .filter((f) => f.category === 'pii')
    .map((f) => [f.ruleId, f.start === undefined ? null : text.slice(f.start, f.end)]);

describe('street addresses by region', () => {
  it.each([
    // US
    ['ship it to 1234 Main Street, Austin, TX 78701 thanks', '1234 Main Street, Austin, TX 78701'],
    ['we met at 866 E 178th St yesterday', '866 E 178th St'],
    ['mail it to P.O. Box 11637 please', 'P.O. Box 11637'],
    // UK: the postcode after the street, with or without a house number
    ['Send it to 10 Downing Street, London SW1A 2AA today', '10 Downing Street, London SW1A 2AA'],
    ['Willoughby House, Moor Lane, London, EC2Y 9DP', 'Moor Lane, London, EC2Y 9DP'],
    // Canada
    ['Our office: 5150 Spectrum Way, Mississauga, ON L4W 5G1', '5150 Spectrum Way, Mississauga, ON L4W 5G1'],
    ['Write to 24 Sussex Drive, Ottawa K1M 1M4', '24 Sussex Drive, Ottawa K1M 1M4'],
    // France
    ['Venez au 12 rue de la Paix, 75002 Paris demain', '12 rue de la Paix, 75002 Paris'],
    ["Le colis est au 38 avenue de l'Opéra", "38 avenue de l'Opéra"],
    ['Bureau : 4, Boulevard Haussmann', '4, Boulevard Haussmann'],
    ['Mairie, Rue des Remparts, 98714 Papeete', 'Rue des Remparts, 98714 Papeete'],
    // Germany, Austria, Switzerland
    ['Ich wohne in der Hauptstraße 12, danke', 'Hauptstraße 12'],
    ['Treffen: Unter den Linden 77, 10117 Berlin', 'Unter den Linden 77, 10117 Berlin'],
    ['Adresse: Berliner Straße 111 in Ratingen', 'Berliner Straße 111'],
    ['Liebiggasse 5, 1010 Wien', 'Liebiggasse 5, 1010 Wien'],
    ['Häringstrasse 2, 8001 Zürich', 'Häringstrasse 2, 8001 Zürich'],
    ['Hauptstr. 5a bitte', 'Hauptstr. 5a'],
    // Spain
    ['Estamos en Calle Mayor 5, 28013 Madrid', 'Calle Mayor 5, 28013 Madrid'],
    ['Envíalo a C/ Cervantes 22', 'C/ Cervantes 22'],
    ['Oficina: Avda. General Avilés, 35-37', 'Avda. General Avilés, 35-37'],
    ["Carrer d'Aragó 155 08011 Barcelona", "Carrer d'Aragó 155 08011 Barcelona"],
    ['Paseo de la Castellana, 185', 'Paseo de la Castellana, 185'],
    // Brazil and Portugal
    ['Moro na Rua Augusta, 123 há anos', 'Rua Augusta, 123'],
    [
      'Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200',
      'Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200',
    ],
    ['Rua Padre Cruz 31 3060-187 Cantanhede', 'Rua Padre Cruz 31 3060-187 Cantanhede'],
    // Japan
    ['〒100-0005 東京都千代田区丸の内1-1-1 までお越しください', '〒100-0005 東京都千代田区丸の内1-1-1'],
    ['大阪府高槻市奈佐原２丁目１－２に住んでいます', '大阪府高槻市奈佐原２丁目１－２'],
    ['東京都新宿区喜久井町３６', '東京都新宿区喜久井町３６'],
    ['京都市西九条高畠町25-1', '京都市西九条高畠町25-1'],
    ['Office: 5-2-1 Ginza, Chuo-ku, Tokyo', '5-2-1 Ginza, Chuo-ku'],
  ])('%s', (text, span) => {
    expect(pii(text)).toEqual([['pii.address', span]]);
  });

  it.each([
    // No number, or no street word or postcode in the right place
    'I live on Main Street',
    'rue de la Paix est belle',
    'Die Hauptstraße ist schön',
    'La Calle Mayor es preciosa',
    'A Rua Augusta é linda',
    // Years, prices, models, dates and times
    'The XPS 13 9340 and Latitude 7450 launch in 2024',
    'Spring 2024 lineup, String 5 and Ring 3',
    'XPS 13, 2024 Edition costs $1,299',
    'Loving my XPS 13 9340 Laptop',
    'Inspiron 15 3520 Laptop review',
    'Chapter 3, 1500 Pages',
    'Prix : 1 499 € le 12/03/2024 à 14h30',
    'Der Preis: 1.299 € ab 15.03.2024 um 10:30 Uhr',
    'Precio 1.299 € el 5 de marzo de 2024',
    'Preço R$ 1.299,00 em 05/03/2024 às 14:30',
    '2024年3月5日 14:30 に発売、価格は129,800円',
    '市場シェアは5-10%です',
    'Vitamin C. Take 5 a day',
    'We finished 3 places ahead, 2 cours de français',
    'Order AB1 2CD arrived',
  ])('no false alarm: %s', (text) => {
    expect(pii(text)).toEqual([]);
  });

  it("a format's hint holds in every text its pattern matches (so skipping on it loses nothing)", () => {
    for (const item of loadAddressCorpus('dev'))
      for (const format of ADDRESS_FORMATS)
        if (findAll(format.pattern, item.text).length > 0)
          expect(format.hint.test(item.text), item.text).toBe(true);
  });
});

/** Per group (a region's addresses, or a language's sentences with digits): items, and items flagged. */
type Tally = Record<string, { n: number; flagged: number }>;
const tally = (acc: Tally, item: AddressItem): Tally => {
  const t = (acc[item.group] ??= { n: 0, flagged: 0 });
  t.n++;
  if (check(item.text).some((f) => f.ruleId === 'pii.address')) t.flagged++;
  return acc;
};
const total = (t: Tally, regions: boolean) =>
  Object.entries(t)
    .filter(([group]) => (group === group.toUpperCase()) === regions)
    .reduce((acc, [, g]) => ({ n: acc.n + g.n, flagged: acc.flagged + g.flagged }), { n: 0, flagged: 0 });
const share = (g: { n: number; flagged: number }) => g.flagged / g.n;

/**
 * Floors a little below what `npm run bench:accuracy` measured on held-out once, after tuning on dev
 * only (all regions 81.8% of 154; sentences 0 of 996 flagged; per region with 10 or more items: JP
 * 98.4% of 61, US 52.6% of 19, GB 76.9% of 13, CA 83.3% of 12, DE 81.8% of 11, FR 70.0% of 10).
 */
const HELD_OUT_FLOORS = { all: 0.75, JP: 0.9, US: 0.45, GB: 0.65, CA: 0.75, DE: 0.7, FR: 0.6 } as const;
const HELD_OUT_ALARM_CEILING = 0.01;

describe('the address corpus (tests/corpus, public addresses and sentences)', () => {
  it('dev: recall and false alarms stay where tuning left them', () => {
    const t = loadAddressCorpus('dev').reduce<Tally>(tally, {});
    expect(total(t, true).n).toBeGreaterThan(200);
    expect(share(total(t, true))).toBeGreaterThan(0.85);
    expect(share(total(t, false))).toBeLessThan(0.005);
  });

  it('held-out: recall per region and false alarms above their floors (aggregates only)', () => {
    const t = scoreAddressesHeldOut<Tally>({}, tally);
    expect(share(total(t, true))).toBeGreaterThan(HELD_OUT_FLOORS.all);
    expect(share(total(t, false))).toBeLessThan(HELD_OUT_ALARM_CEILING);
    for (const region of ['JP', 'US', 'GB', 'CA', 'DE', 'FR'] as const)
      expect(share(t[region]!), region).toBeGreaterThan(HELD_OUT_FLOORS[region]);
  });
});
