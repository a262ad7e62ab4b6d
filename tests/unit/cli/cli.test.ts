import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../../lib/cli/main.ts';
import { DEFAULT_POLICY_INPUT } from '../../../lib/policy/index.ts';
import { ruleIds as ids, run, tempFiles } from './helpers.ts';

const { dir, file } = tempFiles('cli');
const ruleIds = (stdout: string) => ids((JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings);

describe('ambassador CLI', () => {
  it('validate: exit 0 and a one-line summary', async () => {
    const r = await run(['validate', file('good.json', DEFAULT_POLICY_INPUT)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/valid — "Dell Social Media Policy \(SMaC\)" \(Dell\) policy 2025\.1/);
  });

  it('a policy saved with a UTF-8 byte order mark is read like any other', async () => {
    const withBom = file('bom.json', `\uFEFF${JSON.stringify(DEFAULT_POLICY_INPUT)}`);
    const validated = await run(['validate', withBom]);
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
    const checked = await run(['check', '--policy', withBom, '--json', 'Hello there']);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
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
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^error: cannot read \S+missing\.json: no such file or folder\n$/);
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

  it("one-line errors: bad flags exit 2 and point to the command's help", async () => {
    for (const [args, message] of [
      [
        ['check', '--platform', 'myspace', 'x'],
        '--platform must be one of x, facebook, linkedin (got "myspace")',
      ],
      [['check', '--bogus'], 'unknown option --bogus'],
      [['check', '--now', 'yesterday', 'x'], '--now must be a date such as 2025-06-30 (got "yesterday")'],
      [['check', '--policy'], "Option '--policy <value>' argument missing"],
      [['check', 'a', 'b'], 'check takes one TEXT argument (quote it), or reads standard input'],
      [['validate'], 'validate takes exactly one FILE'],
      [['schema', 'extra'], 'schema takes no arguments'],
    ] as const) {
      const r = await run([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`error: ${message} (see "ambassador ${args[0]} --help")\n`);
    }
    expect(await run(['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: unknown command "frobnicate" (see "ambassador help")\n',
    });
  });

  it('an invalid policy exits 4 with its first error on one line; a missing one exits 3', async () => {
    const bad = await run(['check', '--policy', file('bad2.json', { schemaVersion: 1 }), 'x']);
    expect(bad.code).toBe(4);
    expect(bad.stderr).toMatch(
      /^error: \S+bad2\.json is not a valid policy: policyVersion: .+ \(and \d+ more\); "ambassador validate \S+bad2\.json" lists every error\n$/,
    );
    const missing = await run(['check', '--policy', join(dir, 'nope.json'), 'x']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^error: cannot read \S+nope\.json: no such file or folder\n$/);
  });

  it('every command has --help, also as "help COMMAND"', async () => {
    for (const command of ['validate', 'check', 'test', 'diff', 'audit', 'schema']) {
      const r = await run([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: ambassador ${command}`));
      expect(await run(['help', command])).toEqual(r);
    }
    expect((await run(['help', 'nope'])).code).toBe(2);
  });

  it('no command prints the usage to standard error; help prints it to standard output', async () => {
    expect(await run([])).toEqual({ code: 2, stdout: '', stderr: USAGE });
    expect(await run(['help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(USAGE).toMatch(/Exit codes:\n(.|\n)* 3 {2}bad input(.|\n)* 4 {2}a policy/);
  });

  it('schema prints the JSON Schema', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ type: 'object', title: 'Ambassador policy' });
  });
});
