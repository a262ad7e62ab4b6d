import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_INPUT } from '../../../lib/policy/index.ts';
import { csvLine, parseCsv } from '../../../lib/cli/audit/csv.ts';
import { fixFacebookText } from '../../../lib/cli/audit/formats.ts';
import { FACEBOOK_DOWNLOAD, LINKEDIN_EXPORT, writeFolder, writeZip, X_ARCHIVE } from './exports.ts';
import { run, tempFiles } from './helpers.ts';

const { dir, file } = tempFiles('audit');
const xZip = writeZip(join(dir, 'twitter-archive.zip'), X_ARCHIVE);
const linkedInFolder = writeFolder(join(dir, 'Basic_LinkedInDataExport'), LINKEDIN_EXPORT);
const facebookZip = writeZip(join(dir, 'facebook-richard.zip'), FACEBOOK_DOWNLOAD);

interface JsonReport {
  postsChecked: number;
  postsWithFindings: number;
  byCategory: Record<string, number>;
  byMonth: Record<string, Record<string, number>>;
  posts: {
    date: string;
    platform: string;
    surface: string;
    url?: string;
    text: string;
    findings: { ruleId: string }[];
  }[];
}
async function jsonReport(args: string[]): Promise<JsonReport> {
  const r = await run(['audit', '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
}
const flagged = (report: JsonReport) =>
  Object.fromEntries(report.posts.map((p) => [p.text, p.findings.map((f) => f.ruleId)]));

describe('audit: X archive', () => {
  it('checks each post as of its date, with links to the posts, and skips reposts', async () => {
    const report = await jsonReport([xZip]);
    expect(report.postsChecked).toBe(4);
    // @RichardAtDell's sunset is 2024-06-30: the August post is past it, the earlier ones are not.
    expect(flagged(report)).toEqual({
      '@someone Call me at (512) 555-0199 about your order': ['pii.phone'],
      'Our Q3 earnings will beat the street': [
        'governance.sunset',
        'confidential.earnings',
        'confidential.earnings',
      ],
    });
    expect(report.posts.map((p) => [p.date, p.surface, p.url])).toEqual([
      ['2023-03-02T16:30:00.000Z', 'reply', 'https://x.com/RichardAtDell/status/1002'],
      ['2024-08-01T12:00:00.000Z', 'post', 'https://x.com/RichardAtDell/status/1004'],
    ]);
    expect(Object.keys(report.byMonth)).toHaveLength(20); // 2023-01 … 2024-08, quiet months included
    expect(report.byMonth['2024-08']).toEqual({ governance: 1, confidential: 2 });
  });

  it('prints a summary', async () => {
    const r = await run(['audit', xZip]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `X archive (${xZip}): 4 posts from 2023-01-15 to 2024-08-01, checked against Dell Social Media Policy (SMaC) 2025.1\n` +
        '2 posts with findings: 4 findings (4 block, 0 warn, 0 info)\n' +
        'by category: pii 1, confidential 2, governance 1\n' +
        'most frequent: Confidential topics: earnings (2), Branded accounts: sunset (1), Personal data: phone (1)\n',
    );
  });

  it('reads the unzipped folder and a lone tweets.js the same way; tweets keep their & and <', async () => {
    const folder = writeFolder(join(dir, 'twitter-folder'), X_ARCHIVE);
    expect(flagged(await jsonReport([folder]))).toEqual(flagged(await jsonReport([xZip])));
    const lone = file('tweets.js', X_ARCHIVE['data/tweets.js']!);
    const loneReport = await jsonReport(['--handle', '@AmyHAtDell', lone]);
    expect(loneReport.posts.map((p) => p.url)).toEqual([
      'https://x.com/i/web/status/1002',
      'https://x.com/i/web/status/1004',
    ]);
    const jerryRule = { id: 'jerry', terms: ['Jerry'], severity: 'info', guideline: 'be-nice', message: 'm' };
    const policy = file('jerry.json', { ...DEFAULT_POLICY_INPUT, customRules: [jerryRule] });
    const all = await jsonReport(['--policy', policy, folder]);
    expect(all.posts.map((p) => p.text)).toContain('Tom & Jerry <3 — weekend plans');
  });

  it('--trained-on: posts before the training are untrained, after its validity expired', async () => {
    /** The training finding's message on the Jan 2023 product post, for a training date. */
    const trainingMessage = async (trainedOn: string) => {
      const report = await jsonReport(['--trained-on', trainedOn, '--handle', '@AmyHAtDell', xZip]);
      const post = report.posts.find((p) => p.text.includes('XPS 13'));
      return (post?.findings as { ruleId: string; message: string }[] | undefined)?.find((f) =>
        f.ruleId.startsWith('training'),
      )?.message;
    };
    expect(await trainingMessage('2023-01-01')).toBeUndefined(); // trained two weeks before
    expect(await trainingMessage('2023-02-01')).toMatch(/training/); // the post predates it
    expect(await trainingMessage('2023-02-01')).not.toMatch(/expired/);
    expect(await trainingMessage('2021-06-01')).toMatch(/has expired/); // over 365 days before
  });
});

describe('audit: LinkedIn export', () => {
  it('reads Shares.csv and Comments.csv, quoted line breaks and all, into a CSV report', async () => {
    const out = join(dir, 'linkedin-report.csv');
    const r = await run(['audit', '--out', out, linkedInFolder]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^LinkedIn export \(\S+\): 3 posts from 2023-05-17 to 2024-03-04, /);
    expect(r.stdout).toMatch(/\nReport: \S+linkedin-report\.csv\n$/);
    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    expect(header).toEqual([
      'date',
      'platform',
      'surface',
      'url',
      'rule_id',
      'rule',
      'category',
      'severity',
      'flagged',
      'message',
      'post',
    ]);
    expect(rows.map((row) => [row[0], row[2], row[3], row[4], row[8]])).toEqual([
      [
        '2024-02-01T08:00:00.000Z',
        'post',
        'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7002',
        'pii.email',
        'jane.doe@example.com',
      ],
      [
        '2024-03-04T10:11:12.000Z',
        'comment',
        'https://www.linkedin.com/feed/update/urn:li:activity:7100',
        'tone.insult',
        'idiot',
      ],
    ]);
  });

  it('keeps a multi-line share whole', async () => {
    const policy = file('latitude.json', {
      ...DEFAULT_POLICY_INPUT,
      customRules: [
        { id: 'latitude', terms: ['Latitude'], severity: 'info', guideline: 'be-nice', message: 'm' },
      ],
    });
    const report = await jsonReport(['--policy', policy, linkedInFolder]);
    expect(report.posts[0]!.text).toBe('Proud of the team!\nNew Latitude "7450" is out, I work for Dell.');
  });
});

describe('CSV', () => {
  it('reads quoted commas, quotes and line breaks, CRLF and a byte-order mark; writes them back', () => {
    const rows = [
      ['a,b', 'say "hi"', 'two\nlines', ''],
      ['plain', '', 'x', 'y'],
    ];
    const text = '\ufeff' + rows.map(csvLine).join('');
    expect(text).toContain('\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });

  it('keeps spreadsheets from running a text as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '@mention', 'fine'])).toBe(`"'=HYPERLINK(""x"")",'@mention,fine\r\n`);
  });
});

describe('audit: Facebook download', () => {
  it('repairs the mis-encoded UTF-8 and reads posts and comments', async () => {
    const policy = file('cafe.json', {
      ...DEFAULT_POLICY_INPUT,
      customRules: [{ id: 'cafe', terms: ['Café'], severity: 'info', guideline: 'be-nice', message: 'm' }],
    });
    const report = await jsonReport(['--policy', policy, facebookZip]);
    expect(report.postsChecked).toBe(3); // the photo without words is not a post to check
    expect(flagged(report)).toEqual({
      'Café ☕ with the team — I work for Dell': ['custom.cafe'],
      'Write to jane.doe@example.com': ['pii.email'],
      'Shut up, you idiot': ['tone.insult', 'tone.insult'],
    });
    expect(report.posts.map((p) => [p.date, p.surface])).toEqual([
      ['2023-01-01T00:00:00.000Z', 'post'],
      ['2024-02-01T00:00:00.000Z', 'post'],
      ['2024-03-04T10:11:12.000Z', 'comment'],
    ]);
  });

  it('fixFacebookText undoes only what decodes as UTF-8', () => {
    expect(fixFacebookText('Caf\u00c3\u00a9 \u00e2\u0098\u0095')).toBe('Café ☕');
    expect(fixFacebookText('Café ☕')).toBe('Café ☕'); // already right: a code point above 0xff
    expect(fixFacebookText('Caf\u00e9')).toBe('Caf\u00e9'); // a lone é is not UTF-8: kept
    expect(fixFacebookText('plain')).toBe('plain');
  });
});

describe('audit: HTML report', () => {
  it('is one self-contained page: counts, a per-month chart, findings per post with links', async () => {
    const out = join(dir, 'report.html');
    const r = await run(['audit', '--out', out, xZip]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain('<title>2024-08 confidential: 2</title>');
    expect(html).toContain('<tr><td>confidential</td><td>2</td></tr>');
    expect(html).toContain('<a href="https://x.com/RichardAtDell/status/1002">view the post</a>');
    expect(html).toContain('@someone Call me at <mark>(512) 555-0199</mark> about your order');
    // Nothing fetched, nothing run: no scripts, no external resources.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
  });

  it('escapes the post text', async () => {
    const zip = writeZip(join(dir, 'html-escape.zip'), {
      'data/tweets.js': `window.YTD.tweets.part0 = ${JSON.stringify([
        {
          tweet: {
            id_str: '1',
            created_at: 'Sun Jan 15 10:00:00 +0000 2023',
            full_text: '&lt;script&gt;alert(1)&lt;/script&gt; call (512) 555-0199',
          },
        },
      ])}`,
    });
    const r = await run(['audit', '--format', 'html', zip]);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; call <mark>(512) 555-0199</mark>');
    expect(r.stdout).not.toContain('<script>');
  });
});

describe('audit: errors', () => {
  const expectError = async (args: string[], code: number, message: string) => {
    const r = await run(['audit', ...args]);
    expect(r, args.join(' ')).toEqual({ code, stdout: '', stderr: `error: ${message}\n` });
  };

  it('a missing path, a zip that is not an export, a broken zip, an unknown file', async () => {
    await expectError(
      [join(dir, 'none.zip')],
      3,
      `cannot read ${join(dir, 'none.zip')}: no such file or folder`,
    );
    const other = writeZip(join(dir, 'photos.zip'), { 'IMG_0001.jpg': 'jpeg' });
    await expectError(
      [other],
      3,
      `${other} is not an X, LinkedIn or Facebook export: it has no data/tweets.js, Shares.csv, Comments.csv, your_posts*.json or comments.json`,
    );
    const broken = file('broken.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const r = await run(['audit', broken]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^error: ${broken} is not a readable zip file: .+\n$`));
    const notes = file('notes.txt', 'hello');
    await expectError(
      [notes],
      3,
      `${notes} is not an X, LinkedIn or Facebook export: it has no data/tweets.js, Shares.csv, Comments.csv, your_posts*.json or comments.json`,
    );
  });

  it('malformed export files name the file and the problem', async () => {
    const badTweets = writeZip(join(dir, 'bad-tweets.zip'), {
      'data/tweets.js': 'window.YTD.tweets.part0 = [ {',
    });
    const r = await run(['audit', badTweets]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: data\/tweets\.js is not a valid X archive file: .+\n$/);
    const noColumn = writeFolder(join(dir, 'bad-linkedin'), {
      'Shares.csv': 'Date,Text\n2024-01-01 00:00:00,hi\n',
    });
    await expectError(
      [noColumn],
      3,
      `${join(noColumn, 'Shares.csv').slice(noColumn.length + 1)} is not a valid LinkedIn export file: no ShareCommentary, ShareLink column`,
    );
    const badDate = writeFolder(join(dir, 'bad-date'), {
      'Comments.csv': 'Date,Link,Message\nyesterday,,hi\n',
    });
    await expectError(
      [badDate],
      3,
      'Comments.csv is not a valid LinkedIn export file: "yesterday" is not a date',
    );
    const html = writeZip(join(dir, 'facebook-html.zip'), {
      'your_facebook_activity/posts/your_posts_1.html': '<html>',
    });
    await expectError(
      [html],
      3,
      'this Facebook download is in HTML format: download your information again choosing the JSON format',
    );
  });

  it('usage errors exit 2', async () => {
    await expectError(
      [],
      2,
      'audit takes one EXPORT (a zip, a folder or a file) (see "ambassador audit --help")',
    );
    await expectError(
      ['--out', 'report.pdf', xZip],
      2,
      'cannot tell the report\'s format from "report.pdf": name it .html, .csv or .json, or give --format (see "ambassador audit --help")',
    );
    await expectError(
      ['--format', 'pdf', xZip],
      2,
      '--format must be one of html, csv, json (got "pdf") (see "ambassador audit --help")',
    );
    await expectError(
      ['--training', 'none', '--trained-on', '2024-01-01', xZip],
      2,
      'give --training or --trained-on, not both (see "ambassador audit --help")',
    );
  });

  it('a report that cannot be written exits 3', async () => {
    const out = join(dir, 'no-such-folder', 'report.html');
    await expectError(['--out', out, xZip], 3, `cannot write ${out}: no such file or folder`);
  });
});
