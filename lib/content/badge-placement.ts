/**
 * Where the badge goes: the first spot around the editor that covers none of the site's own
 * controls (emoji pickers, counters, post and close buttons): above the top-right corner, above
 * the top-left corner, inside the bottom-right corner, below the bottom-right corner.
 */
import type { Finding } from '../engine/types';
import type { Box } from '../editor/geometry';

const GAP = 4;

/** The badge's size before it is drawn (for placement): a dot and a count per severity. */
export function badgeSize(findings: { finding: Finding }[]): { width: number; height: number } {
  const severities = new Set(findings.map(({ finding }) => finding.severity)).size;
  return { width: 18 + 30 * Math.max(severities, 1), height: 24 };
}

export function badgeCandidates(editor: Box, size: { width: number; height: number }): Box[] {
  const right = editor.left + editor.width - size.width;
  const { width, height } = size;
  return [
    { left: right, top: editor.top - height - GAP, width, height },
    { left: editor.left, top: editor.top - height - GAP, width, height },
    { left: right - GAP, top: editor.top + editor.height - height - GAP, width, height },
    { left: right, top: editor.top + editor.height + GAP, width, height },
  ];
}

export function placeBadge(
  editor: Box,
  size: { width: number; height: number },
  isClear: (box: Box) => boolean,
): Box {
  const candidates = badgeCandidates(editor, size);
  return candidates.find(isClear) ?? candidates[0]!;
}

const INTERACTIVE =
  'button, a[href], input, select, textarea, [role="button"], [role="link"], [role="menuitem"], [role="tab"]';

/** A spot is clear when it is on screen and no control of the page (other than the editor) is under it. */
export function clearOfControls(editor: HTMLElement, ownHost: Element): (box: Box) => boolean {
  return (box) => {
    if (
      box.top < 0 ||
      box.left < 0 ||
      box.top + box.height > innerHeight ||
      box.left + box.width > innerWidth
    )
      return false;
    const points: [number, number][] = [
      [box.left + 1, box.top + 1],
      [box.left + box.width - 1, box.top + 1],
      [box.left + 1, box.top + box.height - 1],
      [box.left + box.width - 1, box.top + box.height - 1],
      [box.left + box.width / 2, box.top + box.height / 2],
    ];
    return points.every(([x, y]) => {
      // From the editor's own tree: inside a shadow root, the document sees only the host.
      const top = (editor.getRootNode() as Document | ShadowRoot)
        .elementsFromPoint(x, y)
        .find((el) => el !== ownHost && el.tagName !== 'AMBASSADOR-OVERLAY');
      const control = top?.closest(INTERACTIVE);
      return !control || control === editor || editor.contains(control);
    });
  };
}
