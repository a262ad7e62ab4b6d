/**
 * WXT's fakeBrowser has no i18n: give it a catalogue (English unless a test picks another), built
 * into messages.json as the extension's are, and read back with the browser's substitution rules
 * ($NAME$ → $1 → value; "$$" → "$"; a message the catalogue lacks comes from English, the default).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCatalogues, toMessagesJson } from '../../lib/i18n/catalogue';

export const CATALOGUES = readCatalogues(join(dirname(fileURLToPath(import.meta.url)), '../../locales'));

function messagesOf(locale: string) {
  const catalogue = CATALOGUES.get(locale);
  if (!catalogue) throw new Error(`No catalogue locales/${locale}.json`);
  return toMessagesJson(catalogue);
}

/** The browser's getMessage over one locale's messages.json, English behind it. */
export function messageLookup(locale: string) {
  const messages = messagesOf(locale);
  const english = messagesOf('en');
  return (name: string, substitutions: string | string[] = []): string => {
    const entry = messages[name] ?? english[name];
    if (!entry) return '';
    const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
    const numbered = entry.message.replace(
      /\$(\w+)\$/g,
      (_, p: string) => entry.placeholders?.[p]?.content ?? '',
    );
    return numbered.replace(/\$(\$|\d)/g, (_, d: string) =>
      d === '$' ? '$' : (values[Number(d) - 1] ?? ''),
    );
  };
}

/** The UI in `locale` from now on (tests of other languages put English back after). */
export function useLocale(locale: string): void {
  fakeBrowser.i18n.getMessage = messageLookup(locale) as typeof fakeBrowser.i18n.getMessage;
}

useLocale('en');
