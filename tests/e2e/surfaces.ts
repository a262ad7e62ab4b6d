/**
 * The compose boxes of the fixture pages and what the engine says of a draft in each: shared by the
 * Chromium specs (Playwright) and the Firefox lane (Puppeteer), so nothing here drives a browser.
 */
import { evaluate } from '../../lib/engine/evaluate';
import { applyEdits } from '../../lib/engine/edits';
import type { Draft, Finding, Platform, Surface } from '../../lib/engine/types';
import { DEFAULT_POLICY, DEFAULT_POLICY_INPUT, parsePolicy } from '../../lib/policy';
import type { Policy } from '../../lib/policy/schema';
import type { Site } from './fixture-pages';

/** What a surface's steps use of a page: a click on a selector, which Playwright's and Puppeteer's pages both have. */
export interface Clickable {
  click(selector: string): Promise<unknown>;
}

export interface SurfaceSpec {
  site: Site;
  name: string;
  /** Path and query on the site (default: the site's start page). */
  url?: string;
  /** What a user does to bring the box up (open a modal …). */
  open?: (page: Clickable) => Promise<unknown>;
  editor: string;
  /** The fixture's id for this editor's model (window.__fixture.text(id)). */
  id: string;
  submit: string;
  /** What still has to happen once the held button went through (Facebook's "Post" after "Next"). */
  afterSubmit?: (page: Clickable) => Promise<unknown>;
  /** A plain Enter posts (Facebook's comment and reply boxes). */
  enterSubmits?: boolean;
  surface: Surface;
  /** The post being answered, as the adapter should read it. */
  replyTo?: { text: string; author?: string };
  handle: string;
}

const FRAN_X =
  'My new laptop from @Dell won\u2019t boot after the update. Still waiting on support for a week. Worst experience ever.';
const FRAN_FB =
  'My Dell laptop stopped working two days after the warranty ran out. Still waiting for a refund. Worst support ever.';
const FRAN_LI =
  'Our new PowerEdge server is broken out of the box and nobody from support has called back. Still waiting, need a refund.';
const GUS_LI =
  'My Latitude docking station is not working with the second monitor and I am still waiting for support to answer.';
const PAT_LI = 'Mine arrived damaged and I am still waiting for a refund.';

export const SURFACES: SurfaceSpec[] = [
  {
    site: 'x',
    name: 'inline composer on home',
    editor: '#inline-composer .public-DraftEditor-content',
    id: 'home',
    submit: '[data-testid="tweetButtonInline"]',
    surface: 'post',
    handle: 'amy_writes',
  },
  {
    site: 'x',
    name: 'modal composer',
    open: (page) => page.click('[data-testid="SideNav_NewTweet_Button"]'),
    editor: '[role="dialog"] .public-DraftEditor-content',
    id: 'modal-1',
    submit: '[role="dialog"] [data-testid="tweetButton"]',
    surface: 'post',
    handle: 'amy_writes',
  },
  {
    site: 'x',
    name: 'reply modal',
    // The first post's Reply button.
    open: (page) => page.click('article[data-testid="tweet"] [data-testid="reply"]'),
    editor: '[role="dialog"] .public-DraftEditor-content',
    id: 'modal-1',
    submit: '[role="dialog"] [data-testid="tweetButton"]',
    surface: 'reply',
    replyTo: { text: FRAN_X, author: 'frustrated_fran' },
    handle: 'amy_writes',
  },
  {
    site: 'x',
    name: 'reply on a status page',
    url: 'https://x.com/frustrated_fran/status/1',
    editor: '#inline-reply .public-DraftEditor-content',
    id: 'status-reply',
    submit: '[data-testid="tweetButtonInline"]',
    surface: 'reply',
    replyTo: { text: FRAN_X, author: 'frustrated_fran' },
    handle: 'amy_writes',
  },
  {
    site: 'x',
    name: 'mobile textarea composer',
    url: 'https://x.com/compose/post?mobile=1',
    editor: '[data-testid="tweetTextarea_0"] textarea',
    id: 'mobile',
    submit: '[data-testid="tweetButton"]',
    surface: 'post',
    handle: 'amy_writes',
  },
  {
    site: 'facebook',
    name: 'post composer dialog',
    open: (page) => page.click('.open-composer'),
    editor: '[role="dialog"] [data-lexical-editor="true"]',
    id: 'composer-1',
    submit: '[role="dialog"] [aria-label="Post"]',
    surface: 'post',
    handle: 'amy.writes',
  },
  {
    site: 'facebook',
    name: 'post composer with a Next step',
    url: 'https://www.facebook.com/?composer=next',
    open: (page) => page.click('.open-composer'),
    editor: '[role="dialog"] [data-lexical-editor="true"]',
    id: 'composer-1',
    submit: '[role="dialog"] [aria-label="Next"]',
    afterSubmit: (page) => page.click('[role="dialog"] [aria-label="Post"]'),
    surface: 'post',
    handle: 'amy.writes',
  },
  {
    site: 'facebook',
    name: 'comment box',
    editor: '[data-pagelet="FeedUnit_0"] [aria-label="Write a comment…"]',
    id: 'comment-0',
    submit: '[data-pagelet="FeedUnit_0"] [aria-label="Comment"]',
    enterSubmits: true,
    surface: 'comment',
    replyTo: { text: FRAN_FB, author: 'Frustrated Fran' },
    handle: 'amy.writes',
  },
  {
    site: 'facebook',
    name: 'comment in a post opened as a modal',
    open: (page) => page.click('[data-pagelet="FeedUnit_0"] [aria-label="View post"]'),
    editor: '[role="dialog"] [aria-label="Comment as Amy Writes"]',
    id: 'modal-comment',
    submit: '[role="dialog"] form:has([aria-label="Comment as Amy Writes"]) [aria-label="Comment"]',
    enterSubmits: true,
    surface: 'comment',
    replyTo: { text: FRAN_FB, author: 'Frustrated Fran' },
    handle: 'amy.writes',
  },
  {
    site: 'facebook',
    name: 'reply in a post opened as a modal',
    open: (page) => page.click('[data-pagelet="FeedUnit_0"] [aria-label="View post"]'),
    editor: '[role="dialog"] [aria-label="Reply to Helpful Hank"]',
    id: 'modal-reply',
    submit: '[role="dialog"] form:has([aria-label="Reply to Helpful Hank"]) [aria-label="Comment"]',
    enterSubmits: true,
    surface: 'reply',
    // The post, not the comment being answered: the hand-off is about the customer's complaint.
    replyTo: { text: FRAN_FB, author: 'Frustrated Fran' },
    handle: 'amy.writes',
  },
  {
    site: 'linkedin',
    name: 'share composer in the shadow root',
    open: (page) => page.click('.share-box-feed-entry__trigger'),
    // Playwright's CSS selectors pierce open shadow roots: this is the Quill inside #interop-outlet.
    editor: '#interop-outlet [data-test-modal] .ql-editor',
    id: 'share-1',
    submit: '.share-actions__primary-action',
    surface: 'post',
    handle: 'amy-writes',
  },
  {
    site: 'linkedin',
    name: 'classic Quill comment box',
    editor: '[data-id="urn:li:activity:7001"] .ql-editor',
    id: 'comment-0',
    submit: '[data-id="urn:li:activity:7001"] .comments-comment-box__submit-button',
    surface: 'comment',
    replyTo: { text: FRAN_LI, author: 'Frustrated Fran' },
    handle: 'amy-writes',
  },
  {
    site: 'linkedin',
    name: 'TipTap comment box',
    editor: '[data-fixture-id="tiptap-comment-0"] .tiptap.ProseMirror',
    id: 'tiptap-comment-0',
    submit: '[data-fixture-id="tiptap-comment-0"] [data-view-name="comment-post"]',
    surface: 'comment',
    replyTo: { text: GUS_LI },
    handle: 'amy-writes',
  },
  {
    site: 'linkedin',
    name: 'TipTap reply box',
    open: (page) => page.click('button[aria-label="Reply to Patient Pat"]'),
    editor: '[data-fixture-id="tiptap-reply-1"] .tiptap.ProseMirror',
    id: 'tiptap-reply-1',
    submit: '[data-fixture-id="tiptap-reply-1"] [data-view-name="comment-post"]',
    surface: 'reply',
    // The comment answered, not the post (which is no complaint).
    replyTo: { text: PAT_LI },
    handle: 'amy-writes',
  },
];

const PLATFORM: Record<Site, Platform> = { x: 'x', facebook: 'facebook', linkedin: 'linkedin' };

/** What the engine says of `text` in this box, as the content script sees it (no training yet). */
export function expectedFindings(
  spec: SurfaceSpec,
  text: string,
  policy: Policy = DEFAULT_POLICY,
): Finding[] {
  const draft: Draft = {
    text,
    platform: PLATFORM[spec.site],
    surface: spec.surface,
    replyTo: spec.replyTo,
    account: { handle: spec.handle },
    training: { state: 'none' },
    now: new Date().toISOString(),
  };
  return evaluate(draft, policy);
}

/** The text a rule's first fix promises for `text`. */
export function promisedText(
  spec: SurfaceSpec,
  text: string,
  ruleId: string,
  fixIndex = 0,
  policy: Policy = DEFAULT_POLICY,
): string {
  const finding = expectedFindings(spec, text, policy).find((f) => f.ruleId === ruleId);
  if (!finding) throw new Error(`the engine has no ${ruleId} finding for ${JSON.stringify(text)}`);
  return applyEdits(text, finding.fixes[fixIndex]!.edits);
}

/**
 * The built-in policy with a hand-off reply of four lines (one blank), and a troubleshooting
 * phrase that asks for it in a non-empty draft: a multi-line fix for every editor kind.
 */
export const MULTI_LINE_HANDOFF_INPUT = {
  ...DEFAULT_POLICY_INPUT,
  name: 'Multi-line hand-off',
  handoff: {
    ...DEFAULT_POLICY_INPUT.handoff,
    template: "Hi, I'm sorry to hear that.\n{handle} can take it from here.\n\nThey will message you today.",
    troubleshootingTerms: ['reinstall the driver'],
  },
};

/** MULTI_LINE_HANDOFF_INPUT parsed (without the timed budget check: the tests' machines are busy). */
export function multiLineHandoffPolicy(): Policy {
  const parsed = parsePolicy(MULTI_LINE_HANDOFF_INPUT, { trialCheck: false });
  if (!parsed.ok) throw new Error(`the test policy is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.policy;
}

/**
 * Where the multi-line hand-off goes in a box: into an empty reply to a complaint, or replacing a
 * draft that starts troubleshooting anywhere else.
 */
export function multiLineHandoffCase(spec: SurfaceSpec): { draft: string; rule: string } {
  return spec.replyTo
    ? { draft: '', rule: 'handoff.complaint' }
    : { draft: 'Try to reinstall the driver first', rule: 'handoff.troubleshooting' };
}

/** The built-in policy plus a custom blocked term, as an admin would write it. */
export function policyWithBlockedTerm(name: string, term = 'bluebird', id = 'no-bluebird') {
  return {
    ...DEFAULT_POLICY_INPUT,
    name,
    policyVersion: '2025.9',
    customRules: [
      {
        id,
        terms: [term],
        severity: 'block',
        guideline: 'keep-confidential',
        message: `"${term}" is an internal codename. Do not use it in public.`,
      },
    ],
  };
}

/** The built-in policy with the author of X's fixture post, @Frustrated_Fran, listed as a journalist. */
export function policyWithJournalist(name = 'Dell with a listed journalist') {
  return {
    ...DEFAULT_POLICY_INPUT,
    name,
    audience: {
      ...DEFAULT_POLICY_INPUT.audience,
      handles: {
        ...DEFAULT_POLICY_INPUT.audience.handles,
        x: [{ handle: '@Frustrated_Fran', role: 'journalist' }],
      },
    },
  };
}
