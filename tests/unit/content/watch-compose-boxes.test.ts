// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { searchRoots } from '../../../lib/content/watch-compose-boxes';

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
