#!/usr/bin/env node
// The `ambassador` command: runs the plain-JavaScript bundle that `npm run build:cli` writes
// (at `prepare`, so `npm install` and `npm ci` in a clone make it; the published package ships it).
const bundle = new URL('../dist/ambassador.mjs', import.meta.url);
let cli;
try {
  cli = await import(bundle.href);
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('ambassador.mjs')) throw e;
  process.stderr.write(
    'error: the ambassador command is not built (dist/ambassador.mjs is missing): run "npm run build:cli"\n',
  );
  process.exit(70);
}
await cli.main();
