/** The editor libraries whose models we know; TipTap is ProseMirror underneath (`.tiptap.ProseMirror`). */
export type EditorKind = 'draft-js' | 'lexical' | 'quill' | 'prosemirror' | 'textarea' | 'contenteditable';

export function editorKind(editor: HTMLElement): EditorKind {
  if (editor instanceof HTMLTextAreaElement) return 'textarea';
  if (editor.classList.contains('public-DraftEditor-content')) return 'draft-js';
  if (editor.dataset.lexicalEditor === 'true') return 'lexical';
  if (editor.classList.contains('ql-editor')) return 'quill';
  if (editor.classList.contains('ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}
