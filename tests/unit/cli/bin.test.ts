/**
 * End to end: the built command (bin/ambassador.mjs running dist/ambassador.mjs) in a process per
 * subcommand, and the packed package installed elsewhere. Everything else runs in-process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_INPUT } from '../../../lib/policy/index.ts';
import { writeZip, X_ARCHIVE } from './exports.ts';
import { tempFiles } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/ambassador.mjs');
const EXAMPLE = join(ROOT, 'docs/examples/dell-cases.yaml');
const { dir, file } = tempFiles('bin');

/** The command as a shell runs it, from another directory. */
function ambassador(args: string[], input = '', bin = BIN) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
}, 60_000);

describe('bin/ambassador.mjs, built', { timeout: 60_000 }, () => {
  it('validate', () => {
    const r = ambassador(['validate', file('policy.json', DEFAULT_POLICY_INPUT)]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/: valid — "Dell Social Media Policy \(SMaC\)"/);
  });

  it('check … | head: a reader that stops early ends the command quietly, with no stack', () => {
    const drafts = file(
      'many.jsonl',
      Array.from({ length: 3_000 }, (_, i) =>
        JSON.stringify({ text: `Call me at 512-555-01${i % 100}` }),
      ).join('\n'),
    );
    // The shell's `| head -1`: the pipe closes after the first line; pipefail reports the command's exit.
    const r = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; "${process.execPath}" "${BIN}" check --jsonl "${drafts}" | head -1 >/dev/null; echo "exit $?"`,
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('exit 0');
  });

  it('check reads standard input and sets the exit code', () => {
    const r = ambassador(['check', '--json'], 'Call me at (512) 555-0199 about the XPS\n');
    expect(r).toMatchObject({ code: 1, stderr: '' });
    expect(
      (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId),
    ).toEqual(['disclosure.missing', 'pii.phone']);
  });

  it('check --jsonl', () => {
    const r = ambassador(['check', '--jsonl'], '{"text": "hello"}\n{oops\n');
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(
      /^\{"line":1,"findings":\[\]\}\n\{"line":2,"error":"not valid JSON: [^"]+"\}\n$/,
    );
    expect(r.stderr).toMatch(/^error: stdin:2: not valid JSON: [^\n]+\n$/);
  });

  it('test', () => {
    const r = ambassador(['test', 'default', EXAMPLE]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/\n11 cases: 11 passed, 0 failed\n$/);
  });

  it('diff', () => {
    const r = ambassador(['diff', 'default', 'default', '--cases', EXAMPLE]);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: expect.stringMatching(/\nNo difference on 11 drafts\.\n$/),
    });
  });

  it('the built-in policy, parsed when the command was built, is the one the schema parses now', () => {
    const policyFile = file('default-as-file.json', DEFAULT_POLICY_INPUT);
    const r = ambassador(['diff', 'default', policyFile, '--cases', EXAMPLE]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/\nNo difference on 11 drafts\.\n$/);
    for (const draft of [
      'Call me at (512) 555-0199 about the XPS',
      'Our Q3 layoffs start Monday',
      'You idiot',
    ]) {
      const builtIn = ambassador(['check', '--json', '--now', '2025-06-30', draft]);
      expect(builtIn.stdout).toMatch(/^\{"findings":\[\{/);
      expect(ambassador(['check', '--json', '--now', '2025-06-30', '--policy', policyFile, draft])).toEqual(
        builtIn,
      );
    }
  });

  it('check with the built-in policy loads neither the policy schema (zod), yaml nor RE2', () => {
    // A copy of the command without the chunks that hold them: check still answers, validate cannot.
    const copy = join(dir, 'without-schema');
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    const chunks = join(copy, 'dist/ambassador-chunks');
    const markers = ['Invalid input', 'LineCounter', 'RE2JS']; // zod's messages, yaml's and re2js's classes
    const removed = readdirSync(chunks).filter((name) => {
      const code = readFileSync(join(chunks, name), 'utf8');
      return markers.some((m) => code.includes(m));
    });
    expect(removed).toHaveLength(3);
    for (const name of removed) rmSync(join(chunks, name));
    const bin = join(copy, 'bin/ambassador.mjs');
    const r = ambassador(['check', '--json', 'Call me at (512) 555-0199 about the XPS'], '', bin);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"pii.phone"');
    expect(ambassador(['validate', file('p.json', DEFAULT_POLICY_INPUT)], '', bin).code).toBe(70);
  });

  it('audit', () => {
    const zip = writeZip(join(dir, 'archive.zip'), X_ARCHIVE);
    const r = ambassador(['audit', '--out', 'report.html', zip]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^X archive \(\S+archive\.zip\): 4 posts/);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<svg class="chart"');
  });

  it('schema and help', () => {
    expect(JSON.parse(ambassador(['schema']).stdout)).toMatchObject({ title: 'Ambassador policy' });
    expect(ambassador(['audit', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: ambassador audit/),
    });
  });

  it('errors are one line, never a stack trace', () => {
    expect(ambassador(['audit', 'missing.zip'])).toEqual({
      code: 3,
      stdout: '',
      stderr: 'error: cannot read missing.zip: no such file or folder\n',
    });
    expect(ambassador(['check', '--jsonl', 'missing.jsonl'])).toEqual({
      code: 3,
      stdout: '',
      stderr: 'error: cannot read missing.jsonl: no such file or folder\n',
    });
    const notAnExport = writeZip(join(dir, 'photos.zip'), { 'IMG_0001.txt': 'not a photo' });
    const invalidPolicy = file('invalid-policy.json', { schemaVersion: 1, name: 3 });
    const oneLineErrors: [string[], number, RegExp][] = [
      [['audit', notAnExport], 3, /^error: \S+photos\.zip is not an X, LinkedIn or Facebook export: /],
      [
        ['audit', file('broken.zip', 'PK\u0003\u0004 not a zip')],
        3,
        /^error: \S+broken\.zip is not a readable zip/,
      ],
      [
        ['check', '--policy', invalidPolicy, 'hi'],
        4,
        /^error: \S+invalid-policy\.json is not a valid policy: /,
      ],
      [['test', 'default', file('cases.txt', 'just words')], 3, /^error: \S+cases\.txt:1: /],
      [['check', '--bogus'], 2, /^error: unknown option --bogus \(see "ambassador check --help"\)$/],
    ];
    for (const [args, code, message] of oneLineErrors) {
      const r = ambassador(args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toMatch(/^[^\n]+\n$/);
      expect(r.stderr.trimEnd(), args.join(' ')).toMatch(message);
    }
  });
});

describe('npx ambassador in the clone', () => {
  it('runs the built command (npm install builds it at prepare)', { timeout: 60_000 }, () => {
    const r = spawnSync('npx', ['--no', 'ambassador', 'check', 'Call me at (512) 555-0199'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('BLOCK pii.phone');
    expect(r.status).toBe(1);
  });
});

describe('the packed package', () => {
  it(
    'ships the command and nothing of the extension, and runs from a fresh install',
    { timeout: 180_000 },
    () => {
      const out = join(dir, 'pack');
      mkdirSync(out);
      // Scripts are skipped: the bundle was built above, as `prepare` builds it before packing.
      const packed = JSON.parse(
        execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], {
          cwd: ROOT,
          encoding: 'utf8',
        }),
      ) as { filename: string; files: { path: string }[] }[];
      const files = packed[0]!.files.map((f) => f.path).sort();
      // The command's parts, loaded per subcommand: every one that the build wrote.
      const chunks = files.filter((f) => f.startsWith('dist/ambassador-chunks/'));
      expect(chunks.map((f) => f.slice('dist/ambassador-chunks/'.length)).sort()).toEqual(
        readdirSync(join(ROOT, 'dist/ambassador-chunks')).sort(),
      );
      expect(files.filter((f) => !chunks.includes(f))).toEqual([
        'README.md',
        'bin/ambassador.mjs',
        'dist/ambassador.mjs',
        'docs/examples/dell-cases.yaml',
        'package.json',
      ]);
      const app = join(dir, 'app');
      mkdirSync(app);
      writeFileSync(join(app, 'package.json'), '{"name": "app", "private": true}');
      execFileSync(
        'npm',
        ['install', '--prefer-offline', '--no-audit', '--no-fund', join(out, packed[0]!.filename)],
        {
          cwd: app,
          stdio: 'pipe',
        },
      );
      const r = spawnSync(
        'npx',
        ['--no', 'ambassador', 'test', 'default', 'node_modules/ambassador/docs/examples/dell-cases.yaml'],
        {
          cwd: app,
          encoding: 'utf8',
        },
      );
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/\n11 cases: 11 passed, 0 failed\n$/);
      expect(r.status).toBe(0);
      expect(existsSync(join(app, 'node_modules/ambassador/lib'))).toBe(false);
    },
  );
});
