/** Common German function words and letters: what the detector counts (lib/engine/language.ts). */
export const words = {
  language: 'de',
  words:
    'der die das und ist nicht ein eine einen einem einer zu den von mit sich des auf für im dem auch es an als wie bei oder nach wir ich sie er ihr mein meine unser unsere dass aber noch nur wird werden wurde sind war hat haben kann mehr schon sehr hier immer jetzt heute durch über vom zum zur niemand darf sein seine seiner seinen kein keine jeder jede'.split(
      ' ',
    ),
  letters: 'äöüß',
};
