// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { redactLabel, structureReport } from '../../../lib/content/structure-report';

describe('structureReport', () => {
  it('describes the editable elements by structure and carries no text of the page or the draft', () => {
    document.body.innerHTML = `
      <main role="main" data-testid="primaryColumn">
        <article data-testid="tweet"><span>Jane Doe posted: our secret launch date</span></article>
        <div class="box" data-view-name="comment-box">
          <div role="textbox" contenteditable="true" aria-label="Reply to Jane Doe" id="editor">
            <p>My draft with 555-123-4567 for Jane</p>
          </div>
        </div>
        <textarea placeholder="Message @janedoe">typed words</textarea>
      </main>`;
    const editor = document.getElementById('editor')!;
    const report = structureReport([document], new Set([editor]));
    for (const secret of ['Jane', 'Doe', 'secret', 'launch', 'draft', '555', 'janedoe', 'typed', 'words'])
      expect(report).not.toContain(secret);
    const parsed = JSON.parse(report) as { editables: Record<string, unknown>[] };
    expect(parsed.editables).toHaveLength(2);
    expect(parsed.editables[0]).toMatchObject({
      kind: 'contenteditable',
      watched: true,
      element: { tag: 'div', role: 'textbox', label: 'Reply to …', editable: 'true' },
    });
    expect((parsed.editables[0]!.ancestors as unknown[]).slice(0, 2)).toEqual([
      { tag: 'div', viewName: 'comment-box' },
      { tag: 'main', role: 'main', testid: 'primaryColumn' },
    ]);
    expect(parsed.editables[1]).toMatchObject({
      kind: 'textarea',
      watched: false,
      element: { label: 'Message …' },
    });
  });

  it('cuts a label at the first word that may be a name, a handle or a number', () => {
    expect(redactLabel('Write a comment…')).toBe('Write a comment…');
    expect(redactLabel('Comment as Jane Doe')).toBe('Comment as …');
    expect(redactLabel('Post text')).toBe('Post text');
    expect(redactLabel('reply to @jane')).toBe('reply to …');
  });
});
