/**
 * The linear-time engine for admin patterns, provided to the engine on import. The engine's full
 * entry (`./index.ts`), the policy layer, the background and the CLI import it; a content script
 * does not (it is a quarter of the bundle) and loads it only when its policy needs it.
 */
import { RE2JS } from 're2js';
import { provideRe2 } from './admin-pattern.ts';

provideRe2(RE2JS);

export { RE2JS };
