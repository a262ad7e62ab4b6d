/** Japanese is told by its script: kana (hiragana, katakana) anywhere in the text. */
export const words = {
  language: 'ja',
  words: [] as string[],
  letters: '',
  script: /[\u3040-\u30ff]/gu,
};
