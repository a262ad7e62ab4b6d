/** French texts and terms for the built-in policy (Dell's): `translations.fr` of default-policy.ts. */
export const policy = {
  texts: {
    'disclosure.insertText': '#JeTravaillePourDell',
    'disclosure.messages.missing':
      'Vous parlez de produits {company}. Indiquez que vous travaillez pour {company}, au début : « {insert} ».',
    'disclosure.messages.belowFold':
      'Votre mention d’employé est cachée derrière « voir plus » sur {platform}. Placez-la au début.',
    'disclosure.messages.buried':
      'Votre mention d’employé est noyée parmi les hashtags à la fin. Placez-la au début.',
    'disclosure.messages.traineeReminder':
      'Pendant votre formation : indiquez toujours que vous travaillez pour {company} quand vous parlez de ses produits.',
    'disclosure.messages.fixInsert': 'Ajouter « {insert} » au début',
    'disclosure.messages.fixMove': 'Placer « {disclosure} » au début',
    'handoff.template':
      'Bonjour, je suis vraiment désolé pour ce problème. {handle}, pouvez-vous vous en occuper ?',
    'handoff.messages.complaint':
      'Ceci est une demande d’assistance. Confiez-la à {handle} au lieu de la traiter vous-même.',
    'handoff.messages.troubleshooting': 'Le dépannage revient à {handle}. Pensez à lui transmettre.',
    'handoff.messages.fixLabel': 'Transmettre à {handle}',
    'pii.protectReply':
      'Merci, j’ai bien vos coordonnées. Supprimez votre message pour qu’elles restent privées ; nous vous contactons directement.',
    'pii.messages.detected':
      'Ceci ressemble à des données personnelles ({kind}). Ne les publiez jamais ; utilisez un message privé.',
    'pii.messages.fixReplace': 'Remplacer par {placeholder}',
    'tone.insult.message':
      '« {term} » sonne comme une attaque personnelle. Contestez l’idée, pas la personne.',
    'tone.profanity.message': 'Restez correct : « {term} » est une grossièreté.',
  },
  terms: {
    'disclosure.accepted': [
      '#JeTravaillePourDell',
      '#JeTravailleChezDell',
      'je travaille chez Dell',
      'je travaille pour Dell',
      'employé de Dell',
      'employée de Dell',
      'salarié de Dell',
      'salariée de Dell',
    ],
    'tone.insult.terms': [
      'abruti*',
      'crétin*',
      'imbécile*',
      'idiot*',
      'débile*',
      'connard*',
      'connasse*',
      'nul à chier',
    ],
    'tone.profanity.extraTerms': [
      'merde',
      'putain',
      'bordel',
      'fait chier',
      'enculé*',
      'salaud*',
      'ta gueule',
    ],
    'handoff.complaintTerms': [
      'en panne',
      'ne démarre pas',
      'ne marche pas',
      'ne fonctionne pas',
      'écran noir',
      'remboursement',
      'toujours pas reçu',
      'service client',
    ],
  },
};
