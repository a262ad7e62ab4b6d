/**
 * The writer's locale reaches the engine from every way the command reads drafts: the --locale
 * flag (check, test, diff, audit), a JSON line's "locale" and a test case's. A policy without
 * regions shows it: a UK mobile written the national way is a phone number only for a writer in
 * the UK.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_INPUT } from '../../../lib/policy/index.ts';
import { writeZip } from './exports.ts';
import { run, ruleIds, tempFiles } from './helpers.ts';

const { dir, file } = tempFiles('locale');
const noRegions = file('no-regions.json', {
  ...DEFAULT_POLICY_INPUT,
  pii: { ...DEFAULT_POLICY_INPUT.pii, regions: [] },
});
const UK_MOBILE = 'Please call me on 07911 123456 tonight';

const phoneFound = async (args: string[], input = '') => {
  const r = await run(['check', '--policy', noRegions, '--json', ...args], input);
  expect(r.stderr).toBe('');
  return ruleIds((JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings).includes('pii.phone');
};

describe("the writer's locale", () => {
  it('check --locale: the region of the locale is tried for national numbers', async () => {
    expect(await phoneFound([UK_MOBILE])).toBe(false);
    expect(await phoneFound(['--locale', 'en-GB', UK_MOBILE])).toBe(true);
    expect(await phoneFound(['--locale', 'en-US', UK_MOBILE])).toBe(false);
  });

  it('a JSON line\'s "locale" overrides --locale', async () => {
    const input = [
      JSON.stringify({ id: 'uk', text: UK_MOBILE, locale: 'en-GB' }),
      JSON.stringify({ id: 'default', text: UK_MOBILE }),
      JSON.stringify({ id: 'us', text: UK_MOBILE, locale: 'en-US' }),
    ].join('\n');
    const r = await run(['check', '--policy', noRegions, '--jsonl', '--locale', 'en-GB'], input);
    expect(r.stderr).toBe('');
    const phones = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; findings: { ruleId: string }[] })
      .map((o) => [o.id, ruleIds(o.findings).includes('pii.phone')]);
    expect(phones).toEqual([
      ['uk', true],
      ['default', true],
      ['us', false],
    ]);
  });

  it('a malformed locale: a usage error for the flag, a line error for a JSON line', async () => {
    expect(await run(['check', '--locale', 'en_GB!', 'hi'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: --locale must be a locale such as en-GB or pt-BR (got "en_GB!") (see "ambassador check --help")\n',
    });
    const r = await run(['check', '--jsonl'], '{"text": "hi", "locale": "not a locale"}\n');
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('error: stdin:1: locale: not a locale such as en-GB or pt-BR\n');
  });

  it('test cases carry a locale, and test takes --locale', async () => {
    const cases = file(
      'cases.yaml',
      [
        'cases:',
        '  - name: a UK writer',
        `    text: "${UK_MOBILE}"`,
        '    locale: en-GB',
        '    must: [pii.phone]',
        '  - name: a US writer',
        `    text: "${UK_MOBILE}"`,
        '    locale: en-US',
        '    mustNot: [pii.phone]',
        "  - name: the command line's locale",
        `    text: "${UK_MOBILE}"`,
        '    must: [pii.phone]',
        '',
      ].join('\n'),
    );
    const r = await run(['test', '--locale', 'en-GB', noRegions, cases]);
    expect(r.stdout).toMatch(/\n3 cases: 3 passed, 0 failed\n$/);
    expect(r.code).toBe(0);
  });

  it('diff takes --locale for its drafts', async () => {
    const drafts = file('drafts.jsonl', JSON.stringify({ text: UK_MOBILE }) + '\n');
    // The built-in policy lists GB among its regions; the one without regions finds the number
    // only through the writer's locale.
    const without = await run(['diff', 'default', noRegions, '--cases', drafts]);
    expect(without.stdout).toContain('- pii.phone');
    const withLocale = await run(['diff', '--locale', 'en-GB', 'default', noRegions, '--cases', drafts]);
    expect(withLocale.stdout).not.toContain('pii.phone');
  });

  it('audit --locale', async () => {
    const zip = writeZip(join(dir, 'linkedin.zip'), {
      'Shares.csv': `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2025-03-04 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,${UK_MOBILE},,,MEMBER_NETWORK\n`,
    });
    const phones = async (args: string[]) => {
      const r = await run(['audit', '--format', 'json', '--policy', noRegions, ...args, zip]);
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as { postsChecked: number; byRule: Record<string, number> };
      expect(report.postsChecked).toBe(1);
      return report.byRule['pii.phone'] ?? 0;
    };
    expect(await phones([])).toBe(0);
    expect(await phones(['--locale', 'en-GB'])).toBe(1);
  });
});
