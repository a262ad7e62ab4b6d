// Bundles the fixture pages' scripts (the real draft-js, lexical and quill from npm) into
// dist-fixtures/, which the e2e harness and the playground serve at the real site URLs.
import { build } from 'esbuild';

await build({
  entryPoints: ['x', 'facebook', 'linkedin'].map((site) => `tests/fixtures/src/${site}.ts`),
  outdir: 'dist-fixtures',
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  define: { 'process.env.NODE_ENV': '"development"', global: 'window' },
  logLevel: 'warning',
});
console.log('fixtures built in dist-fixtures/');
