/**
 * PII detection side by side: ours (lib/engine detectPii) vs redact-pii and @redactpii/node on the
 * same labelled corpus. Prints recall, items with a false alarm, and each one's time relative to ours.
 */
import { Redactor } from '@redactpii/node';
import { SyncRedactor } from 'redact-pii';
import { bench, describe } from 'vitest';
import { clearEngineCaches, detectPii } from '../../lib/engine/index.ts';
import { personalDataRule } from '../../lib/engine/rules/pii/personal-data.ts';
import { DEFAULT_POLICY } from '../../lib/policy/index.ts';
import { PII_CORPUS, type CorpusItem } from './pii-corpus.ts';

const prepared = personalDataRule.prepare!(DEFAULT_POLICY.pii, DEFAULT_POLICY);
const redactPii = new SyncRedactor();
const redactpiiNode = new Redactor();

const ours = (t: string) => detectPii(t, DEFAULT_POLICY.pii, prepared);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Score {
  found: number;
  total: number;
  falseAlarmItems: number;
}

/** Score a redactor: a PII value is found when it no longer appears; a false alarm is any change elsewhere. */
function scoreRedactor(redact: (t: string) => string, corpus: CorpusItem[]): Score {
  let found = 0;
  let total = 0;
  let falseAlarmItems = 0;
  for (const item of corpus) {
    const out = redact(item.text);
    for (const v of item.pii) {
      total++;
      if (!out.includes(v)) found++;
    }
    // Everything outside the labelled values must be unchanged.
    let src = escape(item.text);
    for (const v of item.pii) src = src.split(escape(v)).join('[\\s\\S]*?');
    if (!new RegExp(`^${src}$`).test(out)) falseAlarmItems++;
  }
  return { found, total, falseAlarmItems };
}

function scoreOurs(corpus: CorpusItem[]): Score {
  let found = 0;
  let total = 0;
  let falseAlarmItems = 0;
  for (const item of corpus) {
    const hits = ours(item.text);
    const spans = item.pii.map((v) => ({
      start: item.text.indexOf(v),
      end: item.text.indexOf(v) + v.length,
    }));
    for (const s of spans) {
      total++;
      if (hits.some((h) => h.start < s.end && s.start < h.end)) found++;
    }
    if (hits.some((h) => !spans.some((s) => h.start < s.end && s.start < h.end))) falseAlarmItems++;
  }
  return { found, total, falseAlarmItems };
}

function timePerCorpus(f: () => void, minMs = 300): number {
  for (let i = 0; i < 5; i++) f();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    f();
    n++;
  }
  return (performance.now() - t0) / n;
}

const runOurs = () => {
  for (const item of PII_CORPUS) ours(item.text);
};
const runOursCold = () => {
  clearEngineCaches();
  for (const item of PII_CORPUS) ours(item.text);
};
const runRedactPii = () => {
  for (const item of PII_CORPUS) redactPii.redact(item.text);
};
const runRedactpiiNode = () => {
  for (const item of PII_CORPUS) redactpiiNode.redact(item.text);
};

{
  const negatives = PII_CORPUS.filter((i) => i.pii.length === 0).length;
  const tOurs = timePerCorpus(runOurs);
  const tOursCold = timePerCorpus(runOursCold);
  const rows = [
    ['ambassador (ours, warm memo)', scoreOurs(PII_CORPUS), tOurs],
    ['ambassador (ours, cold: memo cleared)', scoreOurs(PII_CORPUS), tOursCold],
    ['redact-pii', scoreRedactor((t) => redactPii.redact(t), PII_CORPUS), timePerCorpus(runRedactPii)],
    [
      '@redactpii/node',
      scoreRedactor((t) => redactpiiNode.redact(t), PII_CORPUS),
      timePerCorpus(runRedactpiiNode),
    ],
  ] as const;
  console.log(
    `\nPII corpus: ${PII_CORPUS.length} items, ${PII_CORPUS.length - negatives} with personal data, ${negatives} look-alikes only`,
  );
  console.table(
    rows.map(([name, s, t]) => ({
      detector: name,
      recall: `${s.found}/${s.total} (${((100 * s.found) / s.total).toFixed(1)}%)`,
      'items with false alarm': s.falseAlarmItems,
      'ms per corpus': Number(t.toFixed(3)),
      'time vs ours (warm)': `${(t / tOurs).toFixed(2)}x`,
      'time vs ours (cold)': `${(t / tOursCold).toFixed(2)}x`,
    })),
  );
}

describe('PII detection on the labelled corpus', () => {
  bench('ambassador detectPii (warm)', runOurs);
  bench('ambassador detectPii (cold)', runOursCold);
  bench('redact-pii SyncRedactor', runRedactPii);
  bench('@redactpii/node Redactor', runRedactpiiNode);
});
