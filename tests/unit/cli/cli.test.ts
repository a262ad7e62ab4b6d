import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_INPUT } from '../../../lib/policy/index.ts';

const BIN = resolve(__dirname, '../../../bin/ambassador.mjs');
const dir = mkdtempSync(join(tmpdir(), 'ambassador-cli-'));

function run(args: string[], input?: string) {
  // Run from another directory to prove the bin finds its sources.
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, content: unknown) {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

describe('ambassador CLI', { timeout: 60_000 }, () => {
  it('validate: exit 0 and a one-line summary', () => {
    const r = run(['validate', file('good.json', DEFAULT_POLICY_INPUT)]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/valid — "Dell Social Media Policy \(SMaC\)" \(Dell\) policy 2025\.1/);
  });
  it('validate: exit 1 and every error with its path', () => {
    const bad = {
      ...DEFAULT_POLICY_INPUT,
      schemaVersion: 3,
      customRules: [{ id: 'x', pattern: '(a)\\1', guideline: 'be-nice', message: 'm' }],
      oops: 1,
    };
    const r = run(['validate', file('bad.json', bad)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 errors');
    expect(r.stderr).toContain('schemaVersion:');
    expect(r.stderr).toContain('customRules[0].pattern:');
    expect(r.stderr).toContain('oops: unknown field');
    expect(run(['validate', file('broken.json', '{')]).code).toBe(1);
    expect(run(['validate', join(dir, 'missing.json')]).stderr).toMatch(/cannot read .*ENOENT/);
  });
  it('check --json prints exactly one JSON object', () => {
    const r = run(['check', '--json', 'Call me at (512) 555-0199 about the XPS']);
    const parsed = JSON.parse(r.stdout);
    expect(Object.keys(parsed)).toEqual(['findings']);
    expect(parsed.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'disclosure.missing',
      'pii.phone',
    ]);
    expect(r.code).toBe(1); // a block finding
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('check reads standard input and prints a readable list', () => {
    const r = run(['check'], 'Loving my new XPS 13! I work for Dell.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No findings.\n');
    const r2 = run(['check', '--training', 'none'], 'New Alienware!');
    expect(r2.stdout).toMatch(/WARN {2}disclosure\.missing \(whole draft\)/);
    expect(r2.stdout).toMatch(/training\.required/);
  });
  it('check accepts every flag', () => {
    const policy = file('p.json', DEFAULT_POLICY_INPUT);
    const r = run([
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
    const ids = JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['governance.sunset', 'handoff.complaint']));
    const fix = JSON.parse(r.stdout).findings.find(
      (f: { ruleId: string }) => f.ruleId === 'handoff.complaint',
    ).fixes[0].edits[0].text;
    expect(fix).toContain('Dell Cares');
  });
  it('clear errors for bad flags', () => {
    for (const args of [
      ['check', '--platform', 'myspace', 'x'],
      ['check', '--bogus'],
      ['check', '--now', 'yesterday', 'x'],
      ['frobnicate'],
      ['validate'],
    ]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stdout).toBe('');
    }
    expect(run(['check', '--platform', 'myspace', 'x']).stderr).toContain(
      '--platform must be one of x, facebook, linkedin',
    );
    const bad = run(['check', '--policy', file('bad2.json', { schemaVersion: 1 }), 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('policyVersion');
  });
  it('schema prints the JSON Schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ type: 'object', title: 'Ambassador policy' });
  });
});
