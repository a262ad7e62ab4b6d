/**
 * `npm run bench:accuracy`: recall and false-alarm rate per category on the labelled corpus of
 * public text (tests/corpus, sources in tests/corpus/SOURCES.md), on the dev and held-out splits
 * side by side, with single-purpose peers where they apply: redact-pii and @redactpii/node for
 * personal data, obscenity alone for profanity, the VADER sentiment lexicon alone for tone and
 * for complaints. Block-severity false alarms on clean items (no category expected to fire) are
 * counted apart. Tune on dev only; held-out is for reporting.
 */
import { Redactor } from '@redactpii/node';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { SyncRedactor } from 'redact-pii';
import vader from 'vader-sentiment';
import { evaluate, type Draft, type Finding } from '../lib/engine/index.ts';
import { detectLanguage } from '../lib/engine/language.ts';
import { DEFAULT_POLICY } from '../lib/policy/index.ts';
import {
  CORPUS_CATEGORIES as CATEGORIES,
  loadAddressCorpus,
  loadCorpus,
  loadLanguageCorpus,
  scoreAddressesHeldOut,
  scoreHeldOut,
  scoreLanguagesHeldOut,
  type AddressItem,
  type CorpusCategory as Category,
  type CorpusItem as Item,
} from '../tests/corpus/load.ts';

const SPLITS = ['dev', 'held-out'] as const;

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

/** One checker's figures on one split. */
interface Tally {
  pos: number;
  hit: number;
  neg: number;
  alarm: number;
}
const tally = (): Tally => ({ pos: 0, hit: 0, neg: 0, alarm: 0 });
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

/** Everything the bench keeps about a category on one split: counts only. */
interface Score {
  ours: Tally;
  peers: Record<string, Tally>;
  /** Clean items (nothing expected to fire) that got a block-severity finding. */
  blocks: number;
}

/** `--misses` lists the dev items Ambassador gets wrong (never held-out ones). */
const misses = process.argv.includes('--misses');
/** `--dev` scores the dev split alone: what to run while tuning, so held-out figures are not watched. */
const devOnly = process.argv.includes('--dev');

function score(category: Category, acc: Score, item: Item, show: boolean): Score {
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
  const label = () => `${item.id}: ${item.text || item.replyTo?.text}`;
  if (wants.length > 0) {
    acc.ours.pos++;
    if (wants.every((w) => matches(findings, w))) acc.ours.hit++;
    else if (show) console.log(`MISS ${label()}`);
  } else {
    acc.ours.neg++;
    if (quiet.some((q) => matches(findings, q))) {
      acc.ours.alarm++;
      if (show) console.log(`ALARM [${findings.map((f) => f.ruleId).join(',')}] ${label()}`);
    }
    if (findings.some((f) => f.severity === 'block')) {
      acc.blocks++;
      if (show) console.log(`BLOCK [${findings.map((f) => f.ruleId).join(',')}] ${label()}`);
    }
  }
  for (const [name, flags] of Object.entries(PEERS[category] ?? {})) {
    const t = (acc.peers[name] ??= tally());
    if (wants.length > 0) {
      t.pos++;
      if (flags(item)) t.hit++;
    } else {
      t.neg++;
      if (flags(item)) t.alarm++;
    }
  }
  return acc;
}

const start = (): Score => ({ ours: tally(), peers: {}, blocks: 0 });
const rows: string[][] = [];
const blocks = { dev: 0, 'held-out': 0 };
for (const category of CATEGORIES) {
  const scores = {
    dev: loadCorpus('dev', category).reduce((acc, item) => score(category, acc, item, misses), start()),
    'held-out': devOnly
      ? start()
      : scoreHeldOut(category, start(), (acc, item) => score(category, acc, item, false)),
  };
  const line = (who: string, pick: (s: Score) => Tally) => [
    category,
    who,
    ...SPLITS.flatMap((s) => {
      const t = pick(scores[s]);
      return [`${t.pos}`, pct(t.hit, t.pos), `${t.neg}`, pct(t.alarm, t.neg)];
    }),
  ];
  rows.push(line('Ambassador', (s) => s.ours));
  for (const name of Object.keys(PEERS[category] ?? {}))
    rows.push(line(name, (s) => s.peers[name] ?? tally()));
  for (const s of SPLITS) blocks[s] += scores[s].blocks;
}

const header = ['category', 'checker', ...SPLITS.flatMap((s) => [`${s} n+`, 'recall', 'n−', 'false alarms'])];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
const fmt = (r: string[]) => '| ' + r.map((v, c) => v.padEnd(widths[c]!)).join(' | ') + ' |';
console.log(fmt(header));
console.log('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
for (const r of rows) console.log(fmt(r));
console.log('');
for (const s of SPLITS) console.log(`block-severity findings on clean items (${s}): ${blocks[s]}`);

/**
 * The language detector on the language corpus (UDHR paragraphs, tests/corpus/SOURCES.md): per
 * language, the share told right on the whole paragraph and on its first words cut to a short
 * post (40 to 80 characters, at a word end; Japanese at 40 characters).
 */
const shortPost = (text: string, language: string) => {
  if (language === 'ja') return text.slice(0, 40);
  const cut = text.slice(0, 80);
  const end = cut.lastIndexOf(' ');
  return end >= 40 ? cut.slice(0, end) : cut;
};
type LanguageScore = Record<string, { n: number; whole: number; short: number }>;
const scoreLanguage = (
  acc: LanguageScore,
  item: { text: string; language: string; id: string },
  show = false,
) => {
  const t = (acc[item.language] ??= { n: 0, whole: 0, short: 0 });
  t.n++;
  const whole = detectLanguage(item.text);
  const short = detectLanguage(shortPost(item.text, item.language));
  if (whole === item.language) t.whole++;
  if (short === item.language) t.short++;
  else if (show) console.log(`LANGUAGE ${item.id}: told ${short}: ${shortPost(item.text, item.language)}`);
  return acc;
};
const languageScores = {
  dev: loadLanguageCorpus('dev').reduce<LanguageScore>((acc, item) => scoreLanguage(acc, item, misses), {}),
  'held-out': devOnly
    ? {}
    : scoreLanguagesHeldOut<LanguageScore>({}, (acc, item) => scoreLanguage(acc, item)),
};
console.log('');
console.log('Language detection (share told right: whole paragraph / short post):');
console.log('| language | dev n | whole | short | held-out n | whole | short |');
console.log('| -------- | ----- | ----- | ----- | ---------- | ----- | ----- |');
for (const language of Object.keys(languageScores.dev)) {
  const cells = SPLITS.flatMap((s) => {
    const t = languageScores[s][language] ?? { n: 0, whole: 0, short: 0 };
    return [`${t.n}`, pct(t.whole, t.n), pct(t.short, t.n)];
  });
  console.log(`| ${language} | ${cells.join(' | ')} |`);
}
const samples = loadLanguageCorpus('dev').map((i) => shortPost(i.text, i.language));
const began = performance.now();
const ROUNDS = 20;
for (let r = 0; r < ROUNDS; r++) for (const text of samples) detectLanguage(text);
const perCall = (performance.now() - began) / (ROUNDS * samples.length);
console.log(
  `detectLanguage on a short post: ${(perCall * 1000).toFixed(1)} µs per call (mean of ${ROUNDS * samples.length})`,
);

/**
 * Street addresses (tests/corpus/SOURCES.md, "Addresses"): per region, the share of public
 * addresses the engine flags as `pii.address`; per language, the share of sentences with digits
 * (dates, prices, quantities) it flags anyway.
 */
type AddressScore = Record<string, { n: number; flagged: number }>;
const scoreAddress = (acc: AddressScore, item: AddressItem, show = false) => {
  const t = (acc[item.group] ??= { n: 0, flagged: 0 });
  t.n++;
  const findings = evaluate(
    { text: item.text, platform: 'x', surface: 'post', training: { state: 'certified' } },
    DEFAULT_POLICY,
  );
  const flagged = findings.some((f) => f.ruleId === 'pii.address');
  if (flagged) t.flagged++;
  if (show && flagged !== item.address)
    console.log(`${item.address ? 'MISS' : 'ALARM'} ${item.id} (${item.group}): ${item.text}`);
  return acc;
};
const addressScores = {
  dev: loadAddressCorpus('dev').reduce<AddressScore>((acc, item) => scoreAddress(acc, item, misses), {}),
  'held-out': devOnly ? {} : scoreAddressesHeldOut<AddressScore>({}, (acc, item) => scoreAddress(acc, item)),
};
console.log('');
console.log('Street addresses (regions: recall; languages: false alarms on sentences with digits):');
console.log('| group | dev n | flagged | held-out n | flagged |');
console.log('| ----- | ----- | ------- | ---------- | ------- |');
const isRegion = (group: string) => group === group.toUpperCase();
const groups = [...new Set(SPLITS.flatMap((s) => Object.keys(addressScores[s])))].sort(
  (a, b) => Number(isRegion(b)) - Number(isRegion(a)) || a.localeCompare(b),
);
const sum = (s: (typeof SPLITS)[number], regions: boolean) =>
  Object.entries(addressScores[s])
    .filter(([group]) => isRegion(group) === regions)
    .reduce((acc, [, t]) => ({ n: acc.n + t.n, flagged: acc.flagged + t.flagged }), { n: 0, flagged: 0 });
const rowsOf = (label: string, pick: (s: (typeof SPLITS)[number]) => { n: number; flagged: number }) =>
  `| ${label} | ${SPLITS.flatMap((s) => [`${pick(s).n}`, pct(pick(s).flagged, pick(s).n)]).join(' | ')} |`;
for (const group of groups)
  console.log(rowsOf(group, (s) => addressScores[s][group] ?? { n: 0, flagged: 0 }));
console.log(rowsOf('all regions', (s) => sum(s, true)));
console.log(rowsOf('all languages', (s) => sum(s, false)));
