/** Policy files as the commands take them: a path, or `default` for the built-in policy. */
import { DEFAULT_POLICY } from '../policy/default-policy.ts';
import type { Policy, PolicyError } from '../policy/index.ts';
import { CliError, EXIT, readTextFile } from './io.ts';

/** The word that names the built-in policy where a command takes a POLICY argument. */
export const BUILT_IN = 'default';

export type PolicyRead = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

/**
 * Read and validate a policy file; an unreadable file throws a one-line CliError. The validator
 * (the zod schema, the budgets) is loaded here, so a command run with the built-in policy never
 * builds it.
 */
export async function readPolicy(file: string): Promise<PolicyRead> {
  const text = readTextFile(file);
  const { parsePolicy } = await import('../policy/parse.ts');
  return parsePolicy(text);
}

/**
 * The policy a command runs with: the built-in one for `default` (or no file), else the file,
 * which must be valid — otherwise a one-line error with its first problem (validate lists all).
 */
export async function loadPolicy(file: string | undefined): Promise<Policy> {
  if (file === undefined || file === BUILT_IN) return DEFAULT_POLICY;
  const r = await readPolicy(file);
  if (r.ok) return r.policy;
  const first = r.errors[0]!;
  const more = r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : '';
  throw new CliError(
    EXIT.badPolicy,
    `${file} is not a valid policy: ${first.path || '(root)'}: ${first.message}${more}; ` +
      `"ambassador validate ${file}" lists every error`,
  );
}

/** `"Name" version` for headers. */
export function policyTitle(policy: Policy): string {
  return `"${policy.name}" ${policy.policyVersion}`;
}
