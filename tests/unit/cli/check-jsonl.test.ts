import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, ruleIds, tempFiles } from './helpers.ts';

interface ResultLine {
  line: number;
  id?: string | number;
  findings?: { ruleId: string; severity: string }[];
  error?: string;
}
const results = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ResultLine);

const PHONE = 'Call me at (512) 555-0199 about the XPS';
const { dir, file } = tempFiles('jsonl');

describe('check --jsonl', () => {
  it('writes one result per draft with its line number and id', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: PHONE }),
      '',
      JSON.stringify({ id: 2, text: 'Loving my new XPS 13! I work for Dell.' }),
      JSON.stringify({
        text: 'Have you tried a factory reset?',
        platform: 'linkedin',
        replyTo: "My laptop won't boot",
      }),
    ].join('\n');
    const r = await run(['check', '--jsonl'], input);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // the phone number blocks
    const out = results(r.stdout);
    expect(out.map((o) => [o.line, o.id])).toEqual([
      [1, 'a'],
      [3, 2],
      [4, undefined],
    ]);
    expect(ruleIds(out[0]!.findings!)).toEqual(['disclosure.missing', 'pii.phone']);
    expect(out[1]!.findings).toEqual([]);
    expect(ruleIds(out[2]!.findings!)).toContain('handoff.complaint');
  });

  it('reports a malformed line on standard error and as an error result, and checks the rest', async () => {
    const input = [
      '{"text": "fine"}',
      '{"text": ',
      '{"text": "typo", "platfrom": "x"}',
      '{"text": "bad platform", "platform": "myspace"}',
      '["not", "an", "object"]',
      JSON.stringify({ text: PHONE }),
    ].join('\r\n');
    const r = await run(['check', '--jsonl', '-'], input);
    expect(r.code).toBe(3);
    const out = results(r.stdout);
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(out[1]!.error).toMatch(/^not valid JSON: /);
    expect(out[2]!.error).toBe('platfrom: unknown field');
    expect(out[3]!.error).toMatch(/^platform: /);
    expect(out[4]!.error).toMatch(/expected object/);
    expect(ruleIds(out[5]!.findings!)).toContain('pii.phone');
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^error: stdin:2: not valid JSON: /);
    expect(errors[1]).toBe('error: stdin:3: platfrom: unknown field');
  });

  it('takes the flags as defaults that a line can override', async () => {
    const input = [
      JSON.stringify({ text: 'New Alienware!' }),
      JSON.stringify({ text: 'New Alienware!', training: 'certified' }),
      JSON.stringify({ text: 'hello', handle: '@AmyHAtDell' }),
    ].join('\n');
    const r = await run(
      ['check', '--jsonl', '--training', 'none', '--handle', '@RichardAtDell', '--now', '2025-02-01'],
      input,
    );
    const [untrained, trained, amy] = results(r.stdout);
    expect(ruleIds(untrained!.findings!)).toContain('training.required');
    expect(ruleIds(trained!.findings!)).not.toContain('training.required');
    expect(ruleIds(untrained!.findings!)).toContain('governance.sunset');
    expect(ruleIds(amy!.findings!)).not.toContain('governance.sunset');
  });

  it('streams: answers the first lines before the input has ended', async () => {
    let stdoutBeforeSecondChunk = '';
    let stdout = '';
    const { run: runCli } = await import('../../../lib/cli/main.ts');
    async function* chunks() {
      yield JSON.stringify({ text: PHONE }) + '\n{"text": "sec';
      stdoutBeforeSecondChunk = stdout;
      yield 'ond"}\n';
    }
    const code = await runCli(['check', '--jsonl'], {
      stdout: (s) => (stdout += s),
      stderr: () => {},
      stdin: chunks,
    });
    expect(code).toBe(1);
    expect(results(stdoutBeforeSecondChunk).map((o) => o.line)).toEqual([1]);
    expect(results(stdout).map((o) => o.line)).toEqual([1, 2]);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ text: 'café ☕ I work for Dell' }) + '\n');
    const cut = bytes.indexOf(0xa9); // the second byte of "é"
    const r = await run(['check', '--jsonl'], [bytes.slice(0, cut), bytes.slice(cut)]);
    expect(r.stderr).toBe('');
    expect(results(r.stdout)).toEqual([{ line: 1, findings: [] }]);
  });

  it('reads a file, and a thousand drafts in order', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify({ id: i, text: i % 2 ? PHONE : 'hello' }),
    );
    const r = await run(['check', '--jsonl', file('drafts.jsonl', lines.join('\n') + '\n')]);
    const out = results(r.stdout);
    expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => i));
    expect(out.filter((o) => o.findings!.some((f) => f.ruleId === 'pii.phone'))).toHaveLength(500);
    const missing = await run(['check', '--jsonl', join(dir, 'nope.jsonl')]);
    expect(missing).toEqual({
      code: 3,
      stdout: '',
      stderr: `error: cannot read ${join(dir, 'nope.jsonl')}: no such file or folder\n`,
    });
  });

  it('does not mix with --json or take two files', async () => {
    expect((await run(['check', '--jsonl', '--json'])).stderr).toContain(
      '--json and --jsonl do not go together',
    );
    expect((await run(['check', '--jsonl', 'a', 'b'])).code).toBe(2);
  });
});
