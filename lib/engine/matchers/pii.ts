/**
 * Personal data in a text. Detectors: phone (libphonenumber-js with 'min' metadata — length and
 * prefix checks, 20 KB gzipped smaller than 'max'; same results on the unit tests and the PII
 * corpus — default country from the policy plus international numbers), email, payment card
 * (Luhn), US SSN (valid ranges), IBAN (mod-97), IPv4/IPv6, street addresses as each region writes
 * them (addresses.ts), and the policy's company identifiers (service tag, express service code,
 * order number) when a context word is shortly before. Every regex starts with a negative
 * look-behind of its own leading class, so each candidate is tried from one start only (linear time).
 */
import { findNumbers, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import type { AdminPattern } from '../admin-pattern.ts';
import { findAddresses } from './addresses.ts';
import { lowerIfSafe } from '../case.ts';
import { overlaps, type Span } from '../spans.ts';
import { findAll, type Searchable } from '../terms.ts';
import type { Severity } from '../types.ts';

/** [\s().+\-–]: JavaScript's \s (white space and line terminators) and ( ) . + - –. */
function isSeparator(code: number): boolean {
  if (code < 128)
    return (
      (code >= 9 && code <= 13) ||
      code === 32 ||
      (code >= 40 && code <= 41) ||
      code === 46 ||
      code === 43 ||
      code === 45
    );
  return (
    code === 0x2013 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Normalise a PII value for allow-list and repeat comparisons. */
export function normPii(value: string): string {
  // One pass for value.replace(/\D/g, '') and the length of value.replace(/[\s().+\-–]/g, '').
  let digits = '';
  let kept = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += value.charAt(i);
    if (!isSeparator(code)) kept++;
  }
  if (digits.length >= 7 && digits.length >= kept) {
    return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  }
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The region of a BCP 47 locale ("en-GB" → "GB", "zh-Hant-TW" → "TW"), or undefined when it
 * names none ("en", "es-419").
 */
export function localeRegion(locale: string | undefined): string | undefined {
  const region = locale?.split(/[-_]/).find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
  return region?.toUpperCase();
}

/** The regions to try for national numbers: the writer's own first, then the policy's. */
export function likelyRegions(cfg: PiiSettings, locale: string | undefined): readonly string[] {
  const own = localeRegion(locale);
  if (!own || own === cfg.defaultCountry || cfg.regions[0] === own) return cfg.regions;
  return [own, ...cfg.regions.filter((r) => r !== own)];
}

/** What detectPii needs of the pii settings. */
export interface PiiSettings {
  enabled: boolean;
  defaultCountry: string;
  /** Further regions whose national formats are tried when the default country finds nothing. */
  regions: readonly string[];
  phone: Detector;
  email: Detector;
  card: Detector;
  ssn: Detector;
  iban: Detector;
  ip: Detector;
  address: Detector;
}
interface Detector {
  enabled: boolean;
  severity: Severity;
  label: string;
  placeholder: string;
}

export interface CompiledIdentifier {
  def: { id: string; label: string; placeholder: string; severity: Severity; window: number };
  pattern: AdminPattern;
  context: Searchable | null;
}

/** The pii settings compiled once per policy. */
export interface PiiPrepared {
  /** Normalised values that are never personal data (normPii). */
  allow: Set<string>;
  identifiers: CompiledIdentifier[];
}

export type PiiKind = 'phone' | 'email' | 'card' | 'ssn' | 'iban' | 'ip' | 'address';

export interface PiiHit extends Span {
  /** 'phone' … or an identifier id such as 'service-tag'. */
  kind: string;
  label: string;
  placeholder: string;
  severity: Severity;
  value: string;
}

const URL_RE =
  /(?<![\w@./-])(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|gov|edu|ly|me|info|biz|us|uk|de|fr)\/[^\s<>"]*/gi;
const CARD_RE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])/g;
const SSN_RE = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/g;
/**
 * In capitals, in groups or not; or typed in lower case in one run (groups of lower-case letters
 * would run on into the words after it). mod-97 keeps look-alikes out either way.
 */
const IBAN_RE =
  /(?<![A-Za-z0-9])(?:[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}|[a-z]{2}\d{2}[a-z0-9]{11,30})(?![A-Za-z0-9])/g;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_RE = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?![\\w]|\\.\\d)`, 'g');
const IPV6_RE = /(?<![\w:])(?:[0-9a-f]{1,4}:){1,7}(?::|(?::[0-9a-f]{1,4}){1,7}|[0-9a-f]{1,4})(?![\w:])/gi;
const VERSION_CONTEXT =
  /(?:\bv|version|build|firmware|bios|driver|release|update|os|ios|android|kb)\s*[:#]?\s*$/i;
const PHONE_RE = /(?<![\w+./$€£¥-])(?:\+|00)?\(?\d[\d ().\u00a0\-–]{5,22}\d(?![\w/%])/g;
const LOCAL_PHONE_RE = /(?<![\w./-])\d{3}[-. ]\d{4}(?![\w/-])/g;
const PHONE_CONTEXT = /(?:call|text|phone|cell|mobile|tel|number|reach|whatsapp|ring)\b[^\n]{0,20}$/i;
const NOT_PHONE_CONTEXT =
  /(?:order|ticket|case|ref|reference|invoice|tracking|kb|kbdoc|article|model|sku|part|serial|tag|code|id|#|no\.?|version|build|isbn|po)\s*[:#]?\s*$/i;
const DATE_LIKE = /^\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}$/;
/**
 * A date and the hour of a time ("2018-01-14 03" of "2018-01-14 03:07:43"; the candidate stops at
 * the colon): a timestamp, not a number to call.
 */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{1,2}$/;
/**
 * How a number written the national way looks: a trunk prefix (0…), an area code in parentheses,
 * or digits in at least three groups. Only such candidates are tried against the other regions, so
 * a plain run of digits (a price, a model number) is not read as some country's phone number.
 */
const NATIONAL_FORMAT = /^(?:0|\()|^\d+[ \-–]\d+[ \-–]\d+/;
/** National numbers have at most 12 digits; longer runs are cards, versions or ids. */
const NATIONAL_MAX_DIGITS = 12;
function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

function ibanValid(raw: string): boolean {
  const s = raw.replace(/ /g, '').toUpperCase();
  if (s.length < 15 || s.length > 34) return false;
  const re = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of re) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

function ssnValid(a: string, g: string, s: string): boolean {
  const area = Number(a);
  return area !== 0 && area !== 666 && area < 900 && g !== '00' && s !== '0000';
}

/** Bounded memo of libphonenumber results per candidate (keystrokes re-check the same text). */
const phoneCache = new Map<string, { start: number; end: number }[]>();
const PHONE_CACHE_MAX = 512;
/** Bounded memo of the region a whole candidate is a valid national number of ('' for none). */
const regionCache = new Map<string, string>();

/** Clear the internal memo caches (for benchmarks measuring cold runs). */
export function clearPiiCaches(): void {
  phoneCache.clear();
  regionCache.clear();
}

function phonesIn(candidate: string, country: string): { start: number; end: number }[] {
  const key = country + '\u0000' + candidate;
  const hit = phoneCache.get(key);
  if (hit) return hit;
  let found: { start: number; end: number }[] = [];
  try {
    found = findNumbers(candidate, { defaultCountry: country as CountryCode, v2: true }).map((m) => ({
      start: m.startsAt,
      end: m.endsAt,
    }));
  } catch {
    found = [];
  }
  if (phoneCache.size >= PHONE_CACHE_MAX) {
    const first = phoneCache.keys().next();
    if (!first.done) phoneCache.delete(first.value);
  }
  phoneCache.set(key, found);
  return found;
}

/**
 * Phone numbers in a candidate: international ones (a "00" prefix read as "+"), then national ones
 * for the default country, then — for a candidate written the national way (digits in dots only
 * after a trunk 0, so versions stay quiet) — for each further likely region, the first that
 * validates.
 */
function phonesInRegions(candidate: string, cfg: PiiSettings): { start: number; end: number }[] {
  // "0044 …" is "+44 …": read as " +44 …" (same length) and the number's start moved back over the space.
  const intl = /^\s*00(?=[1-9])/.exec(candidate);
  if (intl) {
    const plus = intl[0].length - 1;
    return phonesIn(candidate.slice(0, plus - 1) + ' +' + candidate.slice(plus + 1), cfg.defaultCountry).map(
      (f) => (f.start === plus ? { start: plus - 1, end: f.end } : f),
    );
  }
  const found = phonesIn(candidate, cfg.defaultCountry);
  if (found.length > 0 || cfg.regions.length === 0) return found;
  const trimmed = candidate.trim();
  if (!NATIONAL_FORMAT.test(trimmed) || trimmed.replace(/\D/g, '').length > NATIONAL_MAX_DIGITS) return found;
  const region = nationalRegion(trimmed, cfg.regions);
  if (!region) return found;
  const start = candidate.indexOf(trimmed);
  return [{ start, end: start + trimmed.length }];
}

/** The first region in which the whole candidate is a valid national number, or ''. */
function nationalRegion(candidate: string, regions: readonly string[]): string {
  const key = regions.join() + '\u0000' + candidate;
  let region = regionCache.get(key);
  if (region === undefined) {
    // parse + isValid on the candidate alone: a third of the cost of scanning it with findNumbers.
    region = regions.find((r) => parsePhoneNumberFromString(candidate, r as CountryCode)?.isValid()) ?? '';
    if (regionCache.size >= PHONE_CACHE_MAX) {
      const first = regionCache.keys().next();
      if (!first.done) regionCache.delete(first.value);
    }
    regionCache.set(key, region);
  }
  return region;
}

function emails(text: string, out: Span[]): void {
  let at = text.indexOf('@');
  while (at !== -1) {
    let s = at;
    while (s > 0 && at - s < 64 && /[A-Za-z0-9._%+-]/.test(text.charAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && /[A-Za-z0-9.-]/.test(text.charAt(e))) e++;
    while (e > at + 1 && /[.-]/.test(text.charAt(e - 1))) e--;
    while (s < at && text.charAt(s) === '.') s++;
    const domain = text.slice(at + 1, e);
    if (s < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/.test(domain)) {
      out.push({ start: s, end: e });
      at = text.indexOf('@', e);
    } else {
      at = text.indexOf('@', at + 1);
    }
  }
}

/**
 * Find personal data in `text`. Exported for the benchmark and the CLI. `lower` is
 * lowerIfSafe(text) when the caller has it; for a short text the plain regexes are faster.
 */
export function detectPii(text: string, cfg: PiiSettings, c: PiiPrepared, lower?: string | null): PiiHit[] {
  const hits: PiiHit[] = [];
  if (!cfg.enabled || text.length === 0) return hits;
  const taken: Span[] = [];
  const free = (s: Span) => !taken.some((t) => overlaps(t, s));
  const add = (kind: string, d: { label: string; placeholder: string; severity: Severity }, s: Span) => {
    const value = text.slice(s.start, s.end);
    taken.push(s);
    if (c.allow.has(normPii(value))) return;
    hits.push({
      kind,
      label: d.label,
      placeholder: d.placeholder,
      severity: d.severity,
      value,
      start: s.start,
      end: s.end,
    });
  };
  // URLs are only needed once a candidate has to be checked against them.
  let urls: Span[] | undefined;
  const inUrl = (s: Span) =>
    (urls ??= /[./]/.test(text) ? findAll(URL_RE, text) : []).some((u) => overlaps(u, s));
  // Counts that every detector below needs a minimum of: a detector that cannot match is skipped.
  let digits = 0;
  let dots = 0;
  let colons = 0;
  // Full-width digits (０-９) number Japanese addresses.
  let wideDigits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 46) dots++;
    else if (code === 58) colons++;
    else if (code >= 0xff10 && code <= 0xff19) wideDigits++;
  }
  const hasDigit = digits > 0 || wideDigits > 0;

  if (cfg.email.enabled && text.includes('@')) {
    const spans: Span[] = [];
    emails(text, spans);
    for (const s of spans) add('email', cfg.email, s);
  }
  if (!hasDigit) return hits;

  // Company identifiers first: an order number must not be reported as a phone number.
  for (const id of c.identifiers) {
    const ctxHits = findAll(
      id.context,
      text,
      1000,
      (lower ??= text.length >= 256 ? lowerIfSafe(text) : null),
    );
    if (ctxHits.length === 0) continue;
    for (const s of id.pattern.spans(text, 200)) {
      if (!/\d/.test(text.slice(s.start, s.end)) || inUrl(s) || !free(s)) continue;
      const near = ctxHits.some((h) => h.end <= s.start && s.start - h.end <= id.def.window);
      if (near) add(id.def.id, id.def, s);
    }
  }
  if (cfg.card.enabled && digits >= 13) {
    for (const s of findAll(CARD_RE, text)) {
      const digits = s.text.replace(/\D/g, '');
      if (digits.length < 13 || digits.length > 19 || !/^[2-6]/.test(digits) || /^(\d)\1+$/.test(digits))
        continue;
      if (luhn(digits) && !inUrl(s) && free(s)) add('card', cfg.card, s);
    }
  }
  if (cfg.ssn.enabled && digits >= 9) {
    SSN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SSN_RE.exec(text)) !== null) {
      const s = { start: m.index, end: m.index + m[0].length };
      const spaced = m[2] === ' ';
      const ctxOk =
        !spaced ||
        /(?:ssn|social security|soc sec)[^\n]{0,20}$/i.test(text.slice(Math.max(0, s.start - 40), s.start));
      if (ctxOk && ssnValid(m[1]!, m[3]!, m[4]!) && !inUrl(s) && free(s)) add('ssn', cfg.ssn, s);
    }
  }
  if (cfg.iban.enabled) {
    for (const s of findAll(IBAN_RE, text)) {
      if (ibanValid(s.text) && free(s)) add('iban', cfg.iban, s);
    }
  }
  if (cfg.ip.enabled && (dots > 0 || colons > 0)) {
    if (dots >= 3 && digits >= 4) {
      for (const s of findAll(IPV4_RE, text)) {
        if (VERSION_CONTEXT.test(text.slice(Math.max(0, s.start - 12), s.start))) continue;
        if (!inUrl(s) && free(s)) add('ip', cfg.ip, s);
      }
    }
    // A hit is only kept with "::" or eight groups (seven colons), so skip the scan otherwise.
    if (colons >= 7 || (colons >= 2 && text.includes('::'))) {
      for (const s of findAll(IPV6_RE, text)) {
        const groups = s.text.split(':').filter(Boolean);
        const ok =
          (s.text.includes('::') && groups.length >= 2 && /[a-f]/i.test(s.text)) || groups.length === 8;
        if (ok && !inUrl(s) && free(s)) add('ip', cfg.ip, s);
      }
    }
  }
  if (cfg.address.enabled) {
    for (const s of findAddresses(text)) if (!inUrl(s) && free(s)) add('address', cfg.address, s);
  }
  if (cfg.phone.enabled && digits >= 7) {
    for (const cand of findAll(PHONE_RE, text)) {
      const digits = cand.text.replace(/\D/g, '').length;
      if (digits < 7 || digits > 17 || inUrl(cand) || !free(cand)) continue;
      const trimmed = cand.text.trim();
      if (DATE_LIKE.test(trimmed)) continue;
      const before = text.slice(Math.max(0, cand.start - 16), cand.start);
      if (NOT_PHONE_CONTEXT.test(before)) continue;
      // A lone '(' captured without its ')' belongs to the surrounding sentence, not the number.
      if (TIMESTAMP.test(trimmed)) continue;
      for (const f of phonesInRegions(cand.text, cfg)) {
        const s = { start: cand.start + f.start, end: cand.start + f.end };
        if (free(s)) add('phone', cfg.phone, s);
      }
    }
    for (const cand of findAll(LOCAL_PHONE_RE, text)) {
      if (!free(cand) || inUrl(cand)) continue;
      if (PHONE_CONTEXT.test(text.slice(Math.max(0, cand.start - 40), cand.start)))
        add('phone', cfg.phone, cand);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
