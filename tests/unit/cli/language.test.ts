/**
 * The draft's language in the command: told from the text, declared with --language or a JSON
 * line's "language", and the policy's texts in that language in what check prints.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const FRENCH = "J'adore le nouveau Dell XPS 13, c'est le meilleur portable que j'ai eu";
const disclosureFix = (stdout: string) =>
  (
    JSON.parse(stdout) as { findings: { ruleId: string; fixes: { edits: { text: string }[] }[] }[] }
  ).findings.find((f) => f.ruleId === 'disclosure.missing')?.fixes[0]?.edits[0]?.text;

describe("the draft's language in check", () => {
  it('is told from the text, and --language overrides it', async () => {
    const told = await run(['check', '--json', FRENCH]);
    expect(disclosureFix(told.stdout)).toBe('#JeTravaillePourDell ');
    const declared = await run(['check', '--json', '--language', 'de', FRENCH]);
    expect(disclosureFix(declared.stdout)).toBe('#IchArbeiteFürDell ');
    const plain = await run(['check', FRENCH]);
    expect(plain.stdout).toContain('Vous parlez de produits Dell.');
  });

  it('takes a JSON line\'s "language", and refuses a malformed one on its line', async () => {
    const input = [
      JSON.stringify({ id: 'es', text: FRENCH, language: 'es' }),
      JSON.stringify({ id: 'bad', text: FRENCH, language: 'fr_FR!' }),
    ].join('\n');
    const r = await run(['check', '--jsonl'], input);
    const [es, bad] = r.stdout.trim().split('\n');
    expect(disclosureFix(es!)).toBe('#TrabajoEnDell ');
    expect(JSON.parse(bad!)).toEqual({ line: 2, error: 'language: not a language such as fr or pt-BR' });
    expect(await run(['check', '--language', 'fr_FR!', 'hi'])).toMatchObject({ code: 2 });
  });
});
