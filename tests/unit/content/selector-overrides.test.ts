import { describe, expect, it } from 'vitest';
import { applySelectorOverrides } from '../../../lib/content/selector-overrides';

describe('applySelectorOverrides', () => {
  it('writes overrides into the table and puts the built-in selectors back when they are withdrawn', () => {
    const table = { editor: '.old', submit: 'button' };
    expect(applySelectorOverrides(table, undefined)).toBe(false);
    expect(applySelectorOverrides(table, { editor: '.renamed' })).toBe(true);
    expect(table).toEqual({ editor: '.renamed', submit: 'button' });
    expect(applySelectorOverrides(table, { editor: '.renamed' })).toBe(false);
    expect(applySelectorOverrides(table, {})).toBe(true);
    expect(table).toEqual({ editor: '.old', submit: 'button' });
  });
});
