/**
 * evaluate() on 20,000-character drafts from each Unicode plane (the fuzz test's generator,
 * tests/bench/unicode-drafts.ts), as a post and as a reply; prints the slowest case, to compare
 * with the target of 50 ms per check at 20,000 characters.
 */
import { bench, describe } from 'vitest';
import { evaluate, type Draft } from '../../lib/engine/index.ts';
import { DEFAULT_POLICY } from '../../lib/policy/index.ts';
import { unicodeDraft } from './unicode-drafts.ts';

const LENGTH = 20_000;
const TARGET_MS = 50;
const SEEDS = [1, 2];

const cases = Array.from({ length: 17 }, (_, plane) =>
  SEEDS.flatMap((seed) => {
    const text = unicodeDraft(seed * 17 + plane, LENGTH, plane);
    const post: Draft = { text, platform: 'x', surface: 'post', training: { state: 'none' } };
    const reply: Draft = {
      ...post,
      platform: 'linkedin',
      surface: 'reply',
      replyTo: { text: text.slice(0, 3_000) },
    };
    return [
      { name: `plane ${plane}, seed ${seed * 17 + plane}, post`, draft: post },
      { name: `plane ${plane}, seed ${seed * 17 + plane}, reply`, draft: reply },
    ];
  }),
).flat();

/**
 * The slowest of `runs` checks of a draft: wall time, and the process's CPU time (what the check
 * costs, whatever else the shared machine runs meanwhile).
 */
function slowestOf(draft: Draft, runs: number): { wall: number; cpu: number } {
  let wall = 0;
  let cpu = 0;
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    evaluate(draft, DEFAULT_POLICY);
    wall = Math.max(wall, performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu = Math.max(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

// Warm up the engine (V8 compiles a regex to machine code only after a few runs) on other drafts.
for (let plane = 0; plane <= 16; plane++)
  evaluate(
    {
      text: unicodeDraft(1000 + plane, LENGTH, plane),
      platform: 'x',
      surface: 'post',
      training: { state: 'none' },
    },
    DEFAULT_POLICY,
  );

{
  const timed = cases.map((c) => ({ draft: c.name, ...slowestOf(c.draft, 3) })).sort((a, b) => b.cpu - a.cpu);
  const row = (t: (typeof timed)[number]) => ({
    draft: t.draft,
    'cpu ms': Number(t.cpu.toFixed(1)),
    'wall ms': Number(t.wall.toFixed(1)),
  });
  console.log(
    `\nevaluate at ${LENGTH.toLocaleString('en')} characters, ${cases.length} drafts from the 17 planes; the five slowest (slowest of 3 checks each):`,
  );
  console.table(timed.slice(0, 5).map(row));
  const wallWorst = [...timed].sort((a, b) => b.wall - a.wall)[0]!;
  console.log(
    `slowest check: ${timed[0]!.cpu.toFixed(1)} ms of CPU (${timed[0]!.draft}), ${wallWorst.wall.toFixed(1)} ms wall (${wallWorst.draft}); target ≤ ${TARGET_MS} ms at ${LENGTH.toLocaleString('en')} characters\n`,
  );
}

describe(`evaluate, ${LENGTH.toLocaleString('en')} characters from every Unicode plane`, () => {
  for (let plane = 0; plane <= 16; plane++) {
    const mine = cases.filter((c) => c.name.startsWith(`plane ${plane},`));
    bench(`plane ${plane} (${mine.length} drafts)`, () => {
      for (const c of mine) evaluate(c.draft, DEFAULT_POLICY);
    });
  }
});
