/** `ambassador check`: one draft from the command line or standard input, or many as JSON lines. */
import { createReadStream } from 'node:fs';
import { evaluate } from '../engine/evaluate.ts';
import type { Finding } from '../engine/types.ts';
import type { Policy } from '../policy/index.ts';
import { DRAFT_OPTIONS, DRAFT_OPTIONS_USAGE, draftDefaults, toDraft, type DraftDefaults } from './drafts.ts';
import { formatFinding } from './format.ts';
import {
  EXIT,
  numberedLines,
  parseOptions,
  plural,
  readAll,
  UsageError,
  type Command,
  type Io,
} from './io.ts';
import { loadPolicy } from './policy-file.ts';

const CHECK_USAGE = `Usage: ambassador check [options] [TEXT]
       ambassador check --jsonl [options] [FILE]

Check a draft (TEXT, or standard input when TEXT is absent) against a policy and print the
findings an employee would see.

      --policy FILE                          policy file (default: the built-in Dell policy)
${DRAFT_OPTIONS_USAGE}      --json                                 print one JSON object {"findings": [...]}
      --jsonl                                many drafts: read one JSON object per line from FILE
                                             (or standard input) and write one result per line
  A JSON line holds "text" and optionally "platform", "surface", "replyTo", "handle", "training",
  "now", "locale", "language" (overriding the flags above) and "id" (copied to the result). Results:
  {"line": N, "id": ..., "findings": [...]}, or {"line": N, "error": "..."} for a malformed line,
  which is also reported on standard error; the other lines are still checked.

Exit: 0 nothing blocks; 1 a finding has severity "block"; 3 a JSON line was malformed or the
file cannot be read; 2 usage; 4 invalid policy.
`;

const hasBlock = (findings: readonly Finding[]) => findings.some((f) => f.severity === 'block');

async function checkCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions(
    'check',
    CHECK_USAGE,
    args,
    {
      policy: { type: 'string' },
      ...DRAFT_OPTIONS,
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
    },
    io,
  );
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(
      values.jsonl
        ? 'check --jsonl takes one FILE'
        : 'check takes one TEXT argument (quote it), or reads standard input',
      'check',
    );
  if (values.json && values.jsonl) throw new UsageError('--json and --jsonl do not go together', 'check');
  const defaults = draftDefaults('check', values);
  const policy = await loadPolicy(values.policy);
  if (values.jsonl) return checkJsonLines(positionals[0], policy, defaults, io);

  const text = positionals[0] ?? (await readAll(io.stdin())).replace(/\r?\n$/, '');
  const findings = evaluate(toDraft({ text }, defaults), policy);
  if (values.json) io.stdout(JSON.stringify({ findings }) + '\n');
  else if (findings.length === 0) io.stdout('No findings.\n');
  else
    io.stdout(
      `${plural(findings.length, 'finding')}:\n` +
        findings.map((f) => formatFinding(f, text)).join('\n') +
        '\n',
    );
  return hasBlock(findings) ? EXIT.no : EXIT.ok;
}

/** JSON lines from FILE (or standard input for none or "-"), checked and answered as they arrive. */
async function checkJsonLines(
  file: string | undefined,
  policy: Policy,
  defaults: DraftDefaults,
  io: Io,
): Promise<number> {
  const name = file === undefined || file === '-' ? 'stdin' : file;
  // zod, which reads the lines, is loaded only here: a one-draft check starts without it. Before
  // the file is opened: a stream's error while nothing listens would end the process.
  const { parseDraftLine } = await import('./draft-line.ts');
  const source = name === 'stdin' ? io.stdin() : createReadStream(file!);
  let malformed = 0;
  let blocked = false;
  for await (const batch of numberedLines(name, source)) {
    let out = '';
    for (const { lineNumber, line } of batch) {
      const parsed = parseDraftLine(line);
      if (!parsed.ok) {
        malformed++;
        io.stderr(`error: ${name}:${lineNumber}: ${parsed.problem}\n`);
        out += JSON.stringify({ line: lineNumber, error: parsed.problem }) + '\n';
        continue;
      }
      const { id, ...draft } = parsed.draft;
      const findings = evaluate(toDraft(draft, defaults), policy);
      blocked ||= hasBlock(findings);
      out += JSON.stringify({ line: lineNumber, ...(id !== undefined ? { id } : {}), findings }) + '\n';
    }
    io.stdout(out);
  }
  return malformed > 0 ? EXIT.badInput : blocked ? EXIT.no : EXIT.ok;
}

export const check: Command = { usage: CHECK_USAGE, run: checkCommand };
