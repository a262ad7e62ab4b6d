/** `ambassador test POLICY CASES...`: run case files against a policy, report pass/fail for CI. */
import { evaluate } from '../engine/evaluate.ts';
import type { Finding } from '../engine/types.ts';
import { describeMatcher, matches, readCaseFile, type Case } from './cases.ts';
import { DRAFT_OPTIONS, DRAFT_OPTIONS_USAGE, draftDefaults, toDraft, type DraftDefaults } from './drafts.ts';
import { excerpt, findingBrief } from './format.ts';
import { EXIT, parseOptions, plural, UsageError, type Command, type Io } from './io.ts';
import { loadPolicy, policyTitle } from './policy-file.ts';
import type { Policy } from '../policy/index.ts';

const TEST_USAGE = `Usage: ambassador test [options] POLICY CASES...

Run case files against a policy (a file, or "default" for the built-in policy). A case file is
YAML or JSON: a list of drafts, each with the findings it must and must not produce:

  cases:
    - name: a customer's phone number is blocked
      text: "Call me at (512) 555-0199"
      platform: x                      # optional draft fields: platform, surface, replyTo,
      must: [pii.phone]                # handle, training, now, locale
      mustNot: [tone]
    - text: "Loving my new XPS 13! I work for Dell."
      mustNot: [{ category: disclosure }, { rule: pii, severity: block }]

A finding is named by a rule id (pii.phone), the start of one (pii, tone.insult) or a category,
optionally with a severity ({rule: ..., category: ..., severity: info|warn|block}).

Options (defaults for cases that do not say):
${DRAFT_OPTIONS_USAGE}
Exit: 0 every case passes; 1 a case fails; 3 a case file is missing or malformed; 4 invalid policy.
`;

interface Outcome {
  case: Case;
  findings: Finding[];
  /** The diff lines: "- expected, not found" and "+ found, must not be". */
  problems: string[];
}

function runCase(c: Case, policy: Policy, defaults: DraftDefaults): Outcome {
  const { text } = c.draft;
  const findings = evaluate(toDraft(c.draft, defaults), policy);
  const problems: string[] = [];
  for (const m of c.must) {
    if (findings.some((f) => matches(m, f))) continue;
    const near = findings.filter((f) => matches(m, f, true));
    const nearNote = near.length ? ` (found with severity ${near.map((f) => f.severity).join(', ')})` : '';
    problems.push(`- ${describeMatcher(m)}: expected, not found${nearNote}`);
  }
  for (const m of c.mustNot) {
    for (const f of findings.filter((f) => matches(m, f)))
      problems.push(`+ ${findingBrief(f, text)}: must not be found (${describeMatcher(m)})`);
  }
  return { case: c, findings, problems };
}

function formatOutcome(o: Outcome): string {
  if (o.problems.length === 0) return `  PASS  ${o.case.name}\n`;
  const found = o.findings.length
    ? o.findings.map((f) => findingBrief(f, o.case.draft.text)).join('\n               ')
    : 'nothing';
  return (
    `  FAIL  ${o.case.name}  (${o.case.where})\n` +
    `        draft: ${excerpt(o.case.draft.text, 80)}\n` +
    o.problems.map((p) => `        ${p}\n`).join('') +
    `        found: ${found}\n`
  );
}

async function testCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions('test', TEST_USAGE, args, DRAFT_OPTIONS, io);
  if (!parsed) return EXIT.ok;
  const [policyFile, ...caseFiles] = parsed.positionals;
  if (policyFile === undefined || caseFiles.length === 0)
    throw new UsageError('test takes a POLICY and at least one CASES file', 'test');
  const defaults = draftDefaults('test', parsed.values);
  const policy = await loadPolicy(policyFile);
  // Read every file before running anything, so a malformed one stops the run at once.
  const files = caseFiles.map((file) => ({ file, cases: readCaseFile(file) }));
  let passed = 0;
  let failed = 0;
  io.stdout(`Policy ${policyTitle(policy)} (${policyFile})\n`);
  for (const { file, cases } of files) {
    io.stdout(`${file}\n`);
    for (const c of cases) {
      const outcome = runCase(c, policy, defaults);
      if (outcome.problems.length) failed++;
      else passed++;
      io.stdout(formatOutcome(outcome));
    }
  }
  io.stdout(`${plural(passed + failed, 'case')}: ${passed} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT.no : EXIT.ok;
}

export const test: Command = { usage: TEST_USAGE, run: testCommand };
