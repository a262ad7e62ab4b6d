/**
 * Japanese is told by its script: kana (which Chinese does not use) with kana and kanji making
 * up a good part of the text, so one Japanese word quoted in an English post does not count.
 */
export const words = {
  language: 'ja',
  words: [] as string[],
  letters: '',
  script: { marks: /[\u3040-\u30ff\uff66-\uff9f]/u, letters: /[\u3040-\u30ff\uff66-\uff9f\u3400-\u9fff]/gu },
};
