declare module 'twitter-text' {
  export interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    /** Inclusive UTF-16 index of the last character that fits. */
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }
  export function parseTweet(text: string): ParsedTweet;
  const twitter: { parseTweet: typeof parseTweet };
  export default twitter;
}

declare module 'twitter-text/dist/parseTweet.js' {
  import type { ParsedTweet } from 'twitter-text';
  export default function parseTweet(text: string, options?: object): ParsedTweet;
}

declare module 'twitter-text/dist/configs.js' {
  const configs: { defaults: { maxWeightedTweetLength: number } & Record<string, unknown> };
  export default configs;
}
