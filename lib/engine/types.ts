/** The contract between layers (see DESIGN.md). Pure data: no DOM, no browser API. */

export type Platform = 'x' | 'facebook' | 'linkedin';
export const PLATFORMS: readonly Platform[] = ['x', 'facebook', 'linkedin'];

export type Surface = 'post' | 'reply' | 'comment';
export type TrainingState = 'certified' | 'in-training' | 'none' | 'expired';

export interface Draft {
  text: string;
  platform: Platform;
  surface: Surface;
  /** The post being answered, when there is one. */
  replyTo?: { text: string; author?: string };
  /** The signed-in account, when the page shows it. */
  account?: { handle?: string };
  training: { state: TrainingState };
  /** ISO date, for sunset and expiry checks. */
  now?: string;
  /**
   * The writer's locale as a BCP 47 tag ("en-GB", "pt-BR"; the browser's language): its region is
   * tried first for phone numbers written the national way, before the policy's `pii.regions`.
   */
  locale?: string;
  /**
   * The draft's language as a BCP 47 tag, when the caller knows it ("fr", "fr-CA"); otherwise it
   * is detected from the text (lib/engine/language.ts). Picks the policy's texts for that language.
   */
  language?: string;
}

export type Category =
  | 'disclosure'
  | 'pii'
  | 'tone'
  | 'confidential'
  | 'length'
  | 'governance'
  | 'training'
  | 'handoff'
  | 'custom';

export const CATEGORIES: readonly Category[] = [
  'disclosure',
  'pii',
  'tone',
  'confidential',
  'length',
  'governance',
  'training',
  'handoff',
  'custom',
];

export type Severity = 'info' | 'warn' | 'block';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * What a fix does, so nothing downstream parses rule ids: insert (or move) the disclosure, replace
 * personal data with a placeholder, hand the thread to the support team, rewrite or remove the
 * flagged words, or put in an approved storyline.
 */
export type FixKind = 'insert-disclosure' | 'redact' | 'hand-off' | 'rewrite' | 'remove' | 'storyline';

export interface Fix {
  kind: FixKind;
  label: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Which guideline of the policy it serves, shown to the user. */
  guideline: string;
  /** Plain text, never HTML. */
  message: string;
  /** UTF-16 offsets into draft.text; absent for whole-draft findings. */
  start?: number;
  end?: number;
  fixes: Fix[];
  /**
   * Set when the policy marks the finding's rule optional (never on a block): the kind of nudge
   * the employee may switch off for themselves, "Don't show this kind again" (see optional.ts).
   */
  optionalKind?: string;
}
