/** A policy document parsed without the timed trial check: the policy, or its errors. */
import { parsePolicy, type Policy } from '../../../lib/policy/index.ts';

/** The parsed policy; throws with the errors when the document is refused. */
export const parsed = (doc: unknown): Policy => {
  const r = parsePolicy(doc, { trialCheck: false });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
};

/** The errors of a refused document; none for an accepted one. */
export const errors = (doc: unknown) => {
  const r = parsePolicy(doc, { trialCheck: false });
  return r.ok ? [] : r.errors;
};
