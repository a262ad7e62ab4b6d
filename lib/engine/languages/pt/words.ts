/** Common Portuguese function words and letters: what the detector counts (lib/engine/language.ts). */
export const words = {
  language: 'pt',
  words:
    'o a os as de do da dos das que e em um uma é não no na nos nas por com para se seu sua mais mas muito como ao à foi ser está são tem também eu nosso nossa meu minha você isso este esta essa pelo pela até quando porque onde sobre entre já há estou obrigado obrigada ninguém nem será todo toda todos seus suas sem pode outro outra'.split(
      ' ',
    ),
  letters: 'ãõ',
};
