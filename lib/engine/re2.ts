import { RE2JS } from 're2js';

/** An admin pattern on RE2 (linear time), or null when it does not compile. */
export function compileRe2(source: string, caseSensitive: boolean): RE2JS | null {
  try {
    return RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch {
    return null; // parsePolicy refuses such patterns; a hand-built policy just loses the rule
  }
}
