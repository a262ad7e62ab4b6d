declare module 'twitter-text/dist/extractMentionsWithIndices.js' {
  /** @-mentions in the text as X parses them, with UTF-16 [start, end) indices (the @ included). */
  export default function extractMentionsWithIndices(
    text: string,
  ): { screenName: string; indices: [number, number] }[];
}
