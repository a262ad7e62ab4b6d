// Bundles the `ambassador` command (lib/cli/main.ts and everything it imports: the engine, the
// policy schema, yaml, fflate) into one plain JavaScript file, so the command starts without a
// TypeScript compiler. Runs at `prepare` (npm install, npm ci, npm pack) and in `npm run build`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const CLI_BUNDLE = fileURLToPath(new URL('../dist/ambassador.mjs', import.meta.url));

/** Write the bundle to `outfile`. */
export async function buildCli(outfile = CLI_BUNDLE) {
  await build({
    entryPoints: [fileURLToPath(new URL('../lib/cli/main.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'eof',
    // CommonJS dependencies (twitter-text) call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`ambassador built in ${CLI_BUNDLE}`);
}
