/**
 * Reads an editor's text the way the engine sees it and maps UTF-16 offsets in that text back to
 * DOM positions. Blocks (paragraphs) join with "\n"; a <br> that only holds an empty block open is
 * not text; any other <br> is a soft line break. The DOM is only read, never changed.
 */
import { editorKind, type EditorKind } from './kinds';

type DomPosition = { node: Node; offset: number };

interface Piece {
  /** Offset of this piece in the model text. */
  start: number;
  length: number;
  /** The text node, or null for a synthetic "\n" (block separator or <br>). */
  node: Text | null;
  /** For a synthetic "\n": the DOM positions just before and just after it. */
  before?: DomPosition;
  after?: DomPosition;
}

/** Which side of a piece boundary an offset should land on: a range's start or its end. */
export type Bias = 'before' | 'after';

export interface TextModel {
  text: string;
  kind: EditorKind;
  /** DOM position of a model offset (for a contenteditable; undefined for a textarea). */
  position(offset: number, bias?: Bias): DomPosition | undefined;
  /** A live DOM Range over [start, end) (contenteditable only). */
  range(start: number, end: number): Range | undefined;
  /** The model offset of a DOM position inside the editor (contenteditable only). */
  offsetOf(node: Node, offset: number): number | undefined;
}

const BLOCK_SELECTOR: Partial<Record<EditorKind, string>> = {
  'draft-js': '[data-block="true"]',
};

function isBlock(element: Element): boolean {
  const display = getComputedStyle(element).display;
  return display === 'block' || display === 'list-item' || display === 'flex' || display === 'table';
}

function blocksOf(root: HTMLElement, kind: EditorKind): Element[] {
  const selector = BLOCK_SELECTOR[kind];
  if (selector) return [...root.querySelectorAll(selector)];
  // Lexical, Quill, ProseMirror: the root's block children are the paragraphs.
  const children = [...root.children].filter((child) => isBlock(child));
  return children.length > 0 ? children : [root];
}

/** A <br> that is the last thing in its block only keeps an empty line open. */
function isPlaceholderBreak(br: Element, block: Element): boolean {
  for (let node: Node | null = br; node && node !== block; node = node.parentNode) {
    let next = node.nextSibling;
    while (next && next.nodeType === Node.TEXT_NODE && next.textContent === '') next = next.nextSibling;
    if (next) return false;
  }
  return true;
}

export function readTextModel(editor: HTMLElement): TextModel {
  const kind = editorKind(editor);
  if (editor instanceof HTMLTextAreaElement) {
    const none = () => undefined;
    return { text: editor.value, kind, position: none, range: none, offsetOf: none };
  }
  const pieces: Piece[] = [];
  let text = '';
  const push = (piece: Omit<Piece, 'start'>, value: string) => {
    pieces.push({ ...piece, start: text.length });
    text += value;
  };
  blocksOf(editor, kind).forEach((block, index) => {
    if (index > 0) {
      const previous = block.previousElementSibling ?? block;
      const before = { node: previous, offset: previous.childNodes.length };
      push({ node: null, length: 1, before, after: { node: block, offset: 0 } }, '\n');
    }
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) =>
        node instanceof Element && node.getAttribute('contenteditable') === 'false'
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const value = (node as Text).data;
        if (value) push({ node: node as Text, length: value.length }, value);
      } else if ((node as Element).tagName === 'BR' && !isPlaceholderBreak(node as Element, block)) {
        const parent = node.parentNode!;
        const index = [...parent.childNodes].indexOf(node as ChildNode);
        const before = { node: parent, offset: index };
        push({ node: null, length: 1, before, after: { node: parent, offset: index + 1 } }, '\n');
      }
    }
  });

  const position = (offset: number, bias: Bias = 'after'): DomPosition | undefined => {
    const at = Math.max(0, Math.min(offset, text.length));
    let ending: Piece | undefined;
    let starting: Piece | undefined;
    for (const piece of pieces) {
      const end = piece.start + piece.length;
      if (piece.node && at > piece.start && at < end) return { node: piece.node, offset: at - piece.start };
      if (at === end) ending = piece;
      if (at === piece.start) starting ??= piece;
    }
    const fromEnding = (piece: Piece) =>
      piece.node ? { node: piece.node, offset: piece.length } : piece.after;
    const fromStarting = (piece: Piece) => (piece.node ? { node: piece.node, offset: 0 } : piece.before);
    if (bias === 'before' && ending) return fromEnding(ending);
    if (starting) return fromStarting(starting);
    if (ending) return fromEnding(ending);
    return { node: blocksOf(editor, kind)[0] ?? editor, offset: 0 };
  };

  const offsetOf = (node: Node, offset: number): number | undefined => {
    if (!editor.contains(node)) return undefined;
    const own = pieces.find((piece) => piece.node === node);
    if (own) return own.start + Math.min(offset, own.length);
    // An element position (an empty line, a caret between blocks): the text of every piece that
    // ends at or before it.
    const point = document.createRange();
    point.setStart(node, offset);
    let at = 0;
    for (const piece of pieces) {
      const end = piece.node ? { node: piece.node, offset: piece.length } : piece.after!;
      if (point.comparePoint(end.node, end.offset) > 0) break;
      at = piece.start + piece.length;
    }
    return at;
  };

  return {
    text,
    kind,
    position,
    offsetOf,
    range(start, end) {
      const from = position(start, 'after');
      const to = position(end, start === end ? 'after' : 'before');
      if (!from || !to) return undefined;
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}
