// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { searchRoots, watchComposeBoxes } from '../../../lib/content/watch-compose-boxes';
import type { ComposeBox, SearchRoot, SiteAdapter } from '../../../lib/sites/types';

const frames = () => new Promise((done) => setTimeout(done, 50));

describe('watchComposeBoxes', () => {
  it('starts a session for a box that appears, and rescans only when elements come or go', async () => {
    document.body.innerHTML = '<p id="counter">0</p>';
    let scans = 0;
    const adapter: SiteAdapter = {
      platform: 'x',
      selectors: {},
      isPrivate: () => false,
      findComposeBoxes(root: SearchRoot) {
        scans++;
        return [...root.querySelectorAll<HTMLElement>('textarea')].map((editor): ComposeBox => ({
          editor,
          surface: 'post',
          replyTo: () => undefined,
          submitButton: () => null,
          submitsOnEnter: false,
        }));
      },
      accountHandle: () => undefined,
    };
    const started: HTMLElement[] = [];
    const stop = new AbortController();
    watchComposeBoxes(adapter, (box) => started.push(box.editor), stop.signal);
    expect(scans).toBe(1);

    // Text changing next to the box (a character counter) is no reason to look again.
    document.getElementById('counter')!.textContent = '1';
    await frames();
    expect(scans).toBe(1);

    const editor = document.createElement('textarea');
    document.body.append(editor);
    await frames();
    expect(scans).toBe(2);
    expect(started).toEqual([editor]);
    stop.abort();
  });
});

describe('searchRoots', () => {
  it('is the document alone when the adapter names no shadow hosts', () => {
    document.body.innerHTML = '<div id="interop-outlet"></div>';
    document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    expect(searchRoots(document, undefined)).toEqual([document]);
  });

  it('adds the open shadow roots of the named hosts, nested ones too, and skips hosts without one', () => {
    document.body.innerHTML =
      '<div id="interop-outlet"></div><div class="later"></div><div id="other"></div>';
    const outer = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<section class="later"></section>';
    const inner = outer.querySelector('.later')!.attachShadow({ mode: 'open' });
    document.getElementById('other')!.attachShadow({ mode: 'open' });
    expect(searchRoots(document, ['#interop-outlet', '.later'])).toEqual([document, outer, inner]);
  });
});
