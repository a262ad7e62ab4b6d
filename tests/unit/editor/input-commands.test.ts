/** The page-world helper runs only commands of the exact shapes the content script sends. */
import { describe, expect, it } from 'vitest';
import { MAX_COMMAND_TEXT, parseInputCommand, type InputCommand } from '../../../lib/editor/input-commands';

describe('parseInputCommand', () => {
  const commands: InputCommand[] = [
    { edit: 'insertText', text: '#IWorkForDell ' },
    { edit: 'insertText', text: '' },
    { edit: 'insertParagraph' },
    { edit: 'delete' },
    { edit: 'backspaceKey' },
    { edit: 'paste', text: 'line one\nline two' },
    { edit: 'history', inputType: 'historyUndo' },
    { edit: 'history', inputType: 'historyRedo' },
  ];
  it.each(commands)('reads back %j', (command) => {
    expect(parseInputCommand(JSON.stringify(command))).toEqual(command);
  });

  it.each([
    ['not JSON', '{edit:'],
    ['not an object', '"insertText"'],
    ['null', 'null'],
    ['an unknown edit', JSON.stringify({ edit: 'insertHTML', text: '<img>' })],
    ['an execCommand outside the list', JSON.stringify({ edit: 'createLink', text: 'https://example.com' })],
    ['a text that is not a string', JSON.stringify({ edit: 'insertText', text: 42 })],
    ['no text', JSON.stringify({ edit: 'paste' })],
    ['a text where none belongs', JSON.stringify({ edit: 'delete', text: 'x' })],
    ['a text with a key press', JSON.stringify({ edit: 'backspaceKey', text: 'x' })],
    ['an unknown history step', JSON.stringify({ edit: 'history', inputType: 'deleteContent' })],
    ['a field more', JSON.stringify({ edit: 'insertText', text: 'x', target: '#other' })],
    [
      'a text longer than a post can be',
      JSON.stringify({ edit: 'insertText', text: 'x'.repeat(MAX_COMMAND_TEXT + 1) }),
    ],
  ])('refuses %s', (_what, json) => {
    expect(parseInputCommand(json)).toBeUndefined();
  });
});
