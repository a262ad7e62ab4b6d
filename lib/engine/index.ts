export * from './types.ts';
export { evaluate, compareFindings } from './evaluate.ts';
export { applyEdits } from './edits.ts';
export { compile } from './compile.ts';
export { detectPii, clearPiiCaches, type PiiHit } from './rules/pii.ts';
export { clearToneCaches } from './rules/tone.ts';
import { clearPiiCaches } from './rules/pii.ts';
import { clearToneCaches } from './rules/tone.ts';
/** Clear the engine's bounded memo caches (the per-policy compiled cache is a WeakMap and stays). */
export function clearEngineCaches(): void {
  clearPiiCaches();
  clearToneCaches();
}
