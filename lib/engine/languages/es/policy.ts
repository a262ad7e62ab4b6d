/** Spanish texts, terms and course for the built-in policy (Dell's): `translations.es` of default-policy.ts. */
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
  // The course: each guideline's title, summary, lesson and questions (the choices in the
  // English order, so each question's answer stays the same).
  course: {
    disclose: {
      title: 'Di que trabajas en Dell',
      summary:
        'Cuando hables de productos o servicios de Dell, di que trabajas en Dell, al principio de cada publicación.',
      lesson:
        'Las Endorsement Guides de la FTC (16 CFR 255) exigen que los empleados que promocionan productos de su empresa lo indiquen en cada publicación; no basta con la biografía del perfil. La indicación debe ser clara y visible: al principio, no al final, no mezclada entre hashtags ni escondida tras «ver más». Bien: «trabajo en Dell», «#TrabajoEnDell», «#IWorkForDell». Poco claro: «#sp», «#partner», «#ee».',
      questions: [
        {
          prompt: '¿Dónde debe ir la indicación en una publicación sobre un portátil Dell?',
          choices: [
            'Al principio de la publicación',
            'En la biografía de tu perfil',
            'Entre los hashtags del final',
          ],
        },
        {
          prompt: '¿Cuál de estas indicaciones es clara?',
          choices: ['#sp', '#TrabajoEnDell', '#ee'],
        },
      ],
    },
    governance: {
      title: 'Gobierno de las cuentas',
      summary:
        'Las cuentas con la marca de la empresa (como @AmyHAtDell) deben estar aprobadas y cerrarse en su fecha de baja.',
      lesson:
        'Una cuenta cuyo nombre dice que habla en nombre de Dell —por ejemplo, una que termina en «AtDell»— debe estar registrada en Social Media & Community. Las cuentas de marca aprobadas tienen un responsable y una fecha de baja; a partir de esa fecha no deben publicar.',
      questions: [
        {
          prompt: 'Ayer creaste @SamAtDell sin registrarla. ¿Puedes publicar desde ella?',
          choices: [
            'Sí, si digo que trabajo en Dell',
            'No, primero tiene que aprobarse',
            'Solo los fines de semana',
          ],
        },
      ],
    },
    'train-first': {
      title: 'Primero, la formación',
      summary: 'Cualquiera puede publicar sobre Dell, después de completar la formación en redes sociales.',
      lesson:
        'Completa la formación de Social Media & Community antes de publicar sobre Dell y renuévala cada año. Mientras estés en formación, la extensión te recuerda en cada publicación que menciona a Dell que digas que trabajas allí.',
      questions: [
        {
          prompt: '¿Cuándo puedes publicar sobre productos Dell?',
          choices: [
            'En cualquier momento',
            'Después de completar la formación',
            'Solo desde una cuenta de marca',
          ],
        },
      ],
    },
    'protect-the-customer': {
      title: 'Protege al cliente',
      summary:
        'Nunca repitas en público los datos personales de un cliente; pídele que los borre y pasa a un mensaje privado.',
      lesson:
        'Los números de teléfono, correos electrónicos, direcciones postales, números de tarjeta, etiquetas de servicio (service tags) y números de pedido nunca van en una publicación pública. Si un cliente publica los suyos, no los repitas: dale las gracias, pídele que borre la publicación y sigue por mensaje directo («Ya tengo el número. Te llamo.»).',
      questions: [
        {
          prompt: 'Un cliente publica su número de teléfono para que lo llamen. ¿Qué respondes?',
          choices: [
            'Repito el número para confirmarlo',
            'Le doy las gracias, le pido que borre la publicación y le escribo en privado',
            'Ignoro la publicación',
          ],
        },
      ],
    },
    'follow-the-law': {
      title: 'Cumple la ley y el código de conducta',
      summary:
        'Respeta las normas de cada plataforma (longitud, concursos y sorteos) y el Código de Conducta.',
      lesson:
        'Cada plataforma tiene sus normas: X admite 280 caracteres, LinkedIn 3000 y Facebook 63 206. Los concursos y sorteos necesitan revisión legal. El Código de Conducta de Dell se aplica en internet igual que en el trabajo.',
      questions: [
        {
          prompt: '¿Se aplica el Código de Conducta a lo que publicas en tu cuenta personal?',
          choices: ['Sí', 'No', 'Solo en horario laboral'],
        },
      ],
    },
    'be-responsible': {
      title: 'Sé responsable',
      summary: 'Apoya a un bando sin atacar al otro; nunca critiques a la competencia.',
      lesson:
        'Puedes apoyar a un equipo, una causa o un candidato, pero no ataques al otro bando. No critiques a la competencia: habla de lo que Dell hace bien. Y recuerda: no tienes que entrar en todas las discusiones a las que te invitan.',
      questions: [
        {
          prompt: 'Alguien busca pelea en las respuestas. ¿Qué sugiere la política?',
          choices: [
            'Ganar la discusión',
            'No tienes que entrar en todas las discusiones a las que te invitan',
            'Denunciarlo a Dell',
          ],
        },
      ],
    },
    'be-nice': {
      title: 'Sé amable, diviértete y conecta',
      summary: 'Sin palabrotas, sin insultos y sin gritar.',
      lesson:
        'Sé alguien con quien apetece hablar: sin palabrotas, sin ataques personales y sin gritar en MAYÚSCULAS. Diviértete y conecta con la gente.',
      questions: [
        {
          prompt: '¿Qué respuesta encaja con la política?',
          choices: [
            '«Está claro que no tienes ni idea, idiota».',
            '«Yo lo veo de otra manera, y te explico por qué».',
            '«¡¡¡ESTO ES FALSO!!!»',
          ],
        },
      ],
    },
    'leave-support': {
      title: 'Deja el soporte a @DellCares',
      summary: 'Pasa las quejas de clientes a @DellCares en lugar de resolver problemas en público.',
      lesson:
        'Cuando un cliente se queja de un producto averiado, un reembolso o una garantía, pásalo al equipo de soporte: «Hola, siento mucho que estés pasando por esto. @DellCares, ¿podéis ayudar con esto?». Ellos tienen las herramientas y el historial del cliente; no tienes que resolverlo tú en público.',
      questions: [
        {
          prompt: 'Un cliente dice que su portátil nuevo no arranca. ¿Qué haces?',
          choices: [
            'Le explico en las respuestas cómo restablecer la BIOS',
            'Lo paso a @DellCares',
            'Le pido en público su etiqueta de servicio',
          ],
        },
      ],
    },
    'keep-confidential': {
      title: 'Deja los temas confidenciales a los especialistas',
      summary:
        'Resultados financieros, productos no anunciados, fusiones y adquisiciones, despidos, litigios e incidentes de seguridad son cosa de especialistas.',
      lesson:
        'De algunos temas solo hablan los especialistas: los resultados financieros antes de publicarse (Relación con Inversores), los productos no anunciados y sus nombres en clave (Marketing de Producto), las fusiones y adquisiciones (Desarrollo Corporativo), los despidos y reorganizaciones (Comunicación Corporativa), los litigios (Legal) y los incidentes de seguridad (Seguridad y Comunicación Corporativa). Déjaselos a ellos.',
      questions: [
        {
          prompt: 'Te has enterado de una próxima adquisición. ¿Puedes insinuarla?',
          choices: [
            'Sí, si digo que trabajo en Dell',
            'No, eso es cosa de los especialistas',
            'Solo en LinkedIn',
          ],
        },
      ],
    },
    'listen-first': {
      title: 'Primero escucha y actúa según lo que aprendas',
      summary:
        'En tu dispositivo se guarda el recuento de lo que se revisó y se hizo, para el informe de retorno de la inversión.',
      lesson:
        'Escuchar va antes que hablar. La extensión cuenta en tu dispositivo —sin guardar nunca tu texto— las revisiones que hizo y las correcciones que aplicaste, para que el programa aprenda qué ayuda.',
      questions: [
        {
          prompt: '¿Qué guarda la extensión para el informe del programa?',
          choices: [
            'El texto de tus publicaciones',
            'El recuento de revisiones y correcciones, en tu dispositivo',
            'Tus contactos',
          ],
        },
      ],
    },
    'know-your-audience': {
      title: 'Ten claro con quién hablas',
      summary:
        'A periodistas, analistas, reguladores y críticos conocidos les responden los especialistas; en temas delicados, usa los mensajes clave aprobados.',
      lesson:
        'Algunas personas en las redes sociales hablan para un público propio. Una respuesta a un periodista puede acabar citada en un artículo; una respuesta a un analista, en un informe; y una respuesta a un regulador es una declaración de Dell. La extensión te avisa cuando respondes o mencionas a alguien que figura en la política, y te dice a quién pasárselo. En temas delicados solo se usan los mensajes clave verificados que preparan los especialistas: la extensión te los ofrece donde corresponde.',
      questions: [
        {
          prompt: 'Un periodista te pregunta en X por rumores de despidos. ¿Qué haces?',
          choices: [
            'Respondo con lo que sé',
            'Lo paso a Relaciones con los Medios o uso el mensaje clave aprobado',
            'Le pido que me escriba por mensaje directo',
          ],
        },
      ],
    },
  },
};
