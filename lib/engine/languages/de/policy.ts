/** German texts and terms for the built-in policy (Dell's): `translations.de` of default-policy.ts. */
export const policy = {
  texts: {
    'disclosure.insertText': '#IchArbeiteFürDell',
    'disclosure.messages.missing':
      'Sie erwähnen Produkte von {company}. Sagen Sie gleich am Anfang, dass Sie für {company} arbeiten: „{insert}“.',
    'disclosure.messages.belowFold':
      'Ihr Hinweis steht auf {platform} hinter „Mehr anzeigen“. Setzen Sie ihn an den Anfang.',
    'disclosure.messages.buried':
      'Ihr Hinweis geht in den Hashtags am Ende unter. Setzen Sie ihn an den Anfang.',
    'disclosure.messages.traineeReminder':
      'Während Ihrer Schulung: Sagen Sie immer, dass Sie für {company} arbeiten, wenn Sie seine Produkte erwähnen.',
    'disclosure.messages.fixInsert': '„{insert}“ am Anfang einfügen',
    'disclosure.messages.fixMove': '„{disclosure}“ an den Anfang setzen',
    'handoff.template':
      'Hallo, es tut mir wirklich leid, dass Sie das erleben. {handle}, könnt ihr euch darum kümmern?',
    'handoff.messages.complaint':
      'Das ist eine Support-Anfrage. Übergeben Sie sie an {handle}, statt sie selbst zu bearbeiten.',
    'handoff.messages.troubleshooting': 'Fehlersuche gehört zu {handle}. Übergeben Sie sie besser.',
    'handoff.messages.fixLabel': 'An {handle} übergeben',
    'pii.protectReply':
      'Danke, ich habe Ihre Daten. Bitte löschen Sie Ihren Beitrag, damit sie privat bleiben; wir melden uns direkt.',
    'pii.messages.detected':
      'Das sieht nach persönlichen Daten aus ({kind}). Posten Sie sie nie öffentlich; nutzen Sie eine Direktnachricht.',
    'pii.messages.fixReplace': 'Durch {placeholder} ersetzen',
    'tone.insult.message':
      '„{term}“ wirkt wie ein persönlicher Angriff. Widersprechen Sie der Idee, nicht der Person.',
    'tone.profanity.message': 'Bleiben Sie sachlich: „{term}“ ist ein Schimpfwort.',
  },
  terms: {
    'disclosure.accepted': [
      '#IchArbeiteFürDell',
      '#IchArbeiteBeiDell',
      'ich arbeite bei Dell',
      'ich arbeite für Dell',
      'Dell-Mitarbeiter',
      'Dell-Mitarbeiterin',
      'Mitarbeiter von Dell',
      'Mitarbeiterin von Dell',
    ],
    'tone.insult.terms': [
      'Idiot*',
      'Depp*',
      'Vollidiot*',
      'Trottel*',
      'Arschloch',
      'Blödmann*',
      'Dummkopf*',
      'Versager*',
    ],
    'tone.profanity.extraTerms': ['Scheiße', 'Scheisse', 'verdammt', 'Mist', 'Arsch', 'verfickt*'],
    'handoff.complaintTerms': [
      'kaputt',
      'funktioniert nicht',
      'startet nicht',
      'geht nicht',
      'schwarzer Bildschirm',
      'Rückerstattung',
      'immer noch nicht',
      'Kundenservice',
    ],
  },
};
