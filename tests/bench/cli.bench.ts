/**
 * The `ambassador` command end to end, a process per run: `check` on one draft with the built
 * bundle (bin/ambassador.mjs), the same from the TypeScript sources through tsx (how the command
 * ran before it was bundled), and bare `node` for the machine's process start-up; then 10,000
 * drafts through `check --jsonl`. Prints the one-draft check's median beside bare node's, measured
 * in the same runs: on a busy machine both slow down, and the ratio and the overhead over node are
 * the command's own cost.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, bench, describe } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ambassador-bench-'));
execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { stdio: 'pipe' });

const FROM_SOURCES = join(dir, 'from-sources.mts');
writeFileSync(
  FROM_SOURCES,
  `import { main } from ${JSON.stringify(join(ROOT, 'lib/cli/main.ts'))};\nawait main();\n`,
);

const DRAFT = 'Call me at (512) 555-0199 about the XPS';
const DRAFTS = join(dir, 'drafts.jsonl');
const texts = [DRAFT, 'Loving my new XPS 13! #IWorkForDell', 'You are an idiot, read the manual', 'hello'];
writeFileSync(
  DRAFTS,
  Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ id: i, text: `${texts[i % 4]} ${i}` })).join(
    '\n',
  ),
);

/** Milliseconds of each run, by what ran. */
const runs = new Map<string, number[]>();

/**
 * Run node, timed under `label` when given; a run that does not report the phone number is a
 * failure, not a measurement.
 */
function node(label: string | undefined, args: string[]) {
  const started = performance.now();
  // From the project folder, where `--import tsx` resolves.
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (args.length > 2 && !r.stdout.includes('pii.phone')) throw new Error(`exit ${r.status}: ${r.stderr}`);
  if (label) runs.set(label, [...(runs.get(label) ?? []), ms]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The one-draft runs' medians beside bare node's. */
afterAll(() => {
  const bare = runs.get('node');
  if (!bare) return;
  const lines = [...runs]
    .filter(([label]) => label !== 'node')
    .map(([label, ms]) => {
      const m = median(ms);
      const over = m - median(bare);
      return `  ${label.padEnd(36)} ${m.toFixed(0).padStart(6)} ms  = node × ${(m / median(bare)).toFixed(2)}, node + ${over.toFixed(0)} ms`;
    });
  console.log(
    `\nambassador, end to end (medians; bare node ${median(bare).toFixed(0)} ms in the same runs):\n${lines.join('\n')}\n`,
  );
});

describe('ambassador check, one draft, end to end', () => {
  bench('node alone (process start-up)', () => node('node', ['-e', '']), { iterations: 20, time: 0 });
  bench(
    'built: bin/ambassador.mjs',
    () => node('check, built', [join(ROOT, 'bin/ambassador.mjs'), 'check', DRAFT]),
    { iterations: 20, time: 0 },
  );
  bench(
    'sources through tsx (before)',
    () => node('check, sources through tsx', ['--import', 'tsx', FROM_SOURCES, 'check', DRAFT]),
    { iterations: 5, time: 0 },
  );
});

describe('ambassador check --jsonl, 10,000 drafts', () => {
  bench('built', () => node(undefined, [join(ROOT, 'bin/ambassador.mjs'), 'check', '--jsonl', DRAFTS]), {
    iterations: 2,
    time: 0,
  });
});
