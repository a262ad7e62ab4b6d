import { budgetErrors, sizeError } from './budget.ts';
import { formatPath } from './format-path.ts';
import { PolicySchema, type Policy } from './schema.ts';

export { formatPath };

export interface PolicyError {
  /** JSON path such as `customRules[2].pattern`; empty for the document itself. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

/**
 * Validate a policy document. Never throws: on any problem it returns every error with its path.
 * A string is parsed as JSON first. A valid document must also be within the budgets of
 * budget.ts, trial check included; `trialCheck: false` skips the timed part (for tests that parse
 * thousands of generated policies).
 */
export function parsePolicy(input: unknown, options: { trialCheck?: boolean } = {}): ParseResult {
  try {
    let value = input;
    const tooBig = sizeError(typeof input === 'string' ? input : (JSON.stringify(input) ?? ''));
    if (tooBig) return { ok: false, errors: [tooBig] };
    if (typeof input === 'string') {
      try {
        // Editors on Windows save UTF-8 with a byte order mark; JSON.parse refuses it.
        value = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
      } catch (e) {
        return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
      }
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { ok: false, errors: [{ path: '', message: 'a policy must be a JSON object' }] };
    }
    const result = PolicySchema.safeParse(value);
    if (result.success) {
      const over = budgetErrors(result.data, options.trialCheck ?? true);
      return over.length > 0 ? { ok: false, errors: over } : { ok: true, policy: result.data };
    }
    const errors: PolicyError[] = [];
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          errors.push({ path: formatPath([...issue.path, key]), message: 'unknown field' });
        }
      } else if (issue.code === 'invalid_key' && issue.issues[0]) {
        // A record's key (a language tag): zod's own message only says "Invalid key in record".
        errors.push({ path: formatPath(issue.path), message: issue.issues[0].message });
      } else {
        errors.push({ path: formatPath(issue.path), message: issue.message });
      }
    }
    crossReferences(value as Record<string, unknown>, errors);
    return { ok: false, errors: errors.length > 0 ? errors : [{ path: '', message: 'invalid policy' }] };
  } catch (e) {
    return {
      ok: false,
      errors: [{ path: '', message: `invalid policy: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}

/**
 * zod skips whole-document refinements once a field is invalid; report unknown guideline
 * references of custom rules anyway, so an admin sees every error in one pass.
 */
function crossReferences(doc: Record<string, unknown>, errors: PolicyError[]): void {
  const { guidelines, customRules } = doc;
  if (!Array.isArray(guidelines) || !Array.isArray(customRules)) return;
  const ids = new Set(
    guidelines.map((g) => (g && typeof g === 'object' ? (g as { id?: unknown }).id : undefined)),
  );
  customRules.forEach((r: unknown, i) => {
    const g = r && typeof r === 'object' ? (r as { guideline?: unknown }).guideline : undefined;
    const path = `customRules[${i}].guideline`;
    if (typeof g === 'string' && !ids.has(g) && !errors.some((e) => e.path === path)) {
      errors.push({ path, message: `unknown guideline "${g}" (not in guidelines[].id)` });
    }
  });
}
