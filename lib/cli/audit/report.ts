/** The audit's results: every post checked, and the counts the summary, CSV and HTML show. */
import { CATEGORIES, type Category, type Finding, type Severity } from '../../engine/types.ts';
import { ruleLabel } from '../../engine/rule-labels.ts';
import type { Policy } from '../../policy/index.ts';
import { plural } from '../io.ts';
import { csvLine } from './csv.ts';
import type { ExportedPost } from './formats.ts';

export interface AuditedPost extends ExportedPost {
  findings: Finding[];
}

export interface Audit {
  /** What was read: "X archive (twitter-2024.zip)". */
  source: string;
  policy: Policy;
  posts: AuditedPost[];
}

const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];

/** Counts per category, per severity, per rule and per month (YYYY-MM) and category. */
export function auditCounts(audit: Audit) {
  const byCategory = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  const bySeverity = new Map<Severity, number>(SEVERITIES.map((s) => [s, 0]));
  const byRule = new Map<string, number>();
  const byMonth = new Map<string, Map<Category, number>>();
  let flaggedPosts = 0;
  for (const post of audit.posts) {
    if (post.findings.length) flaggedPosts++;
    const month = post.date.slice(0, 7);
    if (!byMonth.has(month)) byMonth.set(month, new Map());
    for (const f of post.findings) {
      byCategory.set(f.category, byCategory.get(f.category)! + 1);
      bySeverity.set(f.severity, bySeverity.get(f.severity)! + 1);
      byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      const m = byMonth.get(month)!;
      m.set(f.category, (m.get(f.category) ?? 0) + 1);
    }
  }
  const months = [...byMonth.keys()].sort();
  return {
    flaggedPosts,
    findings: audit.posts.reduce((n, p) => n + p.findings.length, 0),
    byCategory,
    bySeverity,
    byRule: [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    /** Every month from the first post to the last, including quiet ones. */
    months: months.length ? monthRange(months[0]!, months[months.length - 1]!) : [],
    byMonth,
  };
}
export type AuditCounts = ReturnType<typeof auditCounts>;

function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) return out;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

/** The terminal summary. */
export function auditSummary(audit: Audit, counts: AuditCounts): string {
  const { posts } = audit;
  const dates = posts.map((p) => p.date.slice(0, 10)).sort();
  const lines = [
    `${audit.source}: ${plural(posts.length, 'post')}` +
      (dates.length ? ` from ${dates[0]} to ${dates[dates.length - 1]}` : '') +
      `, checked against ${audit.policy.name} ${audit.policy.policyVersion}`,
    `${plural(counts.flaggedPosts, 'post')} with findings: ${plural(counts.findings, 'finding')} (` +
      SEVERITIES.map((s) => `${counts.bySeverity.get(s)} ${s}`).join(', ') +
      ')',
  ];
  const categories = [...counts.byCategory].filter(([, n]) => n > 0);
  if (categories.length) lines.push(`by category: ${categories.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  const top = counts.byRule.slice(0, 5);
  if (top.length) lines.push(`most frequent: ${top.map(([r, n]) => `${ruleLabel(r)} (${n})`).join(', ')}`);
  return lines.join('\n') + '\n';
}

/** One CSV row per finding, with the post it is in. */
export function auditCsv(audit: Audit): string {
  let out = csvLine([
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
  for (const p of audit.posts) {
    for (const f of p.findings) {
      out += csvLine([
        p.date,
        p.platform,
        p.surface,
        p.url ?? '',
        f.ruleId,
        ruleLabel(f.ruleId),
        f.category,
        f.severity,
        f.start !== undefined ? p.text.slice(f.start, f.end) : '',
        f.message,
        p.text,
      ]);
    }
  }
  return out;
}

/** The audit as JSON: the counts, and the posts that have findings. */
export function auditJson(audit: Audit, counts: AuditCounts): string {
  return (
    JSON.stringify(
      {
        source: audit.source,
        policy: { name: audit.policy.name, version: audit.policy.policyVersion },
        postsChecked: audit.posts.length,
        postsWithFindings: counts.flaggedPosts,
        byCategory: Object.fromEntries(counts.byCategory),
        bySeverity: Object.fromEntries(counts.bySeverity),
        byRule: Object.fromEntries(counts.byRule),
        byMonth: Object.fromEntries(
          counts.months.map((m) => [m, Object.fromEntries(counts.byMonth.get(m) ?? [])]),
        ),
        posts: audit.posts
          .filter((p) => p.findings.length)
          .map(({ findings, ...post }) => ({ ...post, findings })),
      },
      null,
      2,
    ) + '\n'
  );
}
