/**
 * What a card's buttons do beyond fixes: undo a fix as Ctrl+Z would, open the built-in course
 * (switching a kind of nudge off is lib/store/switched-off.ts's `switchKind`).
 */
import { browser } from 'wxt/browser';
import type { OpenCourseRequest } from '../store/contract';

/**
 * Undoes the last edit through the editor's own undo, the path Ctrl+Z takes: the key goes to the
 * editor (Draft.js, Lexical, Quill and ProseMirror keep their history and handle it themselves);
 * one that leaves the key alone gets the browser's undo, asked as `historyUndo` first (editors
 * that take it as an input event) and then as the browser's own command (a textarea).
 */
export function undoInEditor(editor: HTMLElement): void {
  editor.focus({ preventScroll: true });
  const key = new KeyboardEvent('keydown', {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    ctrlKey: !isApple(),
    metaKey: isApple(),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  if (!editor.dispatchEvent(key)) return;
  const input = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true });
  if (editor.dispatchEvent(input)) document.execCommand('undo');
}

function isApple(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

/** Asks the background to open the course (a content script cannot open a tab itself). */
export async function openCourse(lesson?: string): Promise<void> {
  const request: OpenCourseRequest = { kind: 'ambassador:open-course', ...(lesson ? { lesson } : {}) };
  try {
    await browser.runtime.sendMessage(request);
  } catch (error) {
    console.error('Ambassador: the course could not be opened', error);
  }
}
