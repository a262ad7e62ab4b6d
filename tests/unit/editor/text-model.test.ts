// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readTextModel } from '../../../lib/editor/text-model';

function editor(html: string, attrs: Record<string, string> = {}): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  for (const [k, v] of Object.entries(attrs)) root.setAttribute(k, v);
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('readTextModel', () => {
  it('joins Lexical paragraphs with newlines and ignores placeholder breaks', () => {
    const root = editor('<p><span>Hello 👋</span></p><p><br></p><p><span>世界</span></p>', {
      'data-lexical-editor': 'true',
    });
    const model = readTextModel(root);
    expect(model.kind).toBe('lexical');
    expect(model.text).toBe('Hello 👋\n\n世界');
  });

  it('reads Draft.js blocks and keeps soft line breaks inside a block', () => {
    const root = editor(
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">one\ntwo</span></span></div></div>' +
        '<div data-block="true"><div><span><br data-text="true"></span></div></div></div>',
      { class: 'public-DraftEditor-content' },
    );
    const model = readTextModel(root);
    expect(model.kind).toBe('draft-js');
    expect(model.text).toBe('one\ntwo\n');
  });

  it("reads TipTap paragraphs and hard breaks as its getText does, without ProseMirror's trailing breaks", () => {
    const root = editor(
      '<p>one<br><br class="ProseMirror-trailingBreak"></p><p><br class="ProseMirror-trailingBreak"></p><p>two</p>',
      { class: 'tiptap ProseMirror' },
    );
    const model = readTextModel(root);
    expect(model.kind).toBe('prosemirror');
    // editor.getText({ blockSeparator: '\n' }) of "one" + hard break, an empty paragraph, "two".
    expect(model.text).toBe('one\n\n\ntwo');
    expect(model.range(6, 9)?.toString()).toBe('two');
  });

  it('counts a <br> inside a paragraph as a line break', () => {
    const model = readTextModel(editor('<p>a<br>b</p>'));
    expect(model.text).toBe('a\nb');
  });

  it('maps offsets to ranges whose text is the span, across emoji and blocks', () => {
    const root = editor('<p><span>Hi 👋 </span><b>call</b><span> me</span></p><p>at 555</p>', {
      class: 'ql-editor',
    });
    const model = readTextModel(root);
    expect(model.text).toBe('Hi 👋 call me\nat 555');
    const spans: [number, number][] = [
      [6, 10],
      [3, 5],
      [14, 20],
      [0, 20],
    ];
    for (const [start, end] of spans) {
      const range = model.range(start, end)!;
      expect(range.toString().replace(/\n/g, '')).toBe(model.text.slice(start, end).replace(/\n/g, ''));
    }
  });

  it('reads a textarea by its value', () => {
    const area = document.createElement('textarea');
    area.value = 'plain\ntext';
    expect(readTextModel(area).text).toBe('plain\ntext');
  });
});

describe('offsetOf', () => {
  it('maps DOM positions back to model offsets: in text, at block edges and on an empty line', () => {
    const root = editor('<p><span>Hello</span></p><p><br></p><p><span>world</span></p>', {
      'data-lexical-editor': 'true',
    });
    const model = readTextModel(root);
    expect(model.text).toBe('Hello\n\nworld');
    const [first, empty, last] = [...root.children];
    expect(model.offsetOf(first!.firstChild!.firstChild!, 3)).toBe(3);
    expect(model.offsetOf(last!.firstChild!.firstChild!, 2)).toBe(9);
    // The caret on the empty line, and at the start of the last block.
    expect(model.offsetOf(empty!, 0)).toBe(6);
    expect(model.offsetOf(last!, 0)).toBe(7);
    for (const offset of [0, 4, 5, 6, 7, 12]) {
      const position = model.position(offset)!;
      expect(model.offsetOf(position.node, position.offset)).toBe(offset);
    }
    expect(model.offsetOf(document.body, 0)).toBeUndefined();
  });
});
