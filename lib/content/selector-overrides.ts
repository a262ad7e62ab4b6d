/**
 * Applies the policy's selector overrides to an adapter's selector table, live: each name takes
 * the override when there is one, else the adapter's built-in selector again.
 */
import type { SelectorOverrides } from '../policy/sites';

const builtIn = new WeakMap<Record<string, string>, Readonly<Record<string, string>>>();

/** True when the table changed (the page is then scanned again). */
export function applySelectorOverrides(
  table: Record<string, string>,
  overrides: SelectorOverrides | undefined,
): boolean {
  let defaults = builtIn.get(table);
  if (!defaults) builtIn.set(table, (defaults = { ...table }));
  let changed = false;
  for (const [name, selector] of Object.entries(defaults)) {
    const next = overrides?.[name] ?? selector;
    if (table[name] !== next) changed = true;
    table[name] = next;
  }
  return changed;
}
