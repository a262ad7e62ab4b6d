import './re2.ts'; // admin patterns that need RE2 work wherever the whole engine is loaded
export * from './types.ts';
export { evaluate, compareFindings } from './evaluate.ts';
export { applyEdits } from './edits.ts';
export { RULES } from './rules/index.ts';
export { defineRule, type Rule } from './rule.ts';
export { detectPii, clearPiiCaches, type PiiHit } from './matchers/pii.ts';
export { clearToneCaches } from './matchers/profanity.ts';
import { clearPiiCaches } from './matchers/pii.ts';
import { clearToneCaches } from './matchers/profanity.ts';
/** Clear the engine's bounded memo caches (the per-policy preparations are in WeakMaps and stay). */
export function clearEngineCaches(): void {
  clearPiiCaches();
  clearToneCaches();
}
