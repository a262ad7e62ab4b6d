import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_INPUT } from '../../../lib/policy/index.ts';
import { run, tempFiles } from './helpers.ts';

const EXAMPLE = resolve(import.meta.dirname, '../../../docs/examples/dell-cases.yaml');
const { dir, file } = tempFiles('cases');

/** The default policy with another competitor list and no shouting rule. */
const changedPolicy = file('changed.json', {
  ...DEFAULT_POLICY_INPUT,
  policyVersion: '2025.2',
  tone: { ...DEFAULT_POLICY_INPUT.tone, competitor: { terms: ['Globex'] } },
});

describe('ambassador test', () => {
  it('passes the example case file for the built-in policy', async () => {
    const r = await run(['test', 'default', EXAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Policy "Dell Social Media Policy \(SMaC\)" 2025\.1 \(default\)\n/);
    expect(r.stdout).toMatch(/\n {2}PASS {2}a customer's phone number blocks the post\n/);
    expect(r.stdout).toMatch(/\n11 cases: 11 passed, 0 failed\n$/);
  });

  it('fails a case with a diff: what was expected and not found, what was found and must not be', async () => {
    const cases = file(
      'failing.yaml',
      `cases:
  - name: passes
    text: "Call me at (512) 555-0199"
    must: [pii.phone]
  - name: wrong severity and a forbidden finding
    text: You are an idiot, read the manual
    must:
      - { rule: tone.insult, severity: block }
      - tone.shouting
    mustNot: [tone]
`,
    );
    const r = await run(['test', 'default', cases]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `  FAIL  wrong severity and a forbidden finding  (${cases}:5)\n` +
        '        draft: You are an idiot, read the manual\n' +
        '        - tone.insult block: expected, not found (found with severity warn)\n' +
        '        - tone.shouting: expected, not found\n' +
        '        + tone.insult warn [11-16] "idiot": must not be found (tone)\n' +
        '        found: tone.insult warn [11-16] "idiot"\n',
    );
    expect(r.stdout).toMatch(/\n2 cases: 1 passed, 1 failed\n$/);
  });

  it('runs several files, JSON too, with draft fields and command-line defaults', async () => {
    const json = file('cases.json', {
      cases: [
        { name: 'untrained by default', text: 'New Alienware!', must: ['training'] },
        { name: 'certified here', text: 'New Alienware!', training: 'certified', mustNot: ['training'] },
        { text: 'Have you tried a factory reset?', replyTo: { text: "won't boot" }, must: ['handoff'] },
      ],
    });
    const r = await run(['test', '--training', 'none', 'default', EXAMPLE, json]);
    expect(r.stdout).toContain(
      `\n${json}\n  PASS  untrained by default\n  PASS  certified here\n  PASS  case 3\n`,
    );
    expect(r.stdout).toMatch(/\n14 cases: 14 passed, 0 failed\n$/);
    expect(r.code).toBe(0);
  });

  it('runs a policy file: a change can make a case fail', async () => {
    const r = await run(['test', changedPolicy, EXAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  slamming a competitor is flagged');
  });

  it('reports a malformed case file with its line, and exits 3', async () => {
    const expectError = async (name: string, content: string, message: string) => {
      const r = await run(['test', 'default', file(name, content)]);
      expect(r, name).toEqual({ code: 3, stdout: '', stderr: `error: ${join(dir, name)}:${message}\n` });
    };
    await expectError(
      'syntax.yaml',
      'cases:\n  - text: "open\n',
      '3: not valid YAML or JSON: Missing closing "quote',
    );
    await expectError('empty.yaml', 'cases: []\n', '1: cases: no cases');
    await expectError(
      'typo.yaml',
      'cases:\n  - text: a\n    must: [pii]\n  - text: b\n    mustnot: [pii]\n',
      '5: cases[1].mustnot: unknown field (and 1 more)',
    );
    await expectError(
      'unknown-rule.yaml',
      'cases:\n  - text: a\n    must:\n      - pi.phone\n',
      '4: cases[0].must[0]: unknown rule or category "pi.phone" (rule ids start with disclosure, pii, tone, confidential, length, governance, training, handoff, custom)',
    );
    await expectError(
      'no-expectation.yaml',
      'cases:\n  - name: x\n    text: a\n',
      `2: cases[0]: a case needs "must" or "mustNot" findings`,
    );
    await expectError(
      'platform.json',
      '{"cases": [{"text": "a", "platform": "myspace", "must": ["pii"]}]}',
      '1: cases[0].platform: Invalid option: expected one of "x"|"facebook"|"linkedin"',
    );
    const missing = await run(['test', 'default', join(dir, 'none.yaml')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe(`error: cannot read ${join(dir, 'none.yaml')}: no such file or folder\n`);
  });

  it('usage and policy errors', async () => {
    expect((await run(['test', 'default'])).stderr).toContain(
      'test takes a POLICY and at least one CASES file',
    );
    const bad = await run(['test', file('bad.json', { schemaVersion: 1 }), EXAMPLE]);
    expect(bad.code).toBe(4);
  });
});

describe('ambassador diff', () => {
  it('shows the findings a policy change adds and removes, draft by draft', async () => {
    const r = await run(['diff', 'default', changedPolicy, '--cases', EXAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^default "Dell Social Media Policy \(SMaC\)" 2025\.1 → \S+changed\.json "Dell Social Media Policy \(SMaC\)" 2025\.2, 11 drafts from \S+dell-cases\.yaml\n/,
    );
    expect(r.stdout).toContain(
      `\n${EXAMPLE}:32 slamming a competitor is flagged: "HP laptops are garbage, buy Dell. #IWorkForDell"\n` +
        '  - tone.competitor warn [0-22] "HP laptops are garbage"\n',
    );
    expect(r.stdout).toMatch(
      /\n1 of 11 drafts change: 0 findings added, 1 removed\n {2}-1 {2}tone\.competitor\n$/,
    );
  });

  it('reads JSON lines from a file or standard input; no change exits 0', async () => {
    const drafts = [
      JSON.stringify({ id: 'globex', text: 'Globex laptops are garbage' }),
      JSON.stringify({ text: 'hello' }),
    ].join('\n');
    const fromFile = await run(['diff', 'default', changedPolicy, '--cases', file('d.jsonl', drafts)]);
    expect(fromFile.stdout).toContain(
      `${join(dir, 'd.jsonl')}:1 globex: "Globex laptops are garbage"\n  + tone.competitor warn [0-26] "Globex laptops are garbage"\n`,
    );
    expect(fromFile.stdout).toMatch(
      /1 of 2 drafts change: 1 finding added, 0 removed\n {2}\+1 {2}tone\.competitor\n$/,
    );
    const same = await run(['diff', 'default', 'default'], drafts);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/ 2 drafts from standard input\nNo difference on 2 drafts\.\n$/);
  });

  it('a malformed draft line stops the comparison with its line number', async () => {
    const r = await run(['diff', 'default', 'default'], '{"text": "a"}\n{"txt": "b"}\n');
    expect(r).toEqual({
      code: 3,
      stdout: '',
      stderr: 'error: stdin:2: text: Invalid input: expected string, received undefined (and 1 more)\n',
    });
    expect((await run(['diff', 'default'])).code).toBe(2);
  });
});
