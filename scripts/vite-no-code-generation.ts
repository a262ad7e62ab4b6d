/**
 * A Vite plugin that takes runtime code generation out of the extension's bundles. zod compiles a
 * fast path for object schemas with `new Function` when a probe says the page allows it; the
 * extension's CSP forbids it anyway, so the probe only ever fails (and reports a CSP violation).
 * Here the probe's and the compiler's `Function` become a function that throws: no constructor
 * of code is left in the built output (tests/e2e/build.spec.ts checks). The build fails when zod no
 * longer has the code this replaces, so the replacement cannot silently stop applying.
 */
import type { Plugin } from 'vite';

const ALIAS = 'const F = Function;';
const REFUSED = 'const F = function () { throw new EvalError("Ambassador generates no code at run time"); };';
/** zod's modules that construct code: the eval probe (util), the fast-path compiler (doc) and z.compile (compile). */
const MODULES = /[\\/]zod[\\/]v4[\\/]core[\\/](util|doc|compile)\.js$/;

export function noCodeGeneration(): Plugin {
  return {
    name: 'ambassador:no-code-generation',
    enforce: 'pre',
    transform(code, id) {
      if (!MODULES.test(id)) return null;
      if (!code.includes(ALIAS))
        throw new Error(`${id}: zod changed; update scripts/vite-no-code-generation.ts`);
      return { code: code.replaceAll(ALIAS, REFUSED), map: null };
    },
  };
}
