/**
 * The UI's words in the browser's language, from `_locales` (built from locales/*.json:
 * lib/i18n/catalogue.ts). Whole sentences with named placeholders; numbers in the values are
 * formatted for the language shown; plurals by the language's own rules (Intl.PluralRules).
 */
import { browser } from 'wxt/browser';
import type en from '../../locales/en.json';

export type MessageKey = keyof typeof en;
/** A message with plural forms: `name_one`, `name_other` … in the catalogues. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
export type MessageValues = Record<string, string | number>;

/** WXT types getMessage with its own keys only; ours come from the catalogues. */
const getMessage = (name: string, substitutions?: string[]): string =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(name, substitutions);

/** The language of the catalogue the browser picked (its `uiLocale` message: "en", "pt-BR"). */
export function uiLanguage(): string {
  return getMessage('uiLocale') || 'en';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

export function formatNumber(n: number): string {
  const language = uiLanguage();
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(n);
}

function lookup(name: string, values: MessageValues = {}): string {
  const substitutions = Object.keys(values)
    .sort()
    .map((k) => {
      const v = values[k]!;
      return typeof v === 'number' ? formatNumber(v) : v;
    });
  return getMessage(name, substitutions);
}

export function t(key: MessageKey, values?: MessageValues): string {
  return lookup(key, values) || key;
}

/** The form of `key` for `count` ("1 error", "2 errors"; in French 0 and 1 take the singular). */
export function plural(key: PluralKey, count: number, values: MessageValues = {}): string {
  const language = uiLanguage();
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const all = { ...values, count };
  // A language may leave out a rare form (French "many", for millions): its "other" stands in.
  return lookup(`${key}_${rules.select(count)}`, all) || lookup(`${key}_other`, all) || key;
}
