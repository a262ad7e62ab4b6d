/** `ambassador diff OLD NEW`: which findings a policy change adds or removes on a set of drafts. */
import { evaluate } from '../engine/evaluate.ts';
import type { Finding } from '../engine/types.ts';
import { fileChunks, readDrafts } from './cases.ts';
import { DRAFT_OPTIONS, DRAFT_OPTIONS_USAGE, draftDefaults, toDraft } from './drafts.ts';
import { excerpt, findingBrief } from './format.ts';
import { EXIT, parseOptions, plural, UsageError, type Command, type Io } from './io.ts';
import { loadPolicy, policyTitle } from './policy-file.ts';

const DIFF_USAGE = `Usage: ambassador diff [options] OLD NEW [--cases FILE]

Check the same drafts against two policies (files, or "default" for the built-in policy) and show
the findings the change from OLD to NEW adds (+) or removes (-), draft by draft.

      --cases FILE                           the drafts: a case file (YAML or JSON, as for
                                             "ambassador test"; its expectations are ignored)
                                             or JSON lines (.jsonl, as for "check --jsonl");
                                             without it, JSON lines from standard input
${DRAFT_OPTIONS_USAGE}
Exit: 0 no difference; 1 some finding changes; 3 the drafts are missing or malformed;
4 a policy is invalid.
`;

/** A finding's identity across two runs: the same rule, severity and place. */
const key = (f: Finding) => `${f.ruleId}\u0000${f.severity}\u0000${f.start ?? ''}\u0000${f.end ?? ''}`;

/** The findings of `a` that `b` does not have, counting repeats. */
function minus(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  return a.filter((f) => {
    const n = left.get(key(f)) ?? 0;
    if (n > 0) left.set(key(f), n - 1);
    return n === 0;
  });
}

async function diffCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions('diff', DIFF_USAGE, args, { cases: { type: 'string' }, ...DRAFT_OPTIONS }, io);
  if (!parsed) return EXIT.ok;
  if (parsed.positionals.length !== 2) throw new UsageError('diff takes two policies, OLD and NEW', 'diff');
  const [oldFile, newFile] = parsed.positionals as [string, string];
  const defaults = draftDefaults('diff', parsed.values);
  const oldPolicy = await loadPolicy(oldFile);
  const newPolicy = await loadPolicy(newFile);
  const casesFile = parsed.values.cases;
  const drafts = await readDrafts(casesFile ?? 'stdin', casesFile ? fileChunks(casesFile) : io.stdin);

  io.stdout(
    `${oldFile} ${policyTitle(oldPolicy)} → ${newFile} ${policyTitle(newPolicy)}, ` +
      `${plural(drafts.length, 'draft')} from ${casesFile ?? 'standard input'}\n`,
  );
  let changed = 0;
  const net = new Map<string, number>();
  let added = 0;
  let removed = 0;
  for (const { where, name, draft: fields } of drafts) {
    const draft = toDraft(fields, defaults);
    const before = evaluate(draft, oldPolicy);
    const after = evaluate(draft, newPolicy);
    const gained = minus(after, before);
    const lost = minus(before, after);
    if (gained.length + lost.length === 0) continue;
    changed++;
    added += gained.length;
    removed += lost.length;
    for (const f of gained) net.set(f.ruleId, (net.get(f.ruleId) ?? 0) + 1);
    for (const f of lost) net.set(f.ruleId, (net.get(f.ruleId) ?? 0) - 1);
    io.stdout(
      `\n${where}${name ? ` ${name}` : ''}: "${excerpt(draft.text)}"\n` +
        gained.map((f) => `  + ${findingBrief(f, draft.text)}\n`).join('') +
        lost.map((f) => `  - ${findingBrief(f, draft.text)}\n`).join(''),
    );
  }
  if (changed === 0) {
    io.stdout(`No difference on ${plural(drafts.length, 'draft')}.\n`);
    return EXIT.ok;
  }
  const byRule = [...net]
    .filter(([, n]) => n !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]))
    .map(([rule, n]) => `  ${n > 0 ? '+' : '-'}${Math.abs(n)}  ${rule}\n`)
    .join('');
  io.stdout(
    `\n${changed} of ${plural(drafts.length, 'draft')} change: ${plural(added, 'finding')} added, ${removed} removed\n` +
      byRule,
  );
  return EXIT.no;
}

export const diff: Command = { usage: DIFF_USAGE, run: diffCommand };
