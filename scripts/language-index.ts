/**
 * A policy language is one folder, lib/engine/languages/<tag>/: its words.ts (the detector's
 * table) and, for every language but the built-in policy's own, its policy.ts (the built-in
 * policy's texts). This writes the two lists that import them, from the folders there, so adding
 * a folder is all it takes. wxt.config.ts and vitest.config.ts run it, so every build and test run
 * has the lists current; they are committed for the scripts that run the engine with tsx.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../lib/engine/languages/', import.meta.url));
const HEADER =
  '// Written by scripts/language-index.ts from the folders of lib/engine/languages/: do not edit.\n';

/** The folders that have `file`, by tag. */
const foldersWith = (file: string) =>
  readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, entry.name, file)))
    .map((entry) => entry.name)
    .sort();

/** An identifier for a tag ("pt-BR" → "pt_BR"). */
const name = (tag: string) => tag.replace(/-/g, '_');

/** The module that imports `binding` from each folder's `file` and exports them by tag. */
function list(file: string, exported: string, binding: string): string {
  const tags = foldersWith(file);
  const imports = tags.map((tag) => `import { ${binding} as ${name(tag)} } from './${tag}/${file}';\n`);
  const entries = tags.map((tag) => `  ${tag === name(tag) ? tag : `'${tag}': ${name(tag)}`},\n`);
  return `${HEADER}${imports.join('')}\nexport const ${exported} = {\n${entries.join('')}};\n`;
}

/** Writes a file only when its text changed (a build must not touch what it need not). */
function write(file: string, text: string): boolean {
  const path = join(ROOT, file);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}

/** Writes both lists; returns the files it changed. */
export function writeLanguageIndex(): string[] {
  const lists: [file: string, text: string][] = [
    ['words.generated.ts', list('words.ts', 'WORDS_BY_LANGUAGE', 'words')],
    ['policies.generated.ts', list('policy.ts', 'POLICY_TEXTS_BY_LANGUAGE', 'policy')],
  ];
  return lists.filter(([file, text]) => write(file, text)).map(([file]) => file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const changed = writeLanguageIndex();
  console.log(changed.length ? `wrote ${changed.join(', ')}` : 'language lists are current');
}
