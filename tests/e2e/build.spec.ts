/**
 * The built extension, as shipped (runs after `npm run build` in the e2e lane; no browser): no
 * code is made at run time (eval, the Function constructor), none is fetched from elsewhere, and
 * the CSP of its pages allows only its own packaged scripts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { PRODUCTION_EXTENSION_DIR as EXTENSION_DIR } from './harness';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const built = files(EXTENSION_DIR);
const read = (file: string) => readFileSync(file, 'utf8');

/** Ways to run a string as code, or to load code from elsewhere, as they look in minified output. */
const FORBIDDEN: [string, RegExp][] = [
  // A call, not a method of that name (re2js's prefilter has one: `eval(e,r){…}`).
  ['eval', /(?<![\w$.])eval\s*\((?![^()]*\)\s*\{)/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function called', /(?<![\w$.])Function\s*\(/],
  ['Function aliased', /[=,(:]\s*Function\s*[;,)}]/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['remote import', /\bimport\s*\(\s*["'`](https?:)?\/\//],
  ['script element', /createElement\s*\(\s*["'`]script["'`]/],
];

test('no eval, no Function constructor and no remote script in the built extension', () => {
  const scripts = built.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(3);
  const found = scripts.flatMap((file) => {
    const code = read(file);
    return FORBIDDEN.flatMap(([what, pattern]) => {
      const m = pattern.exec(code);
      return m
        ? [`${relative(EXTENSION_DIR, file)}: ${what}: …${code.slice(m.index - 40, m.index + 40)}…`]
        : [];
    });
  });
  expect(found).toEqual([]);
});

test('the pages load only their own scripts, none inline, no handler attributes', () => {
  const pages = built.filter((f) => f.endsWith('.html'));
  expect(pages.map((f) => relative(EXTENSION_DIR, f)).sort()).toEqual(['options.html', 'popup.html']);
  for (const page of pages) {
    const html = read(page);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body!.trim(), `${page}: inline script`).toBe('');
      const src = /\bsrc="([^"]*)"/.exec(attributes!)?.[1];
      expect(src, `${page}: script source`).toMatch(/^\/[\w/.-]+\.js$/);
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  }
});

test("the manifest's CSP allows no remote, inline or evaluated script", () => {
  const manifest = JSON.parse(read(join(EXTENSION_DIR, 'manifest.json'))) as {
    manifest_version: number;
    content_security_policy?: { extension_pages?: string } | string;
  };
  const csp = manifest.content_security_policy;
  const policy = typeof csp === 'string' ? csp : csp?.extension_pages;
  expect(policy, 'an explicit CSP').toBeDefined();
  const directives = new Map(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
  // script-src (or default-src in its place) names only the extension itself.
  const scriptSources = directives.get('script-src') ?? directives.get('default-src');
  expect(scriptSources).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'self'"]);
  // Nothing else in the policy loosens it.
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*|data:|blob:/);
});
