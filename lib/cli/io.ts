/**
 * What every subcommand shares: the injectable input/output, the exit codes, the one-line errors,
 * option parsing with `--help`, reading files and splitting a stream into lines.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { formatPath } from '../policy/format-path.ts';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input as it arrives (strings or bytes); read only by the commands that need it. */
  stdin: () => AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
}

/** A subcommand: its --help text, and what it does. */
export interface Command {
  usage: string;
  run: (args: string[], io: Io) => Promise<number>;
}

/** Exit codes, listed in `ambassador help`. */
export const EXIT = {
  ok: 0,
  /** The answer is "no": a blocking finding, an invalid policy (validate), a failing case, a difference. */
  no: 1,
  usage: 2,
  /** An input file is missing, unreadable or not what it should be. */
  badInput: 3,
  /** A policy given to check, test, diff or audit fails validation. */
  badPolicy: 4,
  /** A bug: the command failed in a way it does not expect. */
  internal: 70,
} as const;

/** An error the user can act on: printed as one line, and the command exits with `code`. */
export class CliError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** A mistake in the command line; the message points to the subcommand's --help. */
export class UsageError extends CliError {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(EXIT.usage, message);
  }
}

/** node:util's parse errors, in fewer words. */
function usageMessage(e: NodeJS.ErrnoException): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return `unknown option ${quoted}`;
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted) return `unexpected argument "${quoted}"`;
  return e.message;
}

/**
 * Parse a subcommand's arguments. Returns null when `--help` was given (the usage is then printed
 * on standard output); throws a UsageError for an unknown option or a missing value.
 */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  usage: string,
  args: string[],
  options: O,
  io: Io,
) {
  const config = {
    args,
    allowPositionals: true as const,
    strict: true as const,
    options: { ...options, help: { type: 'boolean' as const, short: 'h' } },
  };
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'))
      throw new UsageError(usageMessage(e as NodeJS.ErrnoException), command);
    throw e;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(usage);
    return null;
  }
  return parsed;
}

/** A flag's value checked against its allowed values. */
export function oneOf<T extends string>(
  command: string,
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`, command);
}

/** A date flag (`--now`, `--trained-on`) as an ISO string, or undefined when absent. */
export function dateFlag(command: string, flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Number.isNaN(Date.parse(value)))
    throw new UsageError(`--${flag} must be a date such as 2025-06-30 (got "${value}")`, command);
  return value;
}

/** A well-formed BCP 47 language tag ("en", "en-GB", "pt-BR"). */
export function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A locale flag (`--locale`), checked. */
export function localeFlag(command: string, flag: string, value: string): string {
  if (!isLocale(value))
    throw new UsageError(`--${flag} must be a locale such as en-GB or pt-BR (got "${value}")`, command);
  return value;
}

/** Why a file could not be read, in words ("no such file", not "ENOENT"). */
export function fileProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
  };
  return (code && words[code]) ?? (e as Error).message;
}

/** Read a text file, or throw a one-line CliError naming it. */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(EXIT.badInput, `cannot read ${file}: ${fileProblem(e)}`);
  }
}

/** The path of a zod issue, down to the unknown field for an "unrecognized keys" issue. */
export function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
}

/** The first problem of a zod validation, as `path: message`, and how many more there are. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = formatPath(issuePath(issue));
  const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
  const more = error.issues.length - 1;
  return `${path ? `${path}: ` : ''}${message}${more > 0 ? ` (and ${more} more)` : ''}`;
}

/**
 * Split a stream of chunks into lines (without their line ends), as the chunks arrive. Yields the
 * lines of each chunk together, so a caller can write its answers in batches.
 */
async function* lineBatches(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): AsyncGenerator<string[]> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    const lines = text.split('\n');
    rest = lines.pop()!;
    if (lines.length > 0) yield lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  }
  rest += decoder.decode();
  if (rest !== '') yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}

/**
 * The non-blank lines of an input named `name` with their line numbers, in batches as they
 * arrive; a file that cannot be read becomes a one-line CliError.
 */
export async function* numberedLines(
  name: string,
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): AsyncGenerator<{ lineNumber: number; line: string }[]> {
  let lineNumber = 0;
  try {
    for await (const batch of lineBatches(chunks)) {
      const numbered = [];
      for (const line of batch) {
        lineNumber++;
        if (line.trim() !== '') numbered.push({ lineNumber, line });
      }
      yield numbered;
    }
  } catch (e) {
    // Only the file system's errors (they carry a syscall) are about reading the input.
    if (!(e as NodeJS.ErrnoException).syscall) throw e;
    throw new CliError(EXIT.badInput, `cannot read ${name}: ${fileProblem(e)}`);
  }
}

/** All of a stream as one string. */
export async function readAll(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of chunks)
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** 12,345: en-US grouping without Intl, whose first use costs the command about 10 ms at start. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const plural = (n: number, word: string, many = `${word}s`) =>
  `${Number.isInteger(n) ? grouped(n) : n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
