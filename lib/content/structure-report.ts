/**
 * "Not seeing your compose box?": a structure-only picture of the page's editable elements for the
 * admin who writes a selector override. Tag names, roles, test ids, data-view-name, labels with
 * anything that may be a name cut out, the editor kind and whether we watch it; never the text on
 * the page, the draft, or the page's path (it may hold a profile name).
 */
import { editorKind } from '../editor/kinds';
import { EDITABLE } from '../sites/generic';
import type { SearchRoot } from '../sites/types';

/** Ancestors described above each editable element: enough to write a selector from. */
const ANCESTORS = 8;
const MAX_EDITABLES = 20;

interface NodeShape {
  tag: string;
  role?: string;
  label?: string;
  testid?: string;
  viewName?: string;
  editable?: string;
}

/**
 * A label with what may be a person's name or handle cut out: it is kept up to the first word
 * (after the first) that is capitalised, holds a digit or an @. "Comment as Jane Doe" → "Comment as …".
 */
export function redactLabel(label: string): string {
  const words = label.trim().split(/\s+/);
  const cut = words.findIndex((word, i) => /[\d@]/.test(word) || (i > 0 && /^\p{Lu}/u.test(word)));
  if (cut === -1) return words.join(' ').slice(0, 60);
  return [...words.slice(0, cut), '…'].join(' ').slice(0, 60);
}

/** Test ids and view names are code, but a few carry a long number (a post's or a person's id). */
const redactId = (id: string) => id.replace(/\d{3,}.*$/, '…');

function shapeOf(element: Element): NodeShape {
  const attr = (name: string) => element.getAttribute(name) ?? undefined;
  const label = attr('aria-label') ?? attr('placeholder') ?? attr('aria-placeholder');
  const testid = attr('data-testid');
  const viewName = attr('data-view-name');
  return {
    tag: element.tagName.toLowerCase(),
    ...(attr('role') && { role: attr('role') }),
    ...(label && { label: redactLabel(label) }),
    ...(testid && { testid: redactId(testid) }),
    ...(viewName && { viewName: redactId(viewName) }),
    ...(attr('contenteditable') !== undefined && { editable: attr('contenteditable') }),
  };
}

export function structureReport(roots: readonly SearchRoot[], watched: ReadonlySet<HTMLElement>): string {
  const editables = roots
    .flatMap((root) => [...root.querySelectorAll<HTMLElement>(EDITABLE)])
    .slice(0, MAX_EDITABLES)
    .map((element) => {
      const ancestors: NodeShape[] = [];
      for (let at = element.parentElement; at && ancestors.length < ANCESTORS; at = at.parentElement)
        ancestors.push(shapeOf(at));
      return {
        kind: editorKind(element),
        watched: watched.has(element),
        inShadowRoot: element.getRootNode() instanceof ShadowRoot,
        element: shapeOf(element),
        ancestors,
      };
    });
  return JSON.stringify({ host: location.host, editables }, null, 1);
}
