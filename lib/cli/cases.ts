/**
 * Case files for `ambassador test` and `ambassador diff`: YAML (or JSON, which is YAML too) with a
 * list of drafts and the findings each must and must not produce. Every problem is reported with
 * the file and line it is on.
 */
import { createReadStream } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { CATEGORIES, type Category, type Finding, type Severity } from '../engine/types.ts';
import { SeveritySchema } from '../policy/index.ts';
import { DRAFT_FIELDS, parseDraftLine, type DraftFields } from './draft-line.ts';
import { CliError, EXIT, firstIssue, issuePath, numberedLines, readTextFile } from './io.ts';

/** A rule id, a prefix of one (`pii`, `tone.insult`) or a category: the first part must be a category. */
const findingName = z.string().refine((s) => (CATEGORIES as readonly string[]).includes(s.split('.')[0]!), {
  error: (issue) =>
    `unknown rule or category "${String(issue.input)}" (rule ids start with ${CATEGORIES.join(', ')})`,
});

const MatcherSchema = z.union([
  findingName,
  z
    .strictObject({
      rule: findingName.optional(),
      category: z.enum(CATEGORIES as [Category, ...Category[]]).optional(),
      severity: SeveritySchema.optional(),
    })
    .refine((m) => m.rule !== undefined || m.category !== undefined, 'a matcher needs a rule or a category'),
]);
export type Matcher = z.infer<typeof MatcherSchema>;

const CaseSchema = z
  .strictObject({
    name: z.string().optional(),
    ...DRAFT_FIELDS,
    must: z.array(MatcherSchema).optional(),
    mustNot: z.array(MatcherSchema).optional(),
  })
  .refine((c) => c.must?.length || c.mustNot?.length, 'a case needs "must" or "mustNot" findings');

const CaseFileSchema = z.strictObject({ cases: z.array(CaseSchema).min(1, 'no cases') });

export interface Case {
  /** `file:line`, where the case starts. */
  where: string;
  name: string;
  draft: DraftFields;
  must: Matcher[];
  mustNot: Matcher[];
}

/** A draft to compare policies on, with where it came from. */
export interface LabelledDraft {
  where: string;
  name?: string;
  draft: DraftFields;
}

function matchesName(name: string, f: Finding): boolean {
  return f.ruleId === name || f.ruleId.startsWith(name + '.') || f.category === name;
}

/** Whether a finding is one the matcher describes; `ignoreSeverity` to explain a near miss. */
export function matches(m: Matcher, f: Finding, ignoreSeverity = false): boolean {
  if (typeof m === 'string') return matchesName(m, f);
  return (
    (m.rule === undefined || matchesName(m.rule, f)) &&
    (m.category === undefined || f.category === m.category) &&
    (ignoreSeverity || m.severity === undefined || f.severity === (m.severity as Severity))
  );
}

export function describeMatcher(m: Matcher): string {
  if (typeof m === 'string') return m;
  return [m.rule ?? m.category, m.rule && m.category ? `(${m.category})` : '', m.severity ?? '']
    .filter(Boolean)
    .join(' ');
}

/** Read a case file; a syntax or shape error throws a CliError with its line. */
export function readCaseFile(file: string): Case[] {
  const lines = new LineCounter();
  const doc = parseDocument(readTextFile(file), { lineCounter: lines, prettyErrors: false });
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let i = path.length; i >= 0; i--) {
      const node = doc.getIn(path.slice(0, i) as unknown[], true) as { range?: [number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lines.linePos(syntax.pos[0]).line;
    throw new CliError(
      EXIT.badInput,
      `${file}:${line}: not valid YAML or JSON: ${syntax.message.split('\n')[0]}`,
    );
  }
  const parsed = CaseFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(EXIT.badInput, `${file}:${lineOf(issuePath(issue))}: ${firstIssue(parsed.error)}`);
  }
  return parsed.data.cases.map(({ name, must, mustNot, ...draft }, i) => {
    const where = `${file}:${lineOf(['cases', i])}`;
    return { where, name: name ?? `case ${i + 1}`, draft, must: must ?? [], mustNot: mustNot ?? [] };
  });
}

/**
 * The drafts of a case file, or of a JSON-lines file (`.jsonl`, or standard input as `stdin`):
 * the drafts a policy change is compared on.
 */
export async function readDrafts(
  file: string,
  source: () => AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): Promise<LabelledDraft[]> {
  if (!(file === 'stdin' || file.endsWith('.jsonl') || file.endsWith('.ndjson')))
    return readCaseFile(file).map(({ where, name, draft }) => ({ where, name, draft }));
  const drafts: LabelledDraft[] = [];
  for await (const batch of numberedLines(file, source())) {
    for (const { lineNumber, line } of batch) {
      const parsed = parseDraftLine(line);
      if (!parsed.ok) throw new CliError(EXIT.badInput, `${file}:${lineNumber}: ${parsed.problem}`);
      const { id, ...draft } = parsed.draft;
      drafts.push({
        where: `${file}:${lineNumber}`,
        ...(id !== undefined ? { name: String(id) } : {}),
        draft,
      });
    }
  }
  return drafts;
}

/** A file's chunks, for readDrafts. */
export const fileChunks = (file: string) => () => createReadStream(file);
