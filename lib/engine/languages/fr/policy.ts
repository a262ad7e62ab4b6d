/** French texts, terms and course for the built-in policy (Dell's): `translations.fr` of default-policy.ts. */
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
  // The course: each guideline's title, summary, lesson and questions (the choices in the
  // English order, so each question's answer stays the same).
  course: {
    disclose: {
      title: 'Dites que vous travaillez pour Dell',
      summary:
        'Quand vous parlez des produits ou services Dell, indiquez que vous travaillez pour Dell, au début de chaque publication.',
      lesson:
        'Les Endorsement Guides de la FTC (16 CFR 255) imposent aux salariés qui font la promotion des produits de leur employeur de le signaler dans chaque publication ; la bio du profil ne suffit pas. La mention doit être claire et bien visible : au début, pas à la fin, pas noyée dans une série de hashtags ni cachée derrière « voir plus ». Clair : « je travaille chez Dell », « #JeTravaillePourDell », « #IWorkForDell ». Pas clair : « #sp », « #partner », « #ee ».',
      questions: [
        {
          prompt: 'Où placer la mention dans une publication sur un ordinateur portable Dell ?',
          choices: [
            'Au début de la publication',
            'Dans la bio de votre profil',
            'Parmi les hashtags, à la fin',
          ],
        },
        {
          prompt: 'Laquelle de ces mentions est claire ?',
          choices: ['#sp', '#JeTravaillePourDell', '#ee'],
        },
      ],
    },
    governance: {
      title: 'Gouvernance des comptes',
      summary:
        'Les comptes à l’image de l’entreprise (comme @AmyHAtDell) doivent être approuvés, et fermés à leur date de fin.',
      lesson:
        'Un compte dont le nom dit qu’il parle pour Dell, par exemple un nom qui se termine par « AtDell », doit être enregistré auprès de l’équipe Social Media & Community. Un compte de marque approuvé a un responsable et une date de fin ; passé cette date, il ne publie plus.',
      questions: [
        {
          prompt: 'Vous avez créé @SamAtDell hier sans l’enregistrer. Pouvez-vous publier depuis ce compte ?',
          choices: [
            'Oui, si je dis que je travaille pour Dell',
            'Non, il doit d’abord être approuvé',
            'Seulement le week-end',
          ],
        },
      ],
    },
    'train-first': {
      title: 'Formez-vous d’abord',
      summary: 'Tout le monde peut parler de Dell, une fois la formation aux réseaux sociaux suivie.',
      lesson:
        'Suivez la formation Social Media & Community avant de publier sur Dell, et renouvelez-la chaque année. Pendant votre formation, l’extension vous rappelle, à chaque publication qui mentionne Dell, d’indiquer que vous y travaillez.',
      questions: [
        {
          prompt: 'Quand pouvez-vous publier sur les produits Dell ?',
          choices: ['À tout moment', 'Une fois la formation suivie', 'Seulement depuis un compte de marque'],
        },
      ],
    },
    'protect-the-customer': {
      title: 'Protégez le client',
      summary:
        'Ne reprenez jamais en public les données personnelles d’un client ; demandez-lui de les retirer et passez en privé.',
      lesson:
        'Numéros de téléphone, adresses e-mail, adresses postales, numéros de carte, numéros de série (service tags) et numéros de commande n’ont pas leur place dans une publication publique. Si un client publie les siens, ne les répétez pas : remerciez-le, demandez-lui de supprimer son message et poursuivez en message privé (« J’ai bien le numéro. Je vous appelle. »).',
      questions: [
        {
          prompt: 'Un client publie son numéro de téléphone pour qu’on le rappelle. Que répondez-vous ?',
          choices: [
            'Je répète le numéro pour le confirmer',
            'Je le remercie, je lui demande de supprimer son message et je le contacte en privé',
            'J’ignore le message',
          ],
        },
      ],
    },
    'follow-the-law': {
      title: 'Respectez la loi et le code de conduite',
      summary: 'Respectez les règles des plateformes (longueur, concours et jeux) et le Code de conduite.',
      lesson:
        'Chaque plateforme a ses règles : X accepte 280 caractères, LinkedIn 3 000, Facebook 63 206. Les concours et les jeux doivent passer par le service juridique. Le Code de conduite de Dell s’applique en ligne comme au bureau.',
      questions: [
        {
          prompt: 'Le Code de conduite s’applique-t-il à ce que vous publiez sur votre compte personnel ?',
          choices: ['Oui', 'Non', 'Seulement pendant les heures de travail'],
        },
      ],
    },
    'be-responsible': {
      title: 'Soyez responsable',
      summary: 'Soutenez un camp sans dénigrer l’autre ; ne dénigrez jamais les concurrents.',
      lesson:
        'Vous pouvez soutenir une équipe, une cause ou un candidat, mais n’attaquez pas l’autre camp. Ne dénigrez pas les concurrents : parlez plutôt de ce que Dell fait bien. Et n’oubliez pas : vous n’êtes pas obligé de vous mêler de toutes les disputes auxquelles on vous invite.',
      questions: [
        {
          prompt: 'Quelqu’un cherche la dispute dans les réponses. Que conseille la politique ?',
          choices: [
            'Gagner la dispute',
            'Vous n’êtes pas obligé de vous mêler de toutes les disputes auxquelles on vous invite',
            'Le signaler à Dell',
          ],
        },
      ],
    },
    'be-nice': {
      title: 'Soyez aimable, amusez-vous, créez des liens',
      summary: 'Pas de grossièretés, pas d’insultes, pas de messages qui crient.',
      lesson:
        'Soyez quelqu’un avec qui l’on a envie d’échanger : pas de grossièretés, pas d’attaques personnelles, pas de messages qui crient en MAJUSCULES. Amusez-vous et créez des liens.',
      questions: [
        {
          prompt: 'Quelle réponse respecte la politique ?',
          choices: [
            '« Tu n’y connais visiblement rien, crétin. »',
            '« Je vois les choses autrement, et voici pourquoi. »',
            '« C’EST FAUX !!! »',
          ],
        },
      ],
    },
    'leave-support': {
      title: 'Laissez l’assistance à @DellCares',
      summary: 'Confiez les réclamations des clients à @DellCares au lieu de faire du dépannage en public.',
      lesson:
        'Quand un client se plaint d’un produit en panne, d’un remboursement ou d’une garantie, passez la main à l’équipe d’assistance : « Bonjour, je suis vraiment désolé pour ce problème. @DellCares, pouvez-vous vous en occuper ? » Elle a les outils et le dossier du client ; vous n’avez pas à tout régler vous-même en public.',
      questions: [
        {
          prompt: 'Un client dit que son nouvel ordinateur portable ne démarre pas. Que faites-vous ?',
          choices: [
            'Je lui explique dans les réponses comment réinitialiser le BIOS',
            'Je transmets à @DellCares',
            'Je lui demande son numéro de série (service tag) en public',
          ],
        },
      ],
    },
    'keep-confidential': {
      title: 'Laissez les sujets confidentiels aux spécialistes',
      summary:
        'Résultats financiers, produits non annoncés, fusions et acquisitions, licenciements, litiges et incidents de sécurité relèvent des spécialistes.',
      lesson:
        'Certains sujets sont réservés aux spécialistes : les résultats financiers avant leur publication (Relations investisseurs), les produits non annoncés et leurs noms de code (Marketing produit), les fusions et acquisitions (Développement de l’entreprise), les licenciements et les réorganisations (Communication d’entreprise), les litiges (Service juridique) et les incidents de sécurité (Sécurité et Communication d’entreprise). Laissez-leur la parole.',
      questions: [
        {
          prompt: 'Vous avez entendu parler d’un rachat en préparation. Pouvez-vous y faire allusion ?',
          choices: [
            'Oui, en disant que je travaille pour Dell',
            'Non, c’est aux spécialistes d’en parler',
            'Seulement sur LinkedIn',
          ],
        },
      ],
    },
    'listen-first': {
      title: 'Écoutez d’abord, agissez selon ce que vous apprenez',
      summary:
        'Le nombre de vérifications et d’actions est conservé sur votre appareil pour le rapport sur le retour sur investissement.',
      lesson:
        'Écouter passe avant parler. L’extension compte, sur votre appareil et sans jamais garder votre texte, les vérifications qu’elle a faites et les corrections que vous avez appliquées, pour que le programme sache ce qui aide.',
      questions: [
        {
          prompt: 'Que conserve l’extension pour le rapport du programme ?',
          choices: [
            'Le texte de vos publications',
            'Le nombre de vérifications et de corrections, sur votre appareil',
            'Vos contacts',
          ],
        },
      ],
    },
    'know-your-audience': {
      title: 'Sachez à qui vous parlez',
      summary:
        'Aux journalistes, analystes, régulateurs et détracteurs connus, ce sont les spécialistes qui répondent ; sur les sujets sensibles, utilisez les éléments de langage approuvés.',
      lesson:
        'Sur les réseaux sociaux, certaines personnes parlent à leur propre public. Une réponse à un journaliste peut être citée dans un article, une réponse à un analyste peut finir dans un rapport, et une réponse à un régulateur est une déclaration de Dell. L’extension vous prévient quand vous répondez à une personne que la politique liste, ou la mentionnez, et vous dit à qui la confier. Sur les sujets sensibles, seuls les éléments de langage vérifiés, préparés par les spécialistes, sont utilisés : l’extension les propose là où ils s’appliquent.',
      questions: [
        {
          prompt:
            'Un journaliste vous interroge sur X à propos de rumeurs de licenciements. Que faites-vous ?',
          choices: [
            'Je réponds avec ce que je sais',
            'Je transmets aux Relations presse, ou j’utilise les éléments de langage approuvés',
            'Je lui propose de m’écrire en privé',
          ],
        },
      ],
    },
  },
};
