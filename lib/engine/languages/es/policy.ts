/** Spanish texts and terms for the built-in policy (Dell's): `translations.es` of default-policy.ts. */
export const policy = {
  texts: {
    'disclosure.insertText': '#TrabajoEnDell',
    'disclosure.messages.missing':
      'Mencionas productos de {company}. Indica que trabajas para {company}, al principio: «{insert}».',
    'disclosure.messages.belowFold':
      'Tu aviso de empleado queda oculto tras «ver más» en {platform}. Muévelo al principio.',
    'disclosure.messages.buried':
      'Tu aviso de empleado se pierde entre los hashtags del final. Muévelo al principio.',
    'disclosure.messages.traineeReminder':
      'Mientras completas la formación: indica siempre que trabajas para {company} cuando menciones sus productos.',
    'disclosure.messages.fixInsert': 'Añadir «{insert}» al principio',
    'disclosure.messages.fixMove': 'Mover «{disclosure}» al principio',
    'handoff.template': 'Hola, siento mucho que estés pasando por esto. {handle}, ¿podéis ayudar con esto?',
    'handoff.messages.complaint': 'Es una solicitud de soporte. Pásala a {handle} en lugar de resolverla tú.',
    'handoff.messages.troubleshooting':
      'La resolución de problemas corresponde a {handle}. Considera pasársela.',
    'handoff.messages.fixLabel': 'Pasar a {handle}',
    'pii.protectReply':
      'Gracias, ya tengo tus datos. Borra tu publicación para que sigan siendo privados; te contactaremos directamente.',
    'pii.messages.detected':
      'Esto parece un dato personal ({kind}). Nunca publiques datos personales; usa un mensaje directo.',
    'pii.messages.fixReplace': 'Reemplazar por {placeholder}',
    'tone.insult.message': '«{term}» suena a ataque personal. Discrepa de la idea, no de la persona.',
    'tone.profanity.message': 'Mantén un tono limpio: «{term}» es una grosería.',
  },
  terms: {
    'disclosure.accepted': [
      '#TrabajoEnDell',
      '#TrabajoParaDell',
      'trabajo en Dell',
      'trabajo para Dell',
      'empleado de Dell',
      'empleada de Dell',
    ],
    'tone.insult.terms': [
      'idiota*',
      'imbécil*',
      'estúpido*',
      'estúpida*',
      'tonto*',
      'tonta*',
      'gilipollas',
      'pendejo*',
    ],
    'tone.profanity.extraTerms': ['mierda', 'joder', 'coño', 'carajo', 'puta madre', 'hostia'],
    'handoff.complaintTerms': [
      'no funciona',
      'no enciende',
      'no arranca',
      'pantalla negra',
      'reembolso',
      'todavía no',
      'servicio al cliente',
      'averiado',
    ],
  },
};
