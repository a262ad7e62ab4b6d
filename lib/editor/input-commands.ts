/**
 * The primitive edits a fix is made of, each as the browser itself would send it to an editor at
 * the current selection. The same code runs in the content script's isolated world and, through
 * the page-world helper (entrypoints/page-world.ts), in the page's own world, where some editors
 * only listen (Firefox wraps what a content script builds: LinkedIn's TipTap ignores its
 * `insertText`, and pages may not read its DataTransfer).
 *
 * No browser extension API here: this module is bundled into the page-world helper.
 */

export type InputCommand =
  | { edit: 'insertText'; text: string }
  | { edit: 'insertParagraph' }
  | { edit: 'delete' }
  /** A Backspace key press, for editors that remove a selection through their own model on it. */
  | { edit: 'backspaceKey' }
  | { edit: 'paste'; text: string }
  | { edit: 'history'; inputType: 'historyUndo' | 'historyRedo' };

/** Gecko's ClipboardEventInit: the data of the event's DataTransfer, as members of its own. */
interface GeckoClipboardEventInit extends ClipboardEventInit {
  dataType?: string;
  data?: string;
}

/** The longest text one command carries: a post, not a document (X's limit is 280, LinkedIn's 3,000). */
export const MAX_COMMAND_TEXT = 100_000;

/**
 * Runs `command` on `target` (the editor, or for a paste the element the selection starts in).
 * `execCommand` acts on the focused editor at its selection, which the caller has set.
 */
export function runInputCommand(target: Element, command: InputCommand): void {
  switch (command.edit) {
    case 'insertText':
      document.execCommand('insertText', false, command.text);
      return;
    case 'insertParagraph':
    case 'delete':
      document.execCommand(command.edit);
      return;
    case 'backspaceKey': {
      // keyCode: Draft.js reads its key bindings from it.
      const init = { key: 'Backspace', code: 'Backspace', keyCode: 8, bubbles: true, cancelable: true };
      target.dispatchEvent(new KeyboardEvent('keydown', init));
      return;
    }
    case 'paste': {
      const data = new DataTransfer();
      data.setData('text/plain', command.text);
      // Firefox ignores `clipboardData` and fills the event's own from `dataType` and `data`.
      const init: GeckoClipboardEventInit = {
        clipboardData: data,
        dataType: 'text/plain',
        data: command.text,
        bubbles: true,
        cancelable: true,
      };
      target.dispatchEvent(new ClipboardEvent('paste', init));
      return;
    }
    case 'history': {
      // Editors with a history of their own (ProseMirror, Lexical) take it as a beforeinput they
      // cancel; the others (and textareas) through the browser's own history.
      const { inputType } = command;
      const event = new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true });
      if (target.dispatchEvent(event)) document.execCommand(inputType === 'historyUndo' ? 'undo' : 'redo');
      return;
    }
  }
}

/** Reads a command from its JSON form; anything else (or anything more) is refused with undefined. */
export function parseInputCommand(json: string): InputCommand | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { edit, text, inputType, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  const isText = typeof text === 'string' && text.length <= MAX_COMMAND_TEXT;
  switch (edit) {
    case 'insertText':
    case 'paste':
      return isText && inputType === undefined ? { edit, text: text as string } : undefined;
    case 'insertParagraph':
    case 'delete':
    case 'backspaceKey':
      return text === undefined && inputType === undefined ? { edit } : undefined;
    case 'history':
      return text === undefined && (inputType === 'historyUndo' || inputType === 'historyRedo')
        ? { edit, inputType }
        : undefined;
    default:
      return undefined;
  }
}

/** The event type the content script sends commands under: it carries the page's secret nonce. */
export const commandEventType = (nonce: string) => `ambassador-input-${nonce}`;

/** A nonce as the helper makes it: 128 random bits in hex. */
export const NONCE_PATTERN = /^[0-9a-f]{32}$/;

/** Whether `target` is inside something the user can edit (a command never goes anywhere else). */
export function isEditable(target: Element): boolean {
  if (target instanceof HTMLTextAreaElement) return !target.disabled && !target.readOnly;
  return target instanceof HTMLElement && target.isContentEditable;
}
