/** `ambassador audit EXPORT`: check every past post of a site's export against the policy. */
import { writeFileSync } from 'node:fs';
import { evaluate } from '../../engine/evaluate.ts';
import type { TrainingState } from '../../engine/types.ts';
import type { Policy } from '../../policy/index.ts';
import { TRAINING_STATES } from '../drafts.ts';
import {
  CliError,
  dateFlag,
  EXIT,
  fileProblem,
  localeFlag,
  oneOf,
  parseOptions,
  UsageError,
  type Command,
  type Io,
} from '../io.ts';
import { loadPolicy } from '../policy-file.ts';
import { readExport } from './export-files.ts';
import { EXPORT_FORMATS, type ExportedPost } from './formats.ts';
import { auditHtml } from './html.ts';
import { auditCounts, auditCsv, auditJson, auditSummary, type Audit } from './report.ts';

const AUDIT_USAGE = `Usage: ambassador audit [options] EXPORT

Check every post and comment in the archive a site gives its users, each as of its own date
(training and sunset rules as they were that day), and report the findings. EXPORT is the zip as
downloaded, its unzipped folder, or one of its files:
  X         "Download an archive of your data": data/tweets.js (and data/account.js for links)
  LinkedIn  "Get a copy of your data": Shares.csv, Comments.csv
  Facebook  "Download your information" in JSON format: your_posts*.json, comments.json
Everything is read and written on this machine.

      --policy FILE                          policy file (default: the built-in Dell policy)
      --out FILE                             write the report to FILE (.html, .csv or .json);
                                             the summary is printed too
      --format html|csv|json                 the report's format (default: FILE's extension);
                                             without --out, the report goes to standard output
      --handle HANDLE                        the account's handle, for branded-account rules
                                             (default: the X archive's username)
      --locale TAG                           the author's locale (en-GB, pt-BR): its region is tried
                                             first for phone numbers written the national way
      --training certified|in-training|none|expired   the author's training (default: certified)
      --trained-on DATE                      instead: trained on DATE, so earlier posts count as
                                             untrained and posts after the policy's validity as
                                             expired

Exit: 0 the report is written; 3 EXPORT is missing, unreadable, not an export or malformed,
or the report cannot be written;
2 usage; 4 invalid policy.
`;

const FORMATS = ['html', 'csv', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];

const DAY_MS = 86_400_000;

/** The author's training state on the day of a post. */
function trainingOn(
  date: string,
  policy: Policy,
  trainedOn: string | undefined,
  fixed: TrainingState,
): TrainingState {
  if (trainedOn === undefined) return fixed;
  const days = (Date.parse(date) - Date.parse(trainedOn)) / DAY_MS;
  if (days < 0) return 'none';
  return days > policy.training.validityDays ? 'expired' : 'certified';
}

/** The posts of every format found in EXPORT; a one-line error when there are none. */
function readPosts(path: string): { source: string; posts: ExportedPost[] } {
  const files = readExport(path, (p) => EXPORT_FORMATS.some((f) => f.wants(p)));
  const found = EXPORT_FORMATS.map((format) => ({
    format,
    files: new Map([...files].filter(([p]) => format.wants(p))),
  })).filter(({ format, files }) => format.found(files));
  if (found.length === 0)
    throw new CliError(
      EXIT.badInput,
      `${path} is not an X, LinkedIn or Facebook export: it has no data/tweets.js, Shares.csv, ` +
        'Comments.csv, your_posts*.json or comments.json',
    );
  return {
    source: `${found.map(({ format }) => format.name).join(' + ')} (${path})`,
    posts: found
      .flatMap(({ format, files }) => format.read(files))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** X archives name the account; the branded-account rules need it. */
function archiveHandle(posts: readonly ExportedPost[]): string | undefined {
  const url = posts.find((p) => p.platform === 'x' && p.url && !p.url.includes('/i/web/'))?.url;
  return url ? '@' + url.split('/')[3] : undefined;
}

function reportFormat(format: string | undefined, out: string | undefined): ReportFormat | undefined {
  if (format !== undefined) return oneOf('audit', 'format', format, FORMATS, 'html');
  if (out === undefined) return undefined;
  const ext = /\.(html?|csv|json)$/i.exec(out)?.[1]?.toLowerCase();
  if (!ext)
    throw new UsageError(
      `cannot tell the report's format from "${out}": name it .html, .csv or .json, or give --format`,
      'audit',
    );
  return ext.startsWith('htm') ? 'html' : (ext as ReportFormat);
}

async function auditCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions(
    'audit',
    AUDIT_USAGE,
    args,
    {
      policy: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      handle: { type: 'string' },
      locale: { type: 'string' },
      training: { type: 'string' },
      'trained-on': { type: 'string' },
    },
    io,
  );
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    throw new UsageError('audit takes one EXPORT (a zip, a folder or a file)', 'audit');
  const format = reportFormat(values.format, values.out);
  const training = oneOf('audit', 'training', values.training, TRAINING_STATES, 'certified');
  const trainedOn = dateFlag('audit', 'trained-on', values['trained-on']);
  if (trainedOn !== undefined && values.training !== undefined)
    throw new UsageError('give --training or --trained-on, not both', 'audit');
  const locale = values.locale === undefined ? undefined : localeFlag('audit', 'locale', values.locale);
  const policy = await loadPolicy(values.policy);

  const { source, posts } = readPosts(positionals[0]!);
  const handle = values.handle ?? archiveHandle(posts);
  const audit: Audit = {
    source,
    policy,
    posts: posts.map((post) => ({
      ...post,
      findings: evaluate(
        {
          text: post.text,
          platform: post.platform,
          surface: post.surface,
          training: { state: trainingOn(post.date, policy, trainedOn, training) },
          now: post.date,
          ...(handle !== undefined ? { account: { handle } } : {}),
          ...(locale !== undefined ? { locale } : {}),
        },
        policy,
      ),
    })),
  };
  const counts = auditCounts(audit);
  const report =
    format === 'html'
      ? auditHtml(audit, counts, new Date().toISOString().slice(0, 10))
      : format === 'csv'
        ? auditCsv(audit)
        : format === 'json'
          ? auditJson(audit, counts)
          : undefined;
  if (report !== undefined && values.out === undefined) {
    io.stdout(report);
    return EXIT.ok;
  }
  if (report !== undefined) {
    try {
      writeFileSync(values.out!, report);
    } catch (e) {
      throw new CliError(EXIT.badInput, `cannot write ${values.out}: ${fileProblem(e)}`);
    }
  }
  io.stdout(auditSummary(audit, counts) + (values.out ? `Report: ${values.out}\n` : ''));
  return EXIT.ok;
}

export const audit: Command = { usage: AUDIT_USAGE, run: auditCommand };
