/** Common French function words and letters: what the detector counts (lib/engine/language.ts). */
export const words = {
  language: 'fr',
  words:
    "le la les de des du un une et est en que qui dans pour pas sur au aux ce cette ces il elle ils nous vous je tu on ne plus avec par mais ou son sa ses leur sont été être avoir fait tout très bien aussi comme notre nos votre vos mon ma mes c'est j'ai n'est d'un d'une l'on qu'il chez donc alors quel quelle ici oui".split(
      ' ',
    ),
  letters: 'çèêëàâîïôûœ',
};
