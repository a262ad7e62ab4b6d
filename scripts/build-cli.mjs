// Bundles the `ambassador` command (lib/cli/main.ts and everything it imports: the engine, the
// policy schema, yaml, fflate) into plain JavaScript, so the command starts without a TypeScript
// compiler: dist/ambassador.mjs, and in dist/ambassador-chunks/ the parts it loads per command
// (Node then reads and compiles only what a command runs: `check` on one draft needs neither the
// policy schema nor yaml, fflate or RE2). Runs at `prepare` (npm install, npm ci, npm pack) and in
// `npm run build`.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
export const CLI_BUNDLE = join(DIST, 'ambassador.mjs');
const CHUNKS = 'ambassador-chunks';
const DEFAULT_POLICY_MODULE = fileURLToPath(new URL('../lib/policy/default-policy.ts', import.meta.url));

const NODE_ESM = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (twitter-text) call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as bannerCreateRequire } from 'node:module'; const require = bannerCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

/**
 * The built-in policy module with its values computed now (DEFAULT_POLICY as the schema parses
 * it): the command then starts without building the zod schema and parsing the policy through it
 * (most of its start-up), and loads the schema only to read a policy file. Both values are plain
 * data; one that JSON cannot carry fails the build rather than change the policy.
 */
async function parsedDefaultPolicyModule() {
  const dir = mkdtempSync(join(tmpdir(), 'ambassador-build-'));
  try {
    const module = join(dir, 'default-policy.mjs');
    await build({ ...NODE_ESM, entryPoints: [DEFAULT_POLICY_MODULE], outfile: module });
    const values = await import(pathToFileURL(module).href);
    return Object.entries(values)
      .map(([name, value]) => {
        const json = JSON.stringify(value);
        if (!isDeepStrictEqual(JSON.parse(json), value))
          throw new Error(`${name} holds a value that JSON cannot carry`);
        // JSON.parse of a string is quicker to start than the same object as a literal; pure, so
        // a value nothing imports is left out.
        return `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(json)});\n`;
      })
      .join('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Write dist/ambassador.mjs and its chunks (those of an earlier build are removed). */
export async function buildCli() {
  const defaultPolicyModule = await parsedDefaultPolicyModule();
  rmSync(join(DIST, CHUNKS), { recursive: true, force: true });
  await build({
    ...NODE_ESM,
    entryPoints: { ambassador: fileURLToPath(new URL('../lib/cli/main.ts', import.meta.url)) },
    outdir: DIST,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    minify: true,
    legalComments: 'eof',
    plugins: [
      {
        name: 'parsed-default-policy',
        setup(b) {
          b.onLoad({ filter: /[\\/]lib[\\/]policy[\\/]default-policy\.ts$/ }, () => ({
            contents: defaultPolicyModule,
            loader: 'js',
          }));
        },
      },
    ],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`ambassador built in ${CLI_BUNDLE}`);
}
