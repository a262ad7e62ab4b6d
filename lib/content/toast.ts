/**
 * A short notice on the page for when there is no overlay left to speak through (the compose box
 * closed while a fix was under way, or a storyline chosen in the search did not go in). Text only, in its own shadow root; it goes away by itself.
 */
import { uiLanguage } from '../i18n/messages';
import { mountHost } from './overlay-host';

const SHOW_MS = 8000;

const TOAST_CSS = `
.toast { max-width: 360px; padding: 10px 14px; border-radius: 10px; background: #1b1f24; color: #fff;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 8px 24px rgb(0 0 0 / 0.3); }
`;

/** `lifetime`: the content script's (the compose box may be gone already). */
export async function showToast(message: string, lifetime: AbortSignal): Promise<void> {
  const shown = new AbortController();
  const { container } = await mountHost({
    name: 'ambassador-toast',
    placement: 'bottom:16px;right:16px',
    zIndex: 2147483647,
    css: TOAST_CSS,
    signal: AbortSignal.any([shown.signal, lifetime]),
  });
  const note = document.createElement('div');
  note.className = 'toast';
  // The extension's words, in the UI's language whatever the page's.
  note.lang = uiLanguage();
  note.setAttribute('role', 'alert');
  note.textContent = message;
  container.append(note);
  setTimeout(() => shown.abort(), SHOW_MS);
}
