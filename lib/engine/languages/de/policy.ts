/** German texts, terms and course for the built-in policy (Dell's): `translations.de` of default-policy.ts. */
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
  // The course: each guideline's title, summary, lesson and questions (the choices in the
  // English order, so each question's answer stays the same).
  course: {
    disclose: {
      title: 'Offenlegen',
      summary:
        'Wenn Sie über Produkte oder Services von Dell sprechen, sagen Sie, dass Sie bei Dell arbeiten – am Anfang jedes Beitrags.',
      lesson:
        'Die Endorsement Guides der FTC (16 CFR 255) verlangen von Beschäftigten, die Produkte ihres Arbeitgebers bewerben, diese Beziehung in jedem Beitrag offenzulegen; die Profilbeschreibung genügt nicht. Der Hinweis muss klar und gut sichtbar sein: am Anfang, nicht am Ende, nicht versteckt zwischen Hashtags und nicht hinter „Mehr anzeigen“. Gut: „Ich arbeite bei Dell“, „#IchArbeiteFürDell“, „#IWorkForDell“. Unklar: „#sp“, „#partner“, „#ee“.',
      questions: [
        {
          prompt: 'Wohin gehört der Hinweis in einem Beitrag über einen Dell-Laptop?',
          choices: ['An den Anfang des Beitrags', 'In Ihre Profilbeschreibung', 'Zu den Hashtags am Ende'],
        },
        {
          prompt: 'Welcher dieser Hinweise ist eindeutig?',
          choices: ['#sp', '#IchArbeiteFürDell', '#ee'],
        },
      ],
    },
    governance: {
      title: 'Kontenverwaltung',
      summary:
        'Konten mit dem Namen des Unternehmens (wie @AmyHAtDell) müssen genehmigt sein und werden zu ihrem Enddatum stillgelegt.',
      lesson:
        'Ein Konto, dessen Name sagt, dass es für Dell spricht – etwa eines, das auf „AtDell“ endet –, muss bei Social Media & Community registriert sein. Genehmigte Markenkonten haben eine verantwortliche Person und ein Enddatum; danach wird von ihnen nicht mehr gepostet.',
      questions: [
        {
          prompt: 'Sie haben gestern @SamAtDell angelegt, ohne es zu registrieren. Dürfen Sie davon posten?',
          choices: [
            'Ja, wenn ich offenlege, dass ich bei Dell arbeite',
            'Nein, es muss zuerst genehmigt werden',
            'Nur am Wochenende',
          ],
        },
      ],
    },
    'train-first': {
      title: 'Erst die Schulung',
      summary: 'Jede und jeder darf über Dell posten – nach Abschluss der Social-Media-Schulung.',
      lesson:
        'Schließen Sie die Schulung von Social Media & Community ab, bevor Sie über Dell posten, und erneuern Sie sie jedes Jahr. Solange Sie in der Schulung sind, erinnert Sie die Erweiterung bei jedem Beitrag, der Dell erwähnt, daran, offenzulegen, dass Sie dort arbeiten.',
      questions: [
        {
          prompt: 'Wann dürfen Sie über Dell-Produkte posten?',
          choices: ['Jederzeit', 'Nach Abschluss der Schulung', 'Nur von einem Markenkonto'],
        },
      ],
    },
    'protect-the-customer': {
      title: 'Kundendaten schützen',
      summary:
        'Wiederholen Sie nie öffentlich persönliche Daten von Kundinnen und Kunden; bitten Sie, sie zu löschen, und wechseln Sie in eine private Nachricht.',
      lesson:
        'Telefonnummern, E-Mail-Adressen, Postanschriften, Kartennummern, Service-Tags und Bestellnummern gehören nie in einen öffentlichen Beitrag. Postet jemand seine eigenen Daten, wiederholen Sie sie nicht: Bedanken Sie sich, bitten Sie darum, den Beitrag zu löschen, und machen Sie per Direktnachricht weiter („Ich habe die Nummer. Ich rufe Sie an.“).',
      questions: [
        {
          prompt: 'Ein Kunde postet seine Telefonnummer und bittet um einen Rückruf. Was antworten Sie?',
          choices: [
            'Die Nummer zur Bestätigung wiederholen',
            'Mich bedanken, um das Löschen des Beitrags bitten und mich privat melden',
            'Den Beitrag ignorieren',
          ],
        },
      ],
    },
    'follow-the-law': {
      title: 'Gesetze und Verhaltenskodex einhalten',
      summary:
        'Halten Sie die Regeln der Plattformen (Länge, Gewinnspiele und Verlosungen) und den Verhaltenskodex ein.',
      lesson:
        'Jede Plattform hat eigene Regeln: X erlaubt 280 Zeichen, LinkedIn 3.000, Facebook 63.206. Gewinnspiele und Verlosungen müssen von der Rechtsabteilung geprüft werden. Der Verhaltenskodex von Dell gilt online genauso wie bei der Arbeit.',
      questions: [
        {
          prompt: 'Gilt der Verhaltenskodex auch für das, was Sie in Ihrem privaten Konto posten?',
          choices: ['Ja', 'Nein', 'Nur während der Arbeitszeit'],
        },
      ],
    },
    'be-responsible': {
      title: 'Verantwortungsvoll handeln',
      summary:
        'Unterstützen Sie eine Seite, ohne die andere herabzusetzen; reden Sie nie Wettbewerber schlecht.',
      lesson:
        'Sie dürfen ein Team, ein Anliegen oder eine Kandidatin unterstützen, aber greifen Sie die andere Seite nicht an. Reden Sie Wettbewerber nicht schlecht – sprechen Sie lieber darüber, was Dell gut macht. Und denken Sie daran: Sie müssen nicht jeden Streit annehmen, zu dem Sie eingeladen werden.',
      questions: [
        {
          prompt: 'Jemand sucht in den Antworten Streit. Was empfiehlt die Richtlinie?',
          choices: [
            'Den Streit gewinnen',
            'Sie müssen nicht jeden Streit annehmen, zu dem Sie eingeladen werden',
            'Die Person bei Dell melden',
          ],
        },
      ],
    },
    'be-nice': {
      title: 'Freundlich sein, Spaß haben, Kontakte knüpfen',
      summary: 'Keine Kraftausdrücke, keine Beleidigungen, kein Geschrei.',
      lesson:
        'Seien Sie jemand, mit dem man gern spricht: keine Kraftausdrücke, keine persönlichen Angriffe, kein Geschrei in GROSSBUCHSTABEN. Haben Sie Spaß und knüpfen Sie Kontakte.',
      questions: [
        {
          prompt: 'Welche Antwort passt zur Richtlinie?',
          choices: [
            '„Du hast offensichtlich keine Ahnung, du Idiot.“',
            '„Ich sehe das anders – und zwar aus diesem Grund.“',
            '„DAS IST FALSCH!!!“',
          ],
        },
      ],
    },
    'leave-support': {
      title: 'Support an @DellCares übergeben',
      summary: 'Übergeben Sie Kundenbeschwerden an @DellCares, statt öffentlich Fehler zu beheben.',
      lesson:
        'Beschwert sich jemand über ein defektes Produkt, eine Rückerstattung oder die Garantie, übergeben Sie an das Support-Team: „Hallo, es tut mir wirklich leid, dass Sie das erleben. @DellCares, könnt ihr euch darum kümmern?“ Das Team hat die Werkzeuge und die Kundendaten; Sie müssen das Problem nicht selbst öffentlich lösen.',
      questions: [
        {
          prompt: 'Ein Kunde schreibt, dass sein neuer Laptop nicht startet. Was tun Sie?',
          choices: [
            'Ihn in den Antworten durch ein BIOS-Reset führen',
            'An @DellCares übergeben',
            'Öffentlich nach seinem Service-Tag fragen',
          ],
        },
      ],
    },
    'keep-confidential': {
      title: 'Vertrauliche Themen den Fachleuten überlassen',
      summary:
        'Geschäftszahlen, unveröffentlichte Produkte, Übernahmen und Fusionen, Stellenabbau, Rechtsstreitigkeiten und Sicherheitsvorfälle sind Sache der Fachleute.',
      lesson:
        'Über manche Themen sprechen nur Fachleute: Finanzergebnisse vor ihrer Veröffentlichung (Investor Relations), unveröffentlichte Produkte und Codenamen (Produktmarketing), Fusionen und Übernahmen (Corporate Development), Stellenabbau und Umstrukturierung (Unternehmenskommunikation), Rechtsstreitigkeiten (Rechtsabteilung) und Sicherheitsvorfälle (Sicherheit und Unternehmenskommunikation). Überlassen Sie diese Themen ihnen.',
      questions: [
        {
          prompt: 'Sie haben von einer bevorstehenden Übernahme gehört. Dürfen Sie darauf anspielen?',
          choices: [
            'Ja, mit einem Hinweis, dass ich bei Dell arbeite',
            'Nein, das ist Sache der Fachleute',
            'Nur auf LinkedIn',
          ],
        },
      ],
    },
    'listen-first': {
      title: 'Erst zuhören, dann aus dem Gelernten handeln',
      summary:
        'Zähler für das, was geprüft und getan wurde, bleiben für den Bericht über den Nutzen des Programms auf Ihrem Gerät.',
      lesson:
        'Zuhören kommt vor dem Reden. Die Erweiterung zählt auf Ihrem Gerät – ohne je Ihren Text zu speichern – die Prüfungen, die sie durchgeführt hat, und die Korrekturen, die Sie übernommen haben, damit das Programm lernt, was hilft.',
      questions: [
        {
          prompt: 'Was speichert die Erweiterung für den Programmbericht?',
          choices: [
            'Den Text Ihrer Beiträge',
            'Zähler für Prüfungen und Korrekturen, auf Ihrem Gerät',
            'Ihre Kontakte',
          ],
        },
      ],
    },
    'know-your-audience': {
      title: 'Wissen, mit wem Sie sprechen',
      summary:
        'Journalisten, Analystinnen, Behörden und bekannten Kritikern antworten Fachleute; bei heiklen Themen gelten die freigegebenen Sprachregelungen.',
      lesson:
        'Manche Menschen in sozialen Medien sprechen für ein eigenes Publikum. Eine Antwort an einen Journalisten kann in einem Artikel zitiert werden, eine Antwort an eine Analystin kann in einem Bericht landen, und eine Antwort an eine Aufsichtsbehörde ist eine Stellungnahme von Dell. Die Erweiterung sagt Ihnen, wenn Sie jemandem antworten oder jemanden erwähnen, den die Richtlinie aufführt, und an wen Sie es weitergeben. Bei heiklen Themen werden nur die geprüften Sprachregelungen der Fachleute verwendet: Die Erweiterung bietet sie dort an, wo sie passen.',
      questions: [
        {
          prompt: 'Ein Journalist fragt Sie auf X nach Gerüchten über einen Stellenabbau. Was tun Sie?',
          choices: [
            'Mit dem antworten, was ich weiß',
            'An die Pressestelle weitergeben oder die freigegebene Sprachregelung verwenden',
            'Ihn bitten, mir eine Direktnachricht zu schicken',
          ],
        },
      ],
    },
  },
};
