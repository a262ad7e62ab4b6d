const hostOf = (node: Element) => (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);

/** Whether the page around an element is dark, from its effective background colour. */
export function isDarkBehind(element: Element): boolean {
  // Up through shadow hosts too: an editor in a shadow root sits on the page's background.
  for (let node: Element | null = element; node; node = node.parentElement ?? hostOf(node)) {
    const match = getComputedStyle(node).backgroundColor.match(/rgba?\(([^)]+)\)/);
    if (!match) continue;
    const [r = 0, g = 0, b = 0, a = 1] = match[1]!
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    if (a < 0.5) continue;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.45;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}
