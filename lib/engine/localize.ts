/**
 * The policy as a draft in one language sees it: each text field with the language's text from
 * `translations` (fr-CA, then fr, then the policy's own), each term list with the language's
 * terms added. Built once per policy and language, so rules' preparations stay cached.
 */
import type { Policy } from '../policy/schema.ts';

const views = new WeakMap<Policy, Map<string, Policy>>();

/** "handoff.handles.x", "customRules[2].message", `sites["x"]` → its segments. */
export function parseFieldPath(key: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of key.matchAll(/(?:^|\.)([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g))
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  return out;
}

/** The tags to look up for a language, least specific first: "fr-CA" → ["fr", "fr-CA"]. */
function chain(language: string): string[] {
  const parts = language.split('-');
  return parts.map((_, i) => parts.slice(0, i + 1).join('-'));
}

function apply(view: Policy, key: string, value: string | string[]): void {
  const path = parseFieldPath(key);
  let node = view as unknown as Record<PropertyKey, unknown>;
  for (const seg of path.slice(0, -1)) {
    node = node[seg] as Record<PropertyKey, unknown>;
    if (!node || typeof node !== 'object') return; // a field the policy left out
  }
  const last = path.at(-1)!;
  const own = node[last];
  node[last] = Array.isArray(value) ? [...(Array.isArray(own) ? own : []), ...value] : value;
}

export function localizePolicy(policy: Policy, language: string): Policy {
  const tags = chain(language).filter((tag) => policy.translations?.[tag]);
  if (tags.length === 0) return policy;
  let perPolicy = views.get(policy);
  if (!perPolicy) views.set(policy, (perPolicy = new Map()));
  const key = tags.at(-1)!;
  let view = perPolicy.get(key);
  if (!view) {
    view = structuredClone(policy);
    for (const tag of tags) {
      const { texts, terms } = policy.translations[tag]!;
      for (const [path, text] of Object.entries(texts)) apply(view, path, text);
      for (const [path, list] of Object.entries(terms)) apply(view, path, list);
    }
    perPolicy.set(key, view);
  }
  return view;
}
