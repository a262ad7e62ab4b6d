/**
 * The files of an export, from a zip, a folder or one file, read only when a format asks for them.
 * Zips are read with fflate, in memory: only the files a format wants are inflated.
 */
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { CliError, EXIT, fileProblem } from '../io.ts';

/** Paths inside the export, with `/` separators, and their bytes. */
export type ExportFiles = Map<string, Uint8Array>;

/** A zip is read whole into memory; past this, ask for the unzipped folder instead. */
const MAX_ZIP_BYTES = 2 ** 31 - 1;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function listFolder(root: string, wanted: (path: string) => boolean): ExportFiles {
  const files: ExportFiles = new Map();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const path = relative(root, full).split(sep).join('/');
        if (wanted(path)) files.set(path, readFileSync(full));
      }
    }
  };
  walk(root);
  return files;
}

function readZip(file: string, bytes: Uint8Array, wanted: (path: string) => boolean): ExportFiles {
  try {
    return new Map(Object.entries(unzipSync(bytes, { filter: (f) => wanted(f.name) })));
  } catch (e) {
    throw new CliError(EXIT.badInput, `${file} is not a readable zip file: ${(e as Error).message}`);
  }
}

/**
 * The wanted files of EXPORT: a folder, a zip, or a single export file (its name is its path,
 * so `Shares.csv` or `tweets.js` can be audited alone).
 */
export function readExport(path: string, wanted: (path: string) => boolean): ExportFiles {
  let stats: Stats;
  try {
    stats = statSync(path);
    if (stats.isDirectory()) return listFolder(path, wanted);
    if (stats.size > MAX_ZIP_BYTES)
      throw new CliError(EXIT.badInput, `${path} is larger than 2 GiB: unzip it and pass the folder`);
    const bytes = readFileSync(path);
    if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return readZip(path, bytes, wanted);
    const name = basename(path);
    return wanted(name) ? new Map([[name, bytes]]) : new Map();
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(EXIT.badInput, `cannot read ${path}: ${fileProblem(e)}`);
  }
}
