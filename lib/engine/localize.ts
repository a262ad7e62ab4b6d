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
export function languageChain(language: string): string[] {
  const parts = language.split('-');
  return parts.map((_, i) => parts.slice(0, i + 1).join('-'));
}

/**
 * Set one field in the view, copying only the objects on its path: the sections a language does
 * not touch stay the policy's own objects, so their rules' preparations are shared (evaluate.ts).
 */
function apply(view: Policy, copied: Set<object>, key: string, value: string | string[]): void {
  const path = parseFieldPath(key);
  let node = view as unknown as Record<PropertyKey, unknown>;
  for (const seg of path.slice(0, -1)) {
    const child = node[seg];
    if (!child || typeof child !== 'object') return; // a field the policy left out
    if (!copied.has(child)) {
      node[seg] = Array.isArray(child) ? [...(child as unknown[])] : { ...child };
      copied.add(node[seg] as object);
    }
    node = node[seg] as Record<PropertyKey, unknown>;
  }
  const last = path.at(-1)!;
  const own = node[last];
  node[last] = Array.isArray(value) ? [...(Array.isArray(own) ? own : []), ...value] : value;
}

export function localizePolicy(policy: Policy, language: string): Policy {
  const tags = languageChain(language).filter((tag) => policy.translations?.[tag]);
  if (tags.length === 0) return policy;
  let perPolicy = views.get(policy);
  if (!perPolicy) views.set(policy, (perPolicy = new Map()));
  const key = tags.at(-1)!;
  let view = perPolicy.get(key);
  if (!view) {
    view = { ...policy };
    const copied = new Set<object>([view]);
    for (const tag of tags) {
      const { texts, terms } = policy.translations[tag]!;
      for (const [path, text] of Object.entries(texts)) apply(view, copied, path, text);
      for (const [path, list] of Object.entries(terms)) apply(view, copied, path, list);
    }
    perPolicy.set(key, view);
  }
  return view;
}
