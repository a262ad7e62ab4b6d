/**
 * A short notice on the page for when there is no overlay left to speak through (the compose box
 * closed while a fix was under way). Text only, in its own shadow root; it goes away by itself.
 */
const SHOW_MS = 8000;

export function showToast(message: string): void {
  const host = document.createElement('ambassador-toast');
  host.style.cssText = 'position:fixed;bottom:16px;right:16px;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const note = document.createElement('div');
  note.setAttribute('role', 'alert');
  note.textContent = message;
  note.style.cssText =
    'max-width:360px;padding:10px 14px;border-radius:10px;background:#1b1f24;color:#fff;' +
    'font:13px/1.4 system-ui,sans-serif;box-shadow:0 8px 24px rgb(0 0 0 / 0.3);';
  shadow.append(note);
  document.body.append(host);
  setTimeout(() => host.remove(), SHOW_MS);
}
