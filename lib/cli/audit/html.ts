/**
 * The audit as one self-contained HTML page: inline CSS and an inline SVG chart, no script and
 * nothing fetched, so it opens offline and the post text stays on the machine.
 */
import { CATEGORIES, type Category, type Finding } from '../../engine/types.ts';
import { ruleLabel } from '../../engine/rule-labels.ts';
import { plural } from '../io.ts';
import type { Audit, AuditCounts, AuditedPost } from './report.ts';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A colour per category, distinguishable side by side (Okabe–Ito palette and two greys). */
const COLOURS: Record<Category, string> = {
  disclosure: '#0072B2',
  pii: '#D55E00',
  tone: '#E69F00',
  confidential: '#CC79A7',
  length: '#999999',
  governance: '#009E73',
  training: '#56B4E9',
  handoff: '#F0E442',
  custom: '#555555',
};

/** Findings per month, stacked by category. */
function chart(counts: AuditCounts): string {
  const { months, byMonth } = counts;
  if (months.length === 0) return '';
  const totals = months.map((m) => [...(byMonth.get(m)?.values() ?? [])].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const [width, height, left, bottom, top] = [1080, 260, 40, 40, 10];
  const plotHeight = height - bottom - top;
  const slot = (width - left) / months.length;
  const bar = Math.max(2, Math.min(36, slot * 0.7));
  const labelEvery = Math.ceil(months.length / 18);
  const parts: string[] = [];
  for (const tick of [0, Math.round(max / 2), max]) {
    const y = top + plotHeight - (tick / max) * plotHeight;
    parts.push(
      `<line x1="${left}" x2="${width}" y1="${y}" y2="${y}" stroke="#ddd"/>` +
        `<text x="${left - 6}" y="${y + 4}" text-anchor="end">${tick}</text>`,
    );
  }
  months.forEach((month, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    let y = top + plotHeight;
    for (const c of CATEGORIES) {
      const n = byMonth.get(month)?.get(c) ?? 0;
      if (!n) continue;
      const h = (n / max) * plotHeight;
      y -= h;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLOURS[c]}"><title>${month} ${c}: ${n}</title></rect>`,
      );
    }
    if (i % labelEvery === 0)
      parts.push(
        `<text x="${(x + bar / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${month}</text>`,
      );
  });
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Findings per month by category">${parts.join('')}</svg>`;
}

function legend(counts: AuditCounts): string {
  return CATEGORIES.filter((c) => counts.byCategory.get(c))
    .map((c) => `<span><i style="background:${COLOURS[c]}"></i>${c}</span>`)
    .join('');
}

function table(head: [string, string], rows: [string, number][]): string {
  return (
    `<table><thead><tr><th>${head[0]}</th><th>${head[1]}</th></tr></thead><tbody>` +
    rows.map(([name, n]) => `<tr><td>${escapeHtml(name)}</td><td>${n}</td></tr>`).join('') +
    '</tbody></table>'
  );
}

/** The post's text with the flagged spans marked. */
function markedText(text: string, findings: readonly Finding[]): string {
  const flagged = new Uint8Array(text.length);
  for (const f of findings) if (f.start !== undefined) flagged.fill(1, f.start, f.end);
  let out = '';
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && flagged[j] === flagged[i]) j++;
    const part = escapeHtml(text.slice(i, j));
    out += flagged[i] ? `<mark>${part}</mark>` : part;
    i = j;
  }
  return out;
}

function postEntry(p: AuditedPost): string {
  const link = p.url ? ` · <a href="${escapeHtml(p.url)}">view the post</a>` : '';
  const findings = p.findings
    .map(
      (f) =>
        `<li><b class="sev ${f.severity}">${f.severity}</b> <b>${escapeHtml(ruleLabel(f.ruleId))}</b> — ${escapeHtml(f.message)}</li>`,
    )
    .join('');
  return (
    `<article><header>${p.date.slice(0, 10)} · ${p.platform} ${p.surface}${link}</header>` +
    `<p>${markedText(p.text, p.findings)}</p><ul>${findings}</ul></article>`
  );
}

export function auditHtml(audit: Audit, counts: AuditCounts, generated: string): string {
  const flagged = audit.posts.filter((p) => p.findings.length).sort((a, b) => b.date.localeCompare(a.date));
  const title = `Ambassador audit — ${audit.source}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;padding:0 16px;color:#222}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#555}.stats{display:flex;gap:28px;margin:16px 0}.stats div b{display:block;font-size:24px}
.chart{width:100%;height:auto}.chart text{font-size:11px;fill:#555}
.legend span{margin-right:14px;white-space:nowrap}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
.tables{display:flex;gap:40px;flex-wrap:wrap}table{border-collapse:collapse}td,th{padding:3px 12px 3px 0;text-align:left}
td+td,th+th{text-align:right}tbody tr{border-top:1px solid #eee}
article{border-top:1px solid #ddd;padding:10px 0}article header{color:#555;font-size:13px}
article p{white-space:pre-wrap;margin:6px 0}mark{background:#ffe08a}ul{margin:4px 0;padding-left:18px}
.sev{font-size:11px;text-transform:uppercase;padding:1px 5px;border-radius:3px;color:#fff}
.block{background:#b3261e}.warn{background:#9a6700}.info{background:#0b5cad}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Checked against ${escapeHtml(audit.policy.name)} ${escapeHtml(audit.policy.policyVersion)}, each post as of its own date. Generated ${escapeHtml(generated)} on this machine; nothing was sent anywhere.</p>
<div class="stats"><div><b>${audit.posts.length}</b>posts</div><div><b>${counts.flaggedPosts}</b>with findings</div>${(['block', 'warn', 'info'] as const).map((s) => `<div><b>${counts.bySeverity.get(s)}</b>${s}</div>`).join('')}</div>
<h2>Findings per month</h2>
${chart(counts)}
<div class="legend">${legend(counts)}</div>
<div class="tables"><div><h2>By category</h2>${table(
    ['category', 'findings'],
    [...counts.byCategory].filter(([, n]) => n > 0),
  )}</div>
<div><h2>By rule</h2>${table(
    ['rule', 'findings'],
    counts.byRule.map(([r, n]) => [ruleLabel(r), n]),
  )}</div></div>
<h2>${plural(flagged.length, 'post')} with findings, newest first</h2>
${flagged.map(postEntry).join('\n')}
</body></html>
`;
}
