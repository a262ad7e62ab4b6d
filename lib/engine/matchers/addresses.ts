/**
 * Street addresses the way each region writes them: one row per region, each a cheap necessary test
 * (`hint`) and the address pattern itself, compiled once. A draft pays for a region's pattern only
 * when its hint is in the text, so an ordinary post runs a handful of short tests and nothing else.
 * Every pattern needs a number and, in the region's arrangement, a street word or a postcode: a
 * street named without a number ("I live on Main Street"), a year, a price or a model number
 * ("Latitude 7450") is not an address. Each pattern starts with a negative look-behind of its own
 * leading class (startAt), so a candidate is tried from one start only (linear time), as in pii.ts.
 */
import { findAll } from '../terms.ts';
import type { Span } from '../spans.ts';

/** "rue av." → "(?:[Rr]ue|[Aa]v\.)": street words capitalised or not, the rest as written. */
const either = (words: string) =>
  `(?:${words
    .split(' ')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/\./g, '\\.')}`)
    .join('|')})`;

/**
 * The start of a match: its first character, then what may not come before it. In Unicode mode the
 * look-behind alone is tried at every position and costs 3-4 times the whole scan on emoji and CJK
 * text; the look-ahead of one class first turns most positions away at once.
 */
const startAt = (first: string, notBefore: string) => `(?=${first})(?<!${notBefore})`;

/** A word of a street or place name: capitalised (letters, apostrophes, dots, hyphens). */
const NAME = "\\p{Lu}[\\p{L}'’‘.-]*";
/** A house number: 12, 12a, 35-37, 5/16. */
const NUMBER = '\\d{1,5}(?:\\s?[A-Za-z](?![\\p{L}\\d]))?(?:\\s?[-/]\\s?\\d{1,5}[A-Za-z]?)?';
/** German-speaking house numbers stop at three digits, so "Spring 2024" is no "…ring 2024". */
const NUMBER_DE = '\\d{1,3}(?:\\s?[a-zA-Z](?![\\p{L}\\d]))?(?:\\s?[-/]\\s?\\d{1,3}[a-zA-Z]?)?(?![\\d.,]\\d)';
/** A city after a postcode: one to three capitalised words ("Paris", "Sant Cugat del Valles"). */
const CITY = `${NAME}(?:[\\s-](?:(?:de|del|la|le|les|am|an|der|im|sur|sous)[\\s-])?${NAME}){0,2}`;

const US_STREETS =
  'Street St Avenue Ave Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Way Place Pl Terrace Parkway Pkwy Circle Cir Highway Hwy Trail Square Sq'.split(
    ' ',
  );
/** A US street word as written or in capitals ("1900 SE A ST"). */
const US_SUFFIX = `(?:${US_STREETS.join('|')}|${US_STREETS.map((w) => w.toUpperCase()).join('|')})\\b`;

/** UK street words. */
const UK_STREETS =
  'Road Rd Street St Lane Ln Avenue Ave Close Drive Dr Way Place Square Sq Crescent Gardens Terrace Parade Walk Row Mews Court Grove Hill Park Green Blvd Broadway Drove Rise Vale Yard Wharf Gate Market'.split(
    ' ',
  );
/** A UK postcode in capitals ("SW1A 2AA", "EC1M 5RF", "M1 5QF"). */
const UK_POSTCODE = '(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})(?![A-Za-z\\d])';
/** A Canadian postal code ("K1A 0B1"): the first letter is one of the eighteen in use. */
const CA_POSTCODE = '[ABCEGHJ-NPRSTVXY]\\d[A-Z][ -]?\\d[A-Z]\\d(?![A-Za-z\\d])';

const FR_STREETS = either(
  'rue avenue av. boulevard bd place pl. chemin allée impasse quai cours route square passage voie sentier faubourg promenade esplanade montée',
);
/** Articles inside a French name: "de la", "du", "des", "d’", "l’". */
const FR_LINK = "(?:(?:[Dd]e|[Dd]u|[Dd]es|[Ll]a|[Ll]e|[Ll]es)\\s+|[DdLl]['’‘]\\s?)";
const FR_NAME = `${FR_LINK}*(?:${NAME}|\\d{1,2}\\s+${NAME})(?:\\s+${FR_LINK}*${NAME}){0,4}`;

/** Attached to the name ("Hauptstraße 12"); "ring", "damm"… only with a postcode (below). */
const DE_SUFFIX = '(?:straße|strasse|str\\.|gasse|allee|platz|pl\\.|weg|chaussee|steig|pfad|zeile)';
const DE_WORD = '(?:Straße|Strasse|Str\\.|Gasse|Allee|Platz|Weg|Ring|Damm|Ufer|Markt|Graben|Kai)';
const DE_WEAK_SUFFIX = '(?:ring|damm|ufer|markt|graben|kai|berg|hof|tor)';
/** ", 10117 Berlin", " A-1020 Wien", ", 8001 Zurich": the postcode and city after the street. */
const DE_POSTCODE_CITY = `(?:,\\s*|\\s+)(?:[ADC]H?-)?\\d{4,5},?\\s+${CITY}`;
/**
 * Without a street word, only after a comma and with a full postcode (five digits, or four after
 * "A-"/"CH-"): "Unter den Linden 77, 10117 Berlin", but not a model ("XPS 13 9340 Laptop").
 */
const DE_POSTCODE_AFTER_COMMA = `,\\s*(?:(?:A|CH)-\\d{4}|(?:D-)?\\d{5}),?\\s+${CITY}`;
/** Leading words of a street without a street word: "Unter den Linden", "Am Nordkanal". */
const DE_LEAD =
  '(?:(?:Am|An|Auf|Im|In|Unter|Zum|Zur|Hinter|Vor|Alt|Alte|Neue?|Obere?|Untere?)\\s+(?:(?:den|der|dem|die)\\s+)?)';

/** "C." only before "de"/"del" ("C. de Ruiz de Alarcón"), so "Vitamin C. Take 5" is no street. */
const ES_STREETS = `(?:[Cc]\\/\\s*|[Cc]\\.\\s*(?=(?:de|del|la)\\s)|${either('avda. av. pza. ctra. pº')}\\s*|${either('calle avenida paseo plaza carrer avinguda passeig plaça camino camí cami carretera ronda travesía glorieta rambla')}\\s+)`;
const ES_LINK = "(?:(?:de|del|la|las|los|el|dels|de la)\\s+|[Dd]['’])";
const ES_NAME = `${ES_LINK}*${NAME}(?:\\s+${ES_LINK}*${NAME}){0,4}`;
const ES_NUMBER_WORD = '(?:n[º°o]\\.?|núm\\.?|número)\\s*';

const PT_STREETS = `(?:${either('av. al. tv. pç. r. rod. estr.')}\\s*|${either('rua avenida alameda travessa praça largo estrada rodovia calçada beco viela')}\\s+)`;
const PT_LINK = "(?:(?:de|da|do|das|dos|e)\\s+|[Dd]['’])";
const PT_NAME = `${PT_LINK}*${NAME}(?:\\s+${PT_LINK}*${NAME}){0,5}`;
/** A Brazilian CEP ("01310-200") or a Portuguese postcode and its town ("1200-030 Lisboa"). */
const PT_POSTCODE = `(?:\\d{5}-\\d{3}|\\d{4}-\\d{3}\\s+${NAME})(?![\\d-])`;

/** Japanese: Han, katakana and the kana written inside place names (丸の内, 霞ケ関). */
const JA_PLACE = '[\\p{Script=Han}\\p{Script=Katakana}のノヶケ]';
const JA_DIGITS = '[0-9０-９]{1,4}';
const JA_DASH = '[-－‐−ー]';
/** 丁目 (chōme) with its number in digits or kanji, then banchi and gō: "2丁目4番5号", "1丁目24－26", "3丁目5". */
const JA_NUMBERS = `(?:(?:${JA_DIGITS}|[一二三四五六七八九十]{1,3})丁目\\s?${JA_DIGITS}(?:(?:番地?|${JA_DASH})${JA_DIGITS}号?)?|${JA_DIGITS}(?:番地?|${JA_DASH})${JA_DIGITS}(?:(?:号|${JA_DASH})${JA_DIGITS}号?)?)`;

/** One region's way of writing an address. */
export interface AddressFormat {
  /** A test every address of the format passes: the pattern runs only when it does. */
  hint: RegExp;
  pattern: RegExp;
}

export const ADDRESS_FORMATS: readonly AddressFormat[] = [
  {
    // US: "1234 Main Street, Austin, TX 78701", "866 E 178th St", with an apartment or suite; or a
    // numbered road ("1210a State Highway 10"); or a post-office box.
    hint: new RegExp(`\\s(?:${US_SUFFIX}|Route|Rte|Interstate|Box)`),
    pattern: new RegExp(
      `(?<![\\w.,$-])\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?\\s+(?:[NSEW]{1,2}\\.?\\s+)?(?:(?:[A-Z][A-Za-z'’-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,4}${US_SUFFIX}\\.?(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|#)\\.?\\s*[\\w-]{1,8})?(?:,\\s*[A-Z][A-Za-z .'’-]{1,30},\\s*[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?)?` +
        `|(?<![\\w.,$-])\\d{1,6}[A-Za-z]?\\s+(?:[NSEW]\\.?\\s+)?(?:(?:US|State|County)\\s+)?(?:Highway|Hwy|Route|Rte|Road|Rd|Interstate)\\s+\\d{1,4}(?!\\d)` +
        `|(?<![\\w.])P\\.?\\s?O\\.?\\s+Box\\s+\\d{1,6}(?!\\d)`,
      'g',
    ),
  },
  {
    // "10 Downing Street, London SW1A 2AA", "Moor Lane, Barbican, London, EC2Y 9DP": a street word,
    // with or without a house number, then the postcode on the same line.
    hint: /\d[A-Z]?\s?\d[A-Z]{2}/,
    pattern: new RegExp(
      `${startAt('[\\d\\p{Lu}]', '[\\p{L}\\d.,-]')}(?:${NUMBER},?\\s+)?${NAME}(?:\\s+${NAME}){0,4}\\s+(?:${UK_STREETS.join('|')})\\b\\.?[^\\n]{0,60}?(?<![A-Za-z\\d])${UK_POSTCODE}`,
      'gu',
    ),
  },
  {
    // "5150 Spectrum Way, Mississauga, ON L4W 5G1": a house number, then the postal code on the line.
    hint: /\d[A-Z][ -]?\d[A-Z]\d/,
    pattern: new RegExp(
      `${startAt('\\d', '[\\p{L}\\d.,$-]')}\\d{1,6}[A-Za-z]?\\s+\\p{L}[^\\n]{2,80}?(?<![A-Za-z\\d])${CA_POSTCODE}`,
      'gu',
    ),
  },
  {
    // "12 rue de la Paix, 75002 Paris", "4, Avenue Pablo Picasso"; or a street and its postcode
    // without a number ("Rue des Remparts, 98714 Papeete").
    hint: new RegExp(FR_STREETS, 'u'),
    pattern: new RegExp(
      `${startAt('[\\d\\p{L}]', '[\\p{L}\\d.,$€-]')}(?:${NUMBER}(?:\\s?(?:bis|ter))?,?\\s+${FR_STREETS}\\s*${FR_NAME}(?:,?\\s+\\d{5}\\s+${CITY})?|${FR_STREETS}\\s*${FR_NAME},?\\s+\\d{5}\\s+${CITY})`,
      'gu',
    ),
  },
  {
    // "Hauptstraße 12", "Berliner Straße 111", "Unter den Linden 77, 10117 Berlin", "Liebiggasse 5, 1010 Wien".
    hint: /(?:ße|sse|[Ss]tr\.|[Gg]asse|[Aa]llee|[Pp]latz|[Pp]l\.|[Ww]eg|chaussee|steig|pfad|zeile|[Rr]ing|[Dd]amm|[Uu]fer|[Mm]arkt|[Gg]raben|[Kk]ai|berg|hof|tor)\s+\d|\d(?:,\s*|\s+)(?:[ADC]H?-)?\d{4,5},?\s+\p{Lu}/u,
    pattern: new RegExp(
      `${startAt('\\p{Lu}', '[\\p{L}\\d-]')}(?:(?:${NAME}[\\s-]){0,3}\\p{Lu}[\\p{Ll}ß-]*?${DE_SUFFIX}|(?:${NAME}[\\s-]){1,3}${DE_WORD})\\s+${NUMBER_DE}(?:${DE_POSTCODE_CITY})?` +
        `|${startAt('\\p{Lu}', '[\\p{L}\\d-]')}${DE_LEAD}?${NAME}(?:\\s+${NAME}){0,2}?(?:${DE_WEAK_SUFFIX})?\\s+${NUMBER_DE}${DE_POSTCODE_AFTER_COMMA}`,
      'gu',
    ),
  },
  {
    // "Calle Mayor 5, 28013 Madrid", "C/ Cervantes 22", "Avda. General Avilés, 35-37", "Carrer d'Aragó 155".
    hint: new RegExp(ES_STREETS, 'u'),
    pattern: new RegExp(
      `${startAt('\\p{L}', '[\\p{L}\\d.,$€-]')}${ES_STREETS}${ES_NAME},?\\s+(?:${ES_NUMBER_WORD})?${NUMBER}(?![\\d,.]\\d)(?:,?\\s+(?:\\d+[ºª]\\s?[A-Z]?,?\\s+)?\\d{5}(?:\\s?-)?\\s+${CITY})?`,
      'gu',
    ),
  },
  {
    // "Rua Augusta, 123", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
    // "Rua Padre Cruz 31 3060-187 Cantanhede"; or a street and its CEP without a number.
    hint: new RegExp(PT_STREETS, 'u'),
    pattern: new RegExp(
      `${startAt('\\p{L}', '[\\p{L}\\d.,$€-]')}${PT_STREETS}${PT_NAME}(?:,?\\s+(?:n[º°o]\\.?\\s*)?${NUMBER}(?![\\d,.]\\d)(?:[^\\n]{0,60}?${PT_POSTCODE})?|[^\\n]{0,60}?${PT_POSTCODE})`,
      'gu',
    ),
  },
  {
    // "〒100-0005 東京都千代田区丸の内1-1-1", "大阪府高槻市奈佐原２丁目１－２": a place ending in
    // 都道府県市区町村郡 after at least one character (so 市場, "market", is none) and the town after
    // it, then chōme-banchi-gō numbers.
    hint: /[都道府県市区町村郡]/,
    pattern: new RegExp(
      `${startAt(`[〒${JA_PLACE.slice(1)}`, JA_PLACE)}(?:〒\\s?[0-9０-９]{3}${JA_DASH}?[0-9０-９]{4}\\s*)?(?:${JA_PLACE}{1,12}?[都道府県市区町村郡]${JA_PLACE}{0,12}?${JA_NUMBERS}` +
        // With the prefecture and the city both written, a lone banchi counts too ("新宿区喜久井町３６").
        `|${JA_PLACE}{1,3}[都道府県]${JA_PLACE}{1,8}?[市区町村郡]${JA_PLACE}{0,12}?${JA_DIGITS}(?:番地?)?)(?![0-9０-９%％])`,
      'gu',
    ),
  },
  {
    // Japan in Latin letters: "5-2-1 Ginza, Chuo-ku", "6-11 Shimohonda, Koyasu-cho, Hachioji".
    hint: /-(?:ku|shi|cho|machi|gun)\b/i,
    pattern:
      /(?<![\w-])\d{1,4}-\d{1,4}(?:-\d{1,4})?[,\s]+(?:[A-Za-z\d-]+[,\s]+){0,3}?[A-Za-z]+-(?:ku|KU|shi|SHI|cho|CHO|machi|MACHI|gun|GUN)\b/g,
  },
];

/**
 * Street addresses in `text`, by every format whose hint is in it. Where formats overlap (the US
 * street of a UK address, the German reading of a Catalan one) the address is their union.
 */
export function findAddresses(text: string): Span[] {
  const found: Span[] = [];
  for (const format of ADDRESS_FORMATS) {
    if (format.hint.test(text))
      for (const m of findAll(format.pattern, text)) found.push({ start: m.start, end: m.end });
  }
  found.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}
