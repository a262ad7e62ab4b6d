/**
 * The store packages as the stores get them: each `npm run zip` / `npm run zip:firefox` archive is
 * opened and its manifest and files checked (permissions pinned to the minimum, icons, no source
 * maps, no test fixtures, no remote code), and the Firefox one is linted by addons-linter, the
 * linter AMO and `web-ext lint` run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LinterMessage } from 'addons-linter';
import { HOST_MATCHES } from '../../lib/sites/sites';
import { PRIVACY_NOTICE_FILE } from '../../wxt.config';
import { ROOT } from '../e2e/fixture-pages';

const OUTPUT = join(ROOT, '.output');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

function archive(browser: 'chrome' | 'firefox' | 'sources'): {
  path: string;
  files: Record<string, Uint8Array>;
} {
  const path = join(OUTPUT, `${name}-${version}-${browser}.zip`);
  if (!existsSync(path))
    throw new Error(
      `No ${path}: run "npm run zip && npm run zip:firefox" first (have: ${readdirSync(OUTPUT)}).`,
    );
  return { path, files: unzipSync(readFileSync(path)) };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(text(bytes.subarray(1, 4))).toBe('PNG');
  return [view.getUint32(16), view.getUint32(20)];
}

interface Manifest {
  manifest_version: number;
  name: string;
  default_locale?: string;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  icons?: Record<string, string>;
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required: string[] };
    };
  };
}

const ICON_SIZES = ['16', '32', '48', '128'];
/** What a script may not do: load code from anywhere but the package. */
const REMOTE_CODE = [
  /\bimportScripts\s*\(\s*["'`]https?:/,
  /\bimport\s*\(\s*["'`]https?:/,
  /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i,
  /\bfrom\s*["'`]https?:/,
];

describe.each([
  { browser: 'chrome', manifestVersion: 3 },
  { browser: 'firefox', manifestVersion: 2 },
] as const)('the $browser package', ({ browser, manifestVersion }) => {
  const { files } = archive(browser);
  const manifest = JSON.parse(text(files['manifest.json']!)) as Manifest;
  const names = Object.keys(files);

  it('is the add-on of package.json', () => {
    expect(manifest).toMatchObject({ name: '__MSG_extName__', version, manifest_version: manifestVersion });
  });

  it('names itself in each UI language, English by default', () => {
    expect(manifest.default_locale).toBe('en');
    const message = (locale: string, key: string) =>
      (JSON.parse(text(files[`_locales/${locale}/messages.json`]!)) as Record<string, { message: string }>)[
        key
      ]?.message;
    for (const locale of ['en', 'fr', 'de', 'es', 'pt_BR', 'ja']) {
      expect(message(locale, 'extName')).toBe('Ambassador');
      expect(message(locale, 'extDescription')).toMatch(/Facebook/);
    }
  });

  it('asks for storage, scripting and the four sites, nothing more', () => {
    // scripting: the RE2 engine and the page-world helper go into the sites' pages on demand.
    const apis = ['storage', 'scripting'];
    if (browser === 'chrome') {
      expect(manifest.permissions).toEqual(apis);
      expect(manifest.host_permissions).toEqual([...HOST_MATCHES]);
    } else {
      // Manifest V2 lists hosts among the permissions.
      expect(manifest.permissions).toEqual([...apis, ...HOST_MATCHES]);
      expect(manifest.host_permissions).toBeUndefined();
    }
    // The minimum, spelled out: the four sites over HTTPS, subdomains included; no <all_urls>.
    expect([...HOST_MATCHES].sort()).toEqual([
      'https://*.facebook.com/*',
      'https://*.linkedin.com/*',
      'https://*.twitter.com/*',
      'https://*.x.com/*',
    ]);
    expect(manifest.optional_permissions).toBeUndefined();
    // Nothing of the package is open to pages or to other extensions, and its pages run only its
    // own scripts: the stores' strict default, spelled out.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    const strict = "script-src 'self'; object-src 'self'";
    expect(manifest.content_security_policy).toEqual(
      manifest.manifest_version === 3 ? { extension_pages: strict } : strict,
    );
  });

  it('has its icons at 16, 32, 48 and 128 pixels', () => {
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual([...ICON_SIZES].sort());
    for (const size of ICON_SIZES) {
      const file = files[manifest.icons![size]!];
      expect(file, `icon ${size}`).toBeDefined();
      expect(pngSize(file!)).toEqual([Number(size), Number(size)]);
    }
  });

  it('holds no source maps, no test fixtures and no remote code', () => {
    expect(names.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(names.filter((file) => /fixture|^tests?\//.test(file))).toEqual([]);
    for (const file of names.filter((f) => /\.(m?js|html)$/.test(f))) {
      const source = text(files[file]!);
      expect(source, file).not.toMatch(/\/\/# sourceMappingURL=/);
      expect(source, file).not.toContain('__ambassador_fixture__');
      for (const pattern of REMOTE_CODE) expect(source, `${file}: ${pattern}`).not.toMatch(pattern);
    }
  });

  it('ships the page-world helper, the managed-storage schema and the privacy notice', () => {
    expect(names).toContain('page-world.js');
    expect(names).toContain('managed-schema.json');
    expect(text(files[PRIVACY_NOTICE_FILE]!)).toBe(readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8'));
  });
});

describe('the Firefox package', () => {
  const { path, files } = archive('firefox');
  const manifest = JSON.parse(text(files['manifest.json']!)) as Manifest;

  it('has a gecko id, a minimum version and declares that it collects nothing', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.strict_min_version).toBe('140.0');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  /**
   * The warnings left, each explained. UNSAFE_VAR_ASSIGNMENT: Preact's renderer sets innerHTML in
   * its `dangerouslySetInnerHTML` branch, which no component of ours uses (checked below), so it
   * never runs.
   */
  const EXPLAINED_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

  it('passes addons-linter (web-ext lint) with no error and no unexplained warning', async () => {
    const { default: addonsLinter } = await import('addons-linter');
    const linter = addonsLinter.createInstance({
      config: {
        _: [path],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: true,
        selfHosted: false,
      },
      runAsBinary: false,
    });
    const results = await linter.run();
    const show = (m: LinterMessage) => `${m.code} ${m.file ?? ''}: ${m.message}`;
    expect(results.errors.map(show)).toEqual([]);
    expect(results.warnings.filter((w) => !EXPLAINED_WARNINGS.has(w.code)).map(show)).toEqual([]);
  });

  it('uses no dangerouslySetInnerHTML anywhere in its sources', () => {
    const sources = archive('sources').files;
    const ours = Object.keys(sources).filter((f) => /^(components|entrypoints|lib)\/.*\.tsx?$/.test(f));
    expect(ours.length).toBeGreaterThan(50);
    for (const file of ours) expect(text(sources[file]!), file).not.toContain('dangerouslySetInnerHTML');
  });
});

describe('the sources archive for AMO review', () => {
  it('holds the sources and the lock file, and no dependencies or build output', () => {
    const names = Object.keys(archive('sources').files);
    expect(names).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'PRIVACY.md']),
    );
    expect(names.filter((f) => /^(node_modules|\.output|dist|dist-fixtures|\.wxt)\//.test(f))).toEqual([]);
  });
});
