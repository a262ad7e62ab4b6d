/** `ambassador validate` and `ambassador schema`. */
import { policyJsonSchema } from '../policy/index.ts';
import { EXIT, parseOptions, plural, UsageError, type Command, type Io } from './io.ts';
import { readPolicy } from './policy-file.ts';

const VALIDATE_USAGE = `Usage: ambassador validate FILE

Validate a policy file. Exit 0 with a one-line summary, or 1 with every error and its path
(3 when the file cannot be read).
`;

const SCHEMA_USAGE = `Usage: ambassador schema

Print the policy's JSON Schema, for editors' completion and inline errors.
`;

async function validateCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions('validate', VALIDATE_USAGE, args, {}, io);
  if (!parsed) return EXIT.ok;
  if (parsed.positionals.length !== 1) throw new UsageError('validate takes exactly one FILE', 'validate');
  const file = parsed.positionals[0]!;
  const r = await readPolicy(file);
  if (!r.ok) {
    io.stderr(
      `${file}: ${plural(r.errors.length, 'error')}\n` +
        r.errors.map((e) => `  ${e.path || '(root)'}: ${e.message}\n`).join(''),
    );
    return EXIT.no;
  }
  const p = r.policy;
  io.stdout(
    `${file}: valid — "${p.name}" (${p.company}) policy ${p.policyVersion}, ${p.guidelines.length} guidelines, ` +
      `${p.confidential.topics.length} confidential topics, ${p.customRules.length} custom rules\n`,
  );
  return EXIT.ok;
}

async function schemaCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions('schema', SCHEMA_USAGE, args, {}, io);
  if (!parsed) return EXIT.ok;
  if (parsed.positionals.length > 0) throw new UsageError('schema takes no arguments', 'schema');
  io.stdout(JSON.stringify(policyJsonSchema(), null, 2) + '\n');
  return EXIT.ok;
}

export const validate: Command = { usage: VALIDATE_USAGE, run: validateCommand };

export const schema: Command = { usage: SCHEMA_USAGE, run: schemaCommand };
