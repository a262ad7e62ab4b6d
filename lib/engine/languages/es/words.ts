/** Common Spanish function words and letters: what the detector counts (lib/engine/language.ts). */
export const words = {
  language: 'es',
  words:
    'el la los las de del que y en un una es por con para no se su sus al lo como más pero muy este esta estos ya todo hay son fue ser está están tiene nuestro nuestra nuestros mi mis yo también cuando porque donde sobre entre hasta desde ha han hemos soy estoy gracias ni nadie toda todos todas puede podrá será sin otro otra alguna algún'.split(
      ' ',
    ),
  letters: 'ñ¿¡',
};
