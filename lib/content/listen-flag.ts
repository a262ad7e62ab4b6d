/**
 * "Flag for the listening team" on a feed post that names the company, a product or a competitor:
 * a small button in a closed shadow root at the end of the post (in the page's tab order, so the
 * keyboard reaches it), which opens a form — category, product, an optional note — and builds the
 * report: copied to the clipboard, or opened as an e-mail to the policy's address. The extension
 * sends nothing; only the count of flags is kept.
 */
import {
  FLAG_CATEGORIES,
  MAX_NOTE_LENGTH,
  reportMailto,
  reportText,
  type FlagCategory,
  type FlagReport,
} from '../listening/report';
import { flagLabel } from '../i18n/listening-labels';
import { t, uiLanguage } from '../i18n/messages';

export interface FlagTarget {
  link?: string;
  platform: string;
  /** The names the post mentions, products first: the form's choice of product. */
  names: string[];
  /** The category the form starts on (a complaint, praise, else the first). */
  suggested: FlagCategory;
  /** The listening team's address; without it the report is only copied. */
  reportTo?: string;
  /** Called once per report copied or opened as an e-mail. */
  onFlag(category: FlagCategory): void;
}

export const FLAG_HOST = 'ambassador-listen';

const CSS = `
:host { all: initial; display: block; margin: 4px 0; font: 13px/1.4 system-ui, sans-serif; color: #1b1f24; }
button, select, textarea, a { font: inherit; }
.open { border: 1px solid #8a94a0; background: #fff; border-radius: 999px; padding: 2px 10px; cursor: pointer; }
form { display: grid; gap: 6px; margin-top: 6px; padding: 10px; max-width: 420px; border: 1px solid #c4cbd3;
  border-radius: 10px; background: #fff; }
label { display: grid; gap: 2px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
.actions button, .actions a { border: 1px solid #0b5cad; border-radius: 6px; padding: 3px 10px; background: #fff;
  color: #0b5cad; text-decoration: none; cursor: pointer; }
.status { min-height: 1.4em; }
:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  :host { color: #e6e9ed; } .open, form, .actions button, .actions a { background: #1b1f24; color: #e6e9ed; }
}
`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Only the employee's own clicks and keys count: the page cannot flag anything. */
const trusted = (handler: (event: Event) => void) => (event: Event) => {
  if (event.isTrusted) handler(event);
};

/** Adds the action at the end of `post`; it leaves with the post or when `signal` aborts. */
export function attachFlag(post: Element, target: FlagTarget, signal: AbortSignal): void {
  const host = document.createElement(FLAG_HOST);
  // The form speaks the UI's language, whatever the page's.
  host.lang = uiLanguage();
  const root = host.attachShadow({ mode: 'closed' });
  const open = el('button', {
    type: 'button',
    className: 'open',
    textContent: t('flagOpen'),
  });
  open.setAttribute('aria-expanded', 'false');
  root.append(el('style', { textContent: CSS }), open);
  let form: HTMLFormElement | undefined;

  const close = () => {
    form?.remove();
    form = undefined;
    open.setAttribute('aria-expanded', 'false');
    open.focus();
  };

  const show = () => {
    if (form) return close();
    const category = el(
      'select',
      {},
      ...FLAG_CATEGORIES.map((c) =>
        el('option', { value: c, selected: c === target.suggested }, flagLabel(c)),
      ),
    );
    const product = el('select', {}, ...target.names.map((n) => el('option', { value: n }, n)));
    const note = el('textarea', { rows: 2, maxLength: MAX_NOTE_LENGTH });
    const status = el('div', { className: 'status' });
    status.setAttribute('role', 'status');
    const report = (): FlagReport => ({
      link: target.link,
      platform: target.platform,
      product: product.value || undefined,
      category: category.value as FlagCategory,
      note: note.value,
      // The local day, YYYY-MM-DD (the Canadian format is ISO's), without the store's zod-laden module.
      day: new Date().toLocaleDateString('en-CA'),
    });
    const copy = el('button', { type: 'button', textContent: t('flagCopy') });
    copy.addEventListener(
      'click',
      trusted(() => {
        const r = report();
        navigator.clipboard.writeText(reportText(r)).then(
          () => {
            status.textContent = t('flagCopied');
            target.onFlag(r.category);
          },
          () => (status.textContent = t('flagCopyRefused')),
        );
      }),
    );
    const actions = el('div', { className: 'actions' }, copy);
    if (target.reportTo) {
      const to = target.reportTo;
      const mail = el('a', { textContent: t('flagEmail'), href: reportMailto(to, report()) });
      // The address is rebuilt from the form when it is used, so the note goes with it.
      const refresh = () => (mail.href = reportMailto(to, report()));
      mail.addEventListener('focus', refresh);
      mail.addEventListener('pointerdown', refresh);
      mail.addEventListener(
        'click',
        trusted(() => {
          refresh();
          target.onFlag(category.value as FlagCategory);
        }),
      );
      actions.append(mail);
    }
    const cancel = el('button', { type: 'button', textContent: t('cancel') });
    cancel.addEventListener('click', trusted(close));
    actions.append(cancel);
    form = el(
      'form',
      {},
      el('label', {}, t('flagCategory'), category),
      el('label', {}, t('flagProduct'), product),
      el('label', {}, t('flagNote'), note),
      actions,
      status,
    );
    form.setAttribute('aria-label', t('flagOpen'));
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener(
      'keydown',
      trusted((e) => {
        if ((e as KeyboardEvent).key === 'Escape') close();
      }),
    );
    root.append(form);
    open.setAttribute('aria-expanded', 'true');
    category.focus();
  };
  open.addEventListener('click', trusted(show));
  post.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
}
