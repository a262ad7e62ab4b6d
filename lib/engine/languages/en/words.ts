/** Common English function words: what the detector counts (lib/engine/language.ts). */
export const words = {
  language: 'en',
  words:
    "the and of to is in that it for you was with on are be this have not but they at his from we or by an my your their what all were when there can been has more if will would who which about our out up so no just do me than them its get how like also into very these could then did i'm it's don't can't".split(
      ' ',
    ),
  letters: '',
};
