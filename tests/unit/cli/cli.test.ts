import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runCli, USAGE } from '../../../lib/cli/main.ts';
import { DEFAULT_POLICY_INPUT } from '../../../lib/policy/index.ts';

const BIN = resolve(import.meta.dirname, '../../../bin/ambassador.mjs');
const dir = mkdtempSync(join(tmpdir(), 'ambassador-cli-'));

/** The CLI in this process, with its output captured and `input` as standard input. */
async function run(args: string[], input = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: () => Promise.resolve(input),
  });
  return { code, stdout, stderr };
}
function file(name: string, content: unknown) {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}
const ruleIds = (stdout: string) =>
  (JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);

describe('ambassador CLI', () => {
  it('validate: exit 0 and a one-line summary', async () => {
    const r = await run(['validate', file('good.json', DEFAULT_POLICY_INPUT)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/valid — "Dell Social Media Policy \(SMaC\)" \(Dell\) policy 2025\.1/);
  });

  it('validate: exit 1 and every error with its path', async () => {
    const bad = {
      ...DEFAULT_POLICY_INPUT,
      schemaVersion: 3,
      customRules: [{ id: 'x', pattern: '(a)\\1', guideline: 'be-nice', message: 'm' }],
      oops: 1,
    };
    const r = await run(['validate', file('bad.json', bad)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3 errors');
    expect(r.stderr).toContain('schemaVersion:');
    expect(r.stderr).toContain('customRules[0].pattern:');
    expect(r.stderr).toContain('oops: unknown field');
    const broken = await run(['validate', file('broken.json', '{')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^\S+broken\.json: 1 error\n {2}\(root\): not valid JSON/);
    const missing = await run(['validate', join(dir, 'missing.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*ENOENT/);
  });

  it('check --json prints exactly one JSON object', async () => {
    const r = await run(['check', '--json', 'Call me at (512) 555-0199 about the XPS']);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['findings']);
    expect(ruleIds(r.stdout)).toEqual(['disclosure.missing', 'pii.phone']);
    expect(r.code).toBe(1); // a block finding
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('check reads standard input and prints a readable list', async () => {
    const r = await run(['check'], 'Loving my new XPS 13! I work for Dell.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No findings.\n');
    const r2 = await run(['check', '--training', 'none'], 'New Alienware!');
    expect(r2.code).toBe(0);
    expect(r2.stdout).toMatch(/^2 findings:\n/);
    expect(r2.stdout).toMatch(/WARN {2}disclosure\.missing \(whole draft\)/);
    expect(r2.stdout).toMatch(/training\.required/);
  });

  it('check accepts every flag', async () => {
    const policy = file('p.json', DEFAULT_POLICY_INPUT);
    const r = await run([
      'check',
      '--json',
      '--policy',
      policy,
      '--platform',
      'linkedin',
      '--surface',
      'comment',
      '--reply-to',
      "my laptop won't boot",
      '--handle',
      '@RichardAtDell',
      '--training',
      'in-training',
      '--now',
      '2025-02-01',
      'ok',
    ]);
    expect(ruleIds(r.stdout)).toEqual(expect.arrayContaining(['governance.sunset', 'handoff.complaint']));
    const fix = (
      JSON.parse(r.stdout) as { findings: { ruleId: string; fixes: { edits: { text: string }[] }[] }[] }
    ).findings.find((f) => f.ruleId === 'handoff.complaint')!.fixes[0]!.edits[0]!.text;
    expect(fix).toContain('Dell Cares');
  });

  it('clear errors for bad flags', async () => {
    for (const args of [
      ['check', '--platform', 'myspace', 'x'],
      ['check', '--bogus'],
      ['check', '--now', 'yesterday', 'x'],
      ['frobnicate'],
      ['validate'],
      ['schema', 'extra'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).toContain(USAGE);
      expect(r.stdout).toBe('');
    }
    expect((await run(['check', '--platform', 'myspace', 'x'])).stderr).toContain(
      '--platform must be one of x, facebook, linkedin',
    );
    const bad = await run(['check', '--policy', file('bad2.json', { schemaVersion: 1 }), 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: \S+bad2\.json is not a valid policy:\n( {2}\S+: .+\n)+$/);
    expect(bad.stderr).toContain('\n  policyVersion: ');
    const missing = await run(['check', '--policy', join(dir, 'nope.json'), 'x']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: cannot read \S+nope\.json: ENOENT\n$/);
  });

  it('no command prints the usage to standard error; help prints it to standard output', async () => {
    expect(await run([])).toEqual({ code: 2, stdout: '', stderr: USAGE });
    expect(await run(['help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });

  it('schema prints the JSON Schema', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ type: 'object', title: 'Ambassador policy' });
  });
});

describe('bin/ambassador.mjs', () => {
  it('runs from another directory, reads standard input and sets the exit code', { timeout: 60_000 }, () => {
    const r = spawnSync(process.execPath, [BIN, 'check', '--json'], {
      cwd: dir,
      input: 'Call me at (512) 555-0199 about the XPS\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(ruleIds(r.stdout)).toEqual(['disclosure.missing', 'pii.phone']);
  });
});
