/** The CLI run in this process with its output captured, and files in a temporary folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runCli } from '../../../lib/cli/main.ts';

export async function run(args: string[], input: string | (string | Uint8Array)[] = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: () => (typeof input === 'string' ? [input] : input),
  });
  return { code, stdout, stderr };
}

/** A new temporary folder, and a function writing files in it (objects as JSON). */
export function tempFiles(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `ambassador-${prefix}-`));
  const file = (name: string, content: unknown) => {
    const p = join(dir, name);
    writeFileSync(
      p,
      typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content),
    );
    return p;
  };
  return { dir, file };
}

export const ruleIds = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId);
