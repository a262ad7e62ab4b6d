/** The layers are enforced by lint: these are the violations `npm run lint` must refuse. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer rules', { timeout: 30_000 }, () => {
  it.each([
    ['lib/engine/rules/tone/bad.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n"],
    [
      'lib/engine/bad.ts',
      "import { readTextModel } from '../editor/text-model';\nexport const x = readTextModel;\n",
    ],
    ['lib/policy/bad.ts', "import { h } from 'preact';\nexport const x = h;\n"],
    ['lib/engine/bad.ts', "import { Popup } from '../../components/popup/Popup';\nexport const x = Popup;\n"],
    ['components/popup/bad.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n"],
    [
      'lib/content/bad.ts',
      "import { Overlay } from '../../components/overlay/Overlay';\nexport const x = Overlay;\n",
    ],
    ['lib/store/bad.ts', "import { render } from 'preact';\nexport const x = render;\n"],
  ])('%s: refused', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });
  it.each([
    ['lib/engine/bad.ts', 'export const x = document.title;\n'],
    ['components/ui/bad.ts', 'export const x = browser.runtime.id;\n'],
  ])('%s: a browser global is refused', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-globals');
  });
  it('the same imports are fine where they belong', async () => {
    expect(
      await ruleIds('lib/store/ok.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n"),
    ).toEqual([]);
    expect(await ruleIds('lib/engine/ok.ts', "import { z } from 'zod';\nexport const x = z;\n")).toEqual([]);
  });
});
