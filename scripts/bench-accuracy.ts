/**
 * `npm run bench:accuracy`: recall and false-alarm rate per category on the labelled corpus of
 * public text (tests/corpus, sources in tests/corpus/SOURCES.md), on the dev and held-out splits
 * side by side, with single-purpose peers where they apply: redact-pii and @redactpii/node for
 * personal data, obscenity alone for profanity, the VADER sentiment lexicon alone for tone and
 * for complaints. Block-severity false alarms on clean items (no category expected to fire) are
 * counted apart. Tune on dev only; held-out is for reporting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redactor } from '@redactpii/node';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { SyncRedactor } from 'redact-pii';
import vader from 'vader-sentiment';
import { evaluate, type Draft, type Finding } from '../lib/engine/index.ts';
import { DEFAULT_POLICY } from '../lib/policy/index.ts';

const CATEGORIES = ['pii', 'tone', 'handoff', 'confidential', 'disclosure'] as const;
type Category = (typeof CATEGORIES)[number];
const SPLITS = ['dev', 'held-out'] as const;

interface Item {
  id: string;
  split: (typeof SPLITS)[number];
  text: string;
  platform: Draft['platform'];
  surface: Draft['surface'];
  replyTo?: { text: string };
  /** Categories (or `category:block`) that must report, and that must not. */
  expect: { fire?: string[]; quiet?: string[] };
  source: string;
}

const corpus = CATEGORIES.map((category) => ({
  category,
  items: JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'tests', 'corpus', `${category}.json`), 'utf8'),
  ) as Item[],
}));

/** A finding matches an expectation "pii" by category, "pii:block" by category and severity. */
const matches = (findings: Finding[], want: string) => {
  const [category, severity] = want.split(':');
  return findings.some((f) => f.category === category && (!severity || f.severity === severity));
};

const redactPii = new SyncRedactor();
const redactpiiNode = new Redactor();
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const negative = (t: string) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound <= -0.5;
const complaint = (t: string) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound < -0.05;

/** What a peer would flag on an item, for the categories it covers. */
const PEERS: Partial<Record<Category, Record<string, (item: Item) => boolean>>> = {
  pii: {
    'redact-pii': (i) => redactPii.redact(i.text) !== i.text,
    '@redactpii/node': (i) => redactpiiNode.redact(i.text) !== i.text,
  },
  tone: { obscenity: (i) => obscenity.hasMatch(i.text), vader: (i) => negative(i.text) },
  handoff: { vader: (i) => complaint(i.replyTo?.text ?? i.text) },
};

interface Tally {
  pos: number;
  hit: number;
  neg: number;
  alarm: number;
}
const tally = (): Tally => ({ pos: 0, hit: 0, neg: 0, alarm: 0 });
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

const blockAlarms: Record<string, string[]> = { dev: [], 'held-out': [] };
const rows: string[][] = [];
const misses = process.argv.includes('--misses');
for (const { category, items } of corpus) {
  const ours = { dev: tally(), 'held-out': tally() };
  const peers = Object.fromEntries(
    Object.keys(PEERS[category] ?? {}).map((p) => [p, { dev: tally(), 'held-out': tally() }]),
  );
  for (const item of items) {
    const draft: Draft = {
      text: item.text,
      platform: item.platform,
      surface: item.surface,
      training: { state: 'certified' },
      ...(item.replyTo ? { replyTo: item.replyTo } : {}),
    };
    const findings = evaluate(draft, DEFAULT_POLICY);
    const wants = item.expect.fire ?? [];
    const quiet = item.expect.quiet ?? [];
    const o = ours[item.split];
    if (wants.length > 0) {
      o.pos++;
      const ok = wants.every((w) => matches(findings, w));
      if (ok) o.hit++;
      else if (misses && item.split === 'dev')
        console.log(`MISS ${item.id}: ${item.text || item.replyTo?.text}`);
    } else {
      o.neg++;
      const bad = quiet.filter((q) => matches(findings, q));
      if (bad.length > 0) {
        o.alarm++;
        if (misses && item.split === 'dev')
          console.log(
            `ALARM ${item.id} [${findings.map((f) => f.ruleId).join(',')}]: ${item.text || item.replyTo?.text}`,
          );
      }
      if (findings.some((f) => f.severity === 'block')) blockAlarms[item.split]!.push(item.id);
    }
    for (const [name, flags] of Object.entries(PEERS[category] ?? {})) {
      const t = peers[name]![item.split];
      if (wants.length > 0) {
        t.pos++;
        if (flags(item)) t.hit++;
      } else {
        t.neg++;
        if (flags(item)) t.alarm++;
      }
    }
  }
  const line = (who: string, t: Record<string, Tally>) => [
    category,
    who,
    ...SPLITS.flatMap((s) => [
      `${t[s]!.pos}`,
      pct(t[s]!.hit, t[s]!.pos),
      `${t[s]!.neg}`,
      pct(t[s]!.alarm, t[s]!.neg),
    ]),
  ];
  rows.push(line('Ambassador', ours));
  for (const [name, t] of Object.entries(peers)) rows.push(line(name, t));
}

const header = ['category', 'checker', ...SPLITS.flatMap((s) => [`${s} n+`, 'recall', 'n−', 'false alarms'])];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
const fmt = (r: string[]) => '| ' + r.map((v, c) => v.padEnd(widths[c]!)).join(' | ') + ' |';
console.log(fmt(header));
console.log('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
for (const r of rows) console.log(fmt(r));
console.log('');
for (const s of SPLITS) {
  const ids = blockAlarms[s]!;
  console.log(
    `block-severity findings on clean items (${s}): ${ids.length}${ids.length ? ` — ${ids.join(', ')}` : ''}`,
  );
}
