/**
 * The `ambassador` command for admins: validate a policy, check drafts, test a policy against
 * cases, compare two policies, audit an export of past posts. `run` takes its input and output as
 * arguments, so the tests run it in-process; `main` wires it to the process.
 */
import { CliError, EXIT, UsageError, type Command, type Io } from './io.ts';

export type { Io } from './io.ts';

/**
 * Each command's module is loaded when it runs, so the bundle evaluates only what that command
 * needs (yaml for test and diff, fflate for audit): a one-draft check starts sooner.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate.ts')).validate,
  check: async () => (await import('./check.ts')).check,
  test: async () => (await import('./test-cases.ts')).test,
  diff: async () => (await import('./diff.ts')).diff,
  audit: async () => (await import('./audit/command.ts')).audit,
  schema: async () => (await import('./validate.ts')).schema,
};

export const USAGE = `Usage: ambassador COMMAND [options]

Commands:
  validate FILE                 validate a policy file, listing every error with its path
  check [TEXT]                  check one draft (or --jsonl: many) against a policy
  test POLICY CASES...          run case files: drafts with the findings they must (not) produce
  diff OLD NEW [--cases FILE]   the findings a policy change adds or removes on a set of drafts
  audit EXPORT                  check past posts in an X, LinkedIn or Facebook export
  schema                        print the policy's JSON Schema
  help [COMMAND]                this text, or a command's options (also: COMMAND --help)

POLICY is a policy file, or "default" for the built-in Dell policy. Nothing leaves this machine.

Exit codes:
  0  success: nothing blocks, every case passes, no difference, the audit is written
  1  the answer is no: a blocking finding, an invalid policy (validate), a failing case,
     a difference (diff)
  2  usage: an unknown command or option, or a bad option value
  3  bad input: a file is missing or unreadable, a zip is not an export, an unknown format,
     a malformed JSON line or case file, a report that cannot be written
  4  a policy given to check, test, diff or audit fails validation
  70 internal error (a bug: please report it)
`;

async function help(args: string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (rest.length > 0) throw new UsageError('help takes at most one COMMAND');
  if (name === undefined) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) throw new UsageError(`unknown command "${name}"`);
  io.stdout((await load()).usage);
  return EXIT.ok;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      io.stderr(USAGE);
      return EXIT.usage;
    }
    if (name === 'help' || name === '--help' || name === '-h') return await help(rest, io);
    const load = COMMANDS[name];
    if (!load) throw new UsageError(`unknown command "${name}"`);
    return await (await load()).run(rest, io);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    const hint =
      e instanceof UsageError ? ` (see "ambassador ${e.command ? `${e.command} --help` : 'help'}")` : '';
    io.stderr(`error: ${e.message}${hint}\n`);
    return e.code;
  }
}

async function* processStdin(): AsyncGenerator<Uint8Array> {
  // A terminal on standard input means nothing was piped in: read nothing rather than wait.
  if (process.stdin.isTTY) return;
  for await (const chunk of process.stdin) yield chunk as Buffer;
}

export async function main(): Promise<void> {
  // `ambassador ... | head` closes the pipe early: stop quietly, as other commands do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    process.exitCode = await run(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      stdin: processStdin,
    });
  } catch (e) {
    process.stderr.write(
      `error: internal error: ${e instanceof Error ? e.message : String(e)} (please report it)\n`,
    );
    process.exitCode = EXIT.internal;
  }
}
