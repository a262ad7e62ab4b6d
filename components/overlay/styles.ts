/** The overlay's CSS, scoped by its shadow root. Light and dark follow the page, not the OS. */
export const OVERLAY_CSS = `
.root { --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --block: #cf222e; --warn: #bf8700;
  --info: #0969da; --accent: #0b6ec5; --shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); }
.root.dark { --bg: #16181c; --fg: #e7e9ea; --muted: #a0a8b0; --line: #3a3f45; --block: #ff6b6b; --warn: #e3b341;
  --info: #58a6ff; --accent: #4ea1f3; --shadow: 0 8px 24px rgb(0 0 0 / 0.6); }
.layer { position: absolute; left: 0; top: 0; }
.underline { position: absolute; pointer-events: none; border-bottom: 2px solid var(--warn); box-sizing: border-box; }
.underline.block { border-bottom-color: var(--block); background: color-mix(in srgb, var(--block) 10%, transparent); }
.underline.warn { border-bottom-style: solid; }
.underline.info { border-bottom: 2px dotted var(--info); }
.badge { position: absolute; display: inline-flex; gap: 4px; align-items: center; padding: 2px 8px; border-radius: 999px;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg); box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
  cursor: pointer; font: inherit; font-weight: 600; white-space: nowrap; box-sizing: border-box; height: 24px; justify-content: center; }
.storylines-button { position: absolute; height: 24px; padding: 2px 6px; box-sizing: border-box; font-size: 12px; font-weight: 600;
  background: var(--bg); color: var(--accent); box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }
.panel.search { width: 360px; }
.search-input { width: 100%; box-sizing: border-box; font: inherit; padding: 6px 10px; margin-bottom: 8px;
  border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg); }
.search-input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.panel ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
.option { padding: 6px 8px; border-radius: 6px; cursor: pointer; display: grid; gap: 2px; }
.option.active { background: color-mix(in srgb, var(--accent) 14%, transparent); box-shadow: inset 3px 0 0 var(--accent); }
.option-title { font-weight: 600; }
.option-meta { font-size: 12px; color: var(--muted); }
.empty { margin: 4px 0; color: var(--muted); }
.badge:focus-visible, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.count { display: inline-flex; align-items: center; gap: 3px; }
.dot { width: 8px; height: 8px; border-radius: 50%; display: inline-block; }
.dot.block { background: var(--block); } .dot.warn { background: var(--warn); } .dot.info { background: var(--info); }
.panel { position: absolute; width: 340px; max-height: 60vh; overflow: auto; background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 12px; box-shadow: var(--shadow); padding: 10px; box-sizing: border-box; }
.floating { visibility: hidden; }
@media (prefers-reduced-motion: no-preference) {
  .floating { animation: ambassador-in 120ms ease-out; }
}
@keyframes ambassador-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
.panel.popover { width: 320px; padding: 8px; }
.panel.popover .card { border-right: 0; border-top: 0; border-bottom: 0; border-radius: 0; padding: 2px 28px 2px 10px; }
.panel.popover .card.focused { box-shadow: none; }
.panel.popover .close { position: absolute; top: 6px; right: 6px; }
.panel header { display: flex; justify-content: space-between; align-items: center; margin-bottom: 6px; }
.panel h2 { font-size: 14px; margin: 0; }
.panel ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.card { border: 1px solid var(--line); border-left: 4px solid var(--warn); border-radius: 8px; padding: 8px 10px; }
.card.block { border-left-color: var(--block); } .card.info { border-left-color: var(--info); }
.card.focused { box-shadow: 0 0 0 2px var(--accent); }
.guideline { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 700; }
.message { margin: 4px 0 6px; white-space: pre-wrap; }
.why { margin: 0 0 8px; color: var(--muted); font-size: 12px; }
button.link { border: 0; padding: 0; border-radius: 2px; color: var(--accent); text-decoration: underline; font-size: 12px; }
.fixed { position: absolute; display: flex; gap: 10px; align-items: center; width: max-content; max-width: 320px;
  padding: 6px 8px 6px 12px; border-radius: 10px; background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  box-shadow: var(--shadow); box-sizing: border-box; }
button.undo { font-weight: 600; color: var(--accent); border-color: var(--accent); }
.actions, .panel footer { display: flex; flex-wrap: wrap; gap: 6px; }
.panel footer { margin-top: 10px; justify-content: flex-end; }
button { font: inherit; border-radius: 999px; padding: 4px 12px; cursor: pointer; border: 1px solid var(--line);
  background: transparent; color: var(--fg); }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
.root.dark button.primary { color: #0b0d10; }
button.danger { border-color: var(--block); color: var(--block); }
button.icon { border: 0; padding: 2px 6px; font-size: 16px; line-height: 1; }
.status { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: color-mix(in srgb, var(--warn) 15%, transparent); }
.held-intro { margin: 0 0 8px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
