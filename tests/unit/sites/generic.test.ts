// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findGenericBoxes } from '../../../lib/sites/generic';
import { xAdapter } from '../../../lib/sites/x';

/** happy-dom does no layout: every element gets the size of a compose box unless it says otherwise. */
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const small = this.dataset.small !== undefined;
    return { width: small ? 40 : 500, height: small ? 10 : 60 } as DOMRect;
  });
});

const found = (known: HTMLElement[] = []) =>
  findGenericBoxes(document, xAdapter, new Set(known)).map((box) => box.editor.id);

describe('findGenericBoxes', () => {
  it('takes unknown editable textboxes as post boxes, without context or guard', () => {
    document.body.innerHTML = `
      <div role="textbox" id="wrapper"><div contenteditable="true" id="ce"><p contenteditable="true" id="inner"></p></div></div>
      <textarea id="ta"></textarea>`;
    expect(found()).toEqual(['ce', 'ta']);
    const [box] = findGenericBoxes(document, xAdapter, new Set());
    expect(box).toMatchObject({ surface: 'post', submitsOnEnter: false, generic: true });
    expect(box!.replyTo()).toBeUndefined();
    expect(box!.submitButton()).toBeNull();
  });

  it('leaves out search fields, private messages, small, read-only and opted-out fields, and the adapter’s boxes', () => {
    document.body.innerHTML = `
      <form role="search"><textarea id="in-search"></textarea></form>
      <textarea id="labelled" aria-label="Search posts"></textarea>
      <div data-testid="DMDrawer"><div contenteditable="true" id="dm"></div></div>
      <textarea id="small" data-small></textarea>
      <textarea id="readonly" readonly></textarea>
      <div data-gramm="false"><div contenteditable="true" id="opted-out"></div></div>
      <div id="known-wrapper"><div contenteditable="true" id="known"></div></div>
      <div contenteditable="true" id="new"></div>`;
    expect(found([document.getElementById('known')!])).toEqual(['new']);
  });
});
