/**
 * The selection and focus as seen from an editor's own tree. For an editor inside a shadow root
 * (LinkedIn's share composer under `#interop-outlet`) the document's selection and activeElement
 * report only the shadow host, so reading or setting the caret through them misses the editor.
 */

/** The shadow root `node` lives in, when it lives in one. */
function shadowRootOf(node: Node): ShadowRoot | undefined {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : undefined;
}

/** Chromium gives each shadow root a selection of its own (non-standard, not in the DOM typings). */
type ShadowRootWithSelection = ShadowRoot & { getSelection?: () => Selection | null };

/** Puts the selection on `range`, which lies in `editor`'s tree. */
export function setSelection(editor: Node, range: Range): void {
  const root = shadowRootOf(editor) as ShadowRootWithSelection | undefined;
  const selection = root?.getSelection?.() ?? document.getSelection();
  if (!selection) return;
  // setBaseAndExtent, not addRange: it also takes nodes inside a shadow tree where the document's
  // selection is the only one (Firefox, Safari).
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}

/** The node the selection starts in, inside `editor`'s tree (null when it is elsewhere). */
export function selectionStart(editor: Node): Node | null {
  const root = shadowRootOf(editor);
  const selection = document.getSelection();
  if (!root || !selection) return selection?.anchorNode ?? null;
  if ('getComposedRanges' in selection)
    return selection.getComposedRanges({ shadowRoots: [root] })[0]?.startContainer ?? null;
  return (root as ShadowRootWithSelection).getSelection?.()?.anchorNode ?? null;
}

/** The selection's range inside `editor`'s tree (undefined when the selection is elsewhere). */
export function selectedRange(editor: Node): StaticRange | Range | undefined {
  const root = shadowRootOf(editor);
  const selection = document.getSelection();
  let range: StaticRange | Range | undefined;
  if (root && selection && 'getComposedRanges' in selection)
    range = selection.getComposedRanges({ shadowRoots: [root] })[0];
  else {
    const own = root ? (root as ShadowRootWithSelection).getSelection?.() : selection;
    range = own && own.rangeCount > 0 ? own.getRangeAt(0) : undefined;
  }
  return range && editor.contains(range.startContainer) && editor.contains(range.endContainer)
    ? range
    : undefined;
}

/** The focused element inside `editor`'s tree (the document's activeElement is the shadow host). */
export function focusedIn(editor: Node): Element | null {
  return (shadowRootOf(editor) ?? document).activeElement;
}
