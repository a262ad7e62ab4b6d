/**
 * The UI's message catalogues: one file per language, `locales/<locale>.json`, a flat object of
 * message names and texts with named placeholders (`"{count} drafts checked"`). The build turns
 * each into the browser's `_locales/<locale>/messages.json`, whose placeholders are numbered: a
 * message's placeholder names in alphabetical order are $1, $2 …, and `t()` passes its values in
 * that order (lib/i18n/messages.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

export type Catalogue = Record<string, string>;

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** "{count} of {total}" → ["count", "total"]: the names in the order their values are passed. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

export function toMessagesJson(catalogue: Catalogue): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [name, text] of Object.entries(catalogue)) {
    const names = placeholderNames(text);
    // A literal "$" is "$$" in messages.json.
    const message = text.replaceAll('$', '$$$$').replace(/\{(\w+)\}/g, (_, p: string) => `$${p}$`);
    out[name] = names.length
      ? { message, placeholders: Object.fromEntries(names.map((p, i) => [p, { content: `$${i + 1}` }])) }
      : { message };
  }
  return out;
}

/** Every catalogue in a folder, by locale ("en", "pt_BR": the file's name). */
export function readCatalogues(folder: string): Map<string, Catalogue> {
  const out = new Map<string, Catalogue>();
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort())
    out.set(basename(file, '.json'), JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')) as Catalogue);
  return out;
}
