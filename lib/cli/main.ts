/**
 * The `ambassador` command: validate a policy file, check a draft, print the JSON Schema.
 * Exit codes: 0 success (check: no block finding), 1 invalid policy / check found a block finding,
 * 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate } from '../engine/evaluate.ts';
import { PLATFORMS, type Draft, type Finding, type Surface, type TrainingState } from '../engine/types.ts';
import { DEFAULT_POLICY } from '../policy/default-policy.ts';
import { parsePolicy, type PolicyError } from '../policy/parse.ts';
import type { Policy } from '../policy/schema.ts';
import { policyJsonSchema } from '../policy/schema.ts';

export const USAGE = `Usage:
  ambassador validate FILE
      Validate a policy file. Exit 0 with a summary, or 1 with every error and its path.
  ambassador check [options] [TEXT]
      Check a draft (TEXT, or standard input when TEXT is absent) against a policy.
      --policy FILE                          policy file (default: the built-in Dell policy)
      --platform x|facebook|linkedin         default: x
      --surface post|reply|comment           default: post (reply when --reply-to is given)
      --reply-to TEXT                        the post being answered
      --handle HANDLE                        the signed-in account's handle
      --training certified|in-training|none|expired   default: certified
      --now ISO-DATE                         date for sunset checks (default: today)
      --json                                 print exactly one JSON object {"findings": [...]}
      Exit 0 when nothing blocks, 1 when a finding has severity "block".
  ambassador schema
      Print the policy's JSON Schema.
  ambassador help
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
}

class UsageError extends Error {}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

type LoadedPolicy =
  { ok: true; policy: Policy } | { ok: false; unreadable: string } | { ok: false; errors: PolicyError[] };

/** Read and validate a policy file. */
function loadPolicy(file: string): LoadedPolicy {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { ok: false, unreadable: `cannot read ${file}: ${reason}` };
  }
  return parsePolicy(raw);
}

/** One indented line per error, with its path. */
function errorLines(errors: readonly PolicyError[]): string {
  return errors.map((e) => `  ${e.path || '(root)'}: ${e.message}\n`).join('');
}

function formatFinding(f: Finding, text: string): string {
  const where =
    f.start !== undefined ? ` [${f.start}-${f.end}] "${text.slice(f.start, f.end)}"` : ' (whole draft)';
  const lines = [
    `${f.severity.toUpperCase().padEnd(5)} ${f.ruleId}${where}`,
    `      ${f.message}`,
    `      Guideline: ${f.guideline}`,
  ];
  for (const fix of f.fixes) lines.push(`      Fix: ${fix.label}`);
  return lines.join('\n');
}

async function cmdValidate(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('validate takes exactly one FILE');
  const file = positionals[0]!;
  const r = loadPolicy(file);
  if (!r.ok) {
    if ('unreadable' in r) io.stderr(`error: ${r.unreadable}\n`);
    else
      io.stderr(
        `${file}: ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}\n${errorLines(r.errors)}`,
      );
    return 1;
  }
  const p = r.policy;
  io.stdout(
    `${file}: valid — "${p.name}" (${p.company}) policy ${p.policyVersion}, ${p.guidelines.length} guidelines, ` +
      `${p.confidential.topics.length} confidential topics, ${p.customRules.length} custom rules\n`,
  );
  return 0;
}

async function cmdCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      policy: { type: 'string' },
      platform: { type: 'string' },
      surface: { type: 'string' },
      'reply-to': { type: 'string' },
      handle: { type: 'string' },
      training: { type: 'string' },
      now: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1)
    throw new UsageError('check takes one TEXT argument (quote it), or reads standard input');
  const platform = oneOf('platform', values.platform, PLATFORMS, 'x');
  const replyTo = values['reply-to'];
  const surface = oneOf<Surface>(
    'surface',
    values.surface,
    ['post', 'reply', 'comment'],
    replyTo !== undefined ? 'reply' : 'post',
  );
  const training = oneOf<TrainingState>(
    'training',
    values.training,
    ['certified', 'in-training', 'none', 'expired'],
    'certified',
  );
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) {
    throw new UsageError(`--now must be an ISO date such as 2025-06-30 (got "${values.now}")`);
  }
  let policy = DEFAULT_POLICY;
  if (values.policy !== undefined) {
    const loaded = loadPolicy(values.policy);
    if (!loaded.ok) {
      io.stderr(
        'unreadable' in loaded
          ? `error: ${loaded.unreadable}\n`
          : `error: ${values.policy} is not a valid policy:\n${errorLines(loaded.errors)}`,
      );
      return 2;
    }
    policy = loaded.policy;
  }
  const text = positionals.length === 1 ? positionals[0]! : (await io.readStdin()).replace(/\r?\n$/, '');
  const draft: Draft = {
    text,
    platform,
    surface,
    training: { state: training },
    now: values.now ?? new Date().toISOString(),
    ...(replyTo !== undefined ? { replyTo: { text: replyTo } } : {}),
    ...(values.handle !== undefined ? { account: { handle: values.handle } } : {}),
  };
  const findings = evaluate(draft, policy);
  if (values.json) {
    io.stdout(JSON.stringify({ findings }) + '\n');
  } else if (findings.length === 0) {
    io.stdout('No findings.\n');
  } else {
    io.stdout(
      `${findings.length} finding${findings.length === 1 ? '' : 's'}:\n` +
        findings.map((f) => formatFinding(f, text)).join('\n') +
        '\n',
    );
  }
  return findings.some((f) => f.severity === 'block') ? 1 : 0;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'validate':
        return await cmdValidate(rest, io);
      case 'check':
        return await cmdCheck(rest, io);
      case 'schema':
        if (rest.length > 0) throw new UsageError('schema takes no arguments');
        io.stdout(JSON.stringify(policyJsonSchema(), null, 2) + '\n');
        return 0;
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return 0;
      case undefined:
        io.stderr(USAGE);
        return 2;
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`error: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
  });
  process.exitCode = code;
}
