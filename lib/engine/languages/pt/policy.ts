/** Portuguese texts, terms and course for the built-in policy (Dell's): `translations.pt` of default-policy.ts. */
export const policy = {
  texts: {
    'disclosure.insertText': '#TrabalhoNaDell',
    'disclosure.messages.missing':
      'Você menciona produtos da {company}. Diga que trabalha na {company}, no início: "{insert}".',
    'disclosure.messages.belowFold':
      'Seu aviso de funcionário está escondido atrás de "ver mais" no {platform}. Mova-o para o início.',
    'disclosure.messages.buried':
      'Seu aviso de funcionário está perdido entre as hashtags do final. Mova-o para o início.',
    'disclosure.messages.traineeReminder':
      'Durante o treinamento: sempre diga que trabalha na {company} quando mencionar os produtos dela.',
    'disclosure.messages.fixInsert': 'Adicionar "{insert}" no início',
    'disclosure.messages.fixMove': 'Mover "{disclosure}" para o início',
    'handoff.template': 'Olá, sinto muito que você esteja passando por isso. {handle}, vocês podem ajudar?',
    'handoff.messages.complaint':
      'Este é um pedido de suporte. Encaminhe para {handle} em vez de resolver você mesmo.',
    'handoff.messages.troubleshooting': 'A solução de problemas cabe a {handle}. Considere encaminhar.',
    'handoff.messages.fixLabel': 'Encaminhar para {handle}',
    'pii.protectReply':
      'Obrigado, já tenho seus dados. Apague sua publicação para que eles fiquem privados; entraremos em contato diretamente.',
    'pii.messages.detected':
      'Isto parece um dado pessoal ({kind}). Nunca publique dados pessoais; use uma mensagem direta.',
    'pii.messages.fixReplace': 'Substituir por {placeholder}',
    'tone.insult.message': '"{term}" soa como um ataque pessoal. Discorde da ideia, não da pessoa.',
    'tone.profanity.message': 'Mantenha o respeito: "{term}" é um palavrão.',
  },
  terms: {
    'disclosure.accepted': [
      '#TrabalhoNaDell',
      '#TrabalhoParaADell',
      'trabalho na Dell',
      'trabalho para a Dell',
      'funcionário da Dell',
      'funcionária da Dell',
      'colaborador da Dell',
      'colaboradora da Dell',
    ],
    'tone.insult.terms': [
      'idiota*',
      'imbecil*',
      'burro*',
      'burra*',
      'otário*',
      'otária*',
      'babaca*',
      'estúpido*',
    ],
    'tone.profanity.extraTerms': ['merda', 'porra', 'caralho', 'puta que pariu', 'droga'],
    'handoff.complaintTerms': [
      'não funciona',
      'não liga',
      'não inicia',
      'tela preta',
      'reembolso',
      'ainda não chegou',
      'atendimento ao cliente',
      'com defeito',
    ],
  },
  // The course: each guideline's title, summary, lesson and questions (the choices in the
  // English order, so each question's answer stays the same).
  course: {
    disclose: {
      title: 'Diga que você trabalha na Dell',
      summary:
        'Quando falar de produtos ou serviços da Dell, diga que você trabalha na Dell, no início de cada publicação.',
      lesson:
        'Os Endorsement Guides da FTC (16 CFR 255) exigem que funcionários que divulgam produtos do empregador informem esse vínculo em cada publicação; a bio do perfil não basta. A informação precisa ser clara e visível: no início, não no fim, não misturada a um monte de hashtags nem escondida atrás do "ver mais". Claro: "trabalho na Dell", "#TrabalhoNaDell", "#IWorkForDell". Pouco claro: "#sp", "#partner", "#ee".',
      questions: [
        {
          prompt: 'Onde deve ficar a informação de vínculo em uma publicação sobre um notebook Dell?',
          choices: ['No início da publicação', 'Na bio do seu perfil', 'Entre as hashtags do final'],
        },
        {
          prompt: 'Qual destas é uma informação de vínculo clara?',
          choices: ['#sp', '#TrabalhoNaDell', '#ee'],
        },
      ],
    },
    governance: {
      title: 'Governança das contas',
      summary:
        'Contas com a marca da empresa (como @AmyHAtDell) precisam ser aprovadas e desativadas na data de encerramento.',
      lesson:
        'Uma conta cujo nome diz que ela fala pela Dell — por exemplo, uma que termina em "AtDell" — precisa ser registrada na equipe de Social Media & Community. Contas de marca aprovadas têm um responsável e uma data de encerramento; depois dessa data, não publicam mais.',
      questions: [
        {
          prompt: 'Você criou @SamAtDell ontem sem registrá-la. Pode publicar por ela?',
          choices: [
            'Sim, se eu disser que trabalho na Dell',
            'Não, ela precisa ser aprovada antes',
            'Só nos fins de semana',
          ],
        },
      ],
    },
    'train-first': {
      title: 'Primeiro, o treinamento',
      summary:
        'Qualquer pessoa pode publicar sobre a Dell, depois de concluir o treinamento em redes sociais.',
      lesson:
        'Conclua o treinamento de Social Media & Community antes de publicar sobre a Dell e renove-o todo ano. Enquanto você estiver em treinamento, a extensão lembra você, em cada publicação que menciona a Dell, de dizer que trabalha lá.',
      questions: [
        {
          prompt: 'Quando você pode publicar sobre produtos Dell?',
          choices: ['A qualquer momento', 'Depois de concluir o treinamento', 'Só de uma conta de marca'],
        },
      ],
    },
    'protect-the-customer': {
      title: 'Proteja o cliente',
      summary:
        'Nunca repita em público os dados pessoais de um cliente; peça que ele os apague e continue no privado.',
      lesson:
        'Números de telefone, e-mails, endereços, números de cartão, etiquetas de serviço (service tags) e números de pedido nunca devem aparecer em uma publicação pública. Se um cliente publicar os próprios dados, não os repita: agradeça, peça que ele apague a publicação e continue por mensagem direta ("Já anotei o número. Vou ligar para você.").',
      questions: [
        {
          prompt: 'Um cliente publica o número de telefone pedindo que liguem para ele. O que você responde?',
          choices: [
            'Repito o número para confirmar',
            'Agradeço, peço que ele apague a publicação e entro em contato no privado',
            'Ignoro a publicação',
          ],
        },
      ],
    },
    'follow-the-law': {
      title: 'Siga a lei e o código de conduta',
      summary: 'Respeite as regras das plataformas (tamanho, concursos e sorteios) e o Código de Conduta.',
      lesson:
        'Cada plataforma tem suas regras: o X permite 280 caracteres, o LinkedIn 3.000 e o Facebook 63.206. Concursos e sorteios precisam de revisão jurídica. O Código de Conduta da Dell vale na internet como vale no trabalho.',
      questions: [
        {
          prompt: 'O Código de Conduta vale para o que você publica na sua conta pessoal?',
          choices: ['Sim', 'Não', 'Só no horário de trabalho'],
        },
      ],
    },
    'be-responsible': {
      title: 'Seja responsável',
      summary: 'Apoie um lado sem atacar o outro; nunca fale mal dos concorrentes.',
      lesson:
        'Você pode apoiar um time, uma causa ou um candidato, mas não ataque o outro lado. Não fale mal dos concorrentes: fale do que a Dell faz bem. E lembre-se: você não precisa entrar em toda discussão para a qual é convidado.',
      questions: [
        {
          prompt: 'Alguém puxa briga nas respostas. O que a política sugere?',
          choices: [
            'Ganhar a discussão',
            'Você não precisa entrar em toda discussão para a qual é convidado',
            'Denunciar a pessoa para a Dell',
          ],
        },
      ],
    },
    'be-nice': {
      title: 'Seja gentil, divirta-se e crie conexões',
      summary: 'Nada de palavrões, insultos ou gritos.',
      lesson:
        'Seja alguém com quem as pessoas gostam de conversar: nada de palavrões, ataques pessoais ou gritos em MAIÚSCULAS. Divirta-se e crie conexões.',
      questions: [
        {
          prompt: 'Qual resposta segue a política?',
          choices: [
            '"Você claramente não faz ideia, seu idiota."',
            '"Eu vejo de outro jeito, e explico por quê."',
            '"ISSO ESTÁ ERRADO!!!"',
          ],
        },
      ],
    },
    'leave-support': {
      title: 'Deixe o suporte com a @DellCares',
      summary: 'Encaminhe reclamações de clientes para a @DellCares em vez de resolver problemas em público.',
      lesson:
        'Quando um cliente reclamar de um produto com defeito, de um reembolso ou da garantia, encaminhe para a equipe de suporte: "Olá, sinto muito que você esteja passando por isso. @DellCares, vocês podem ajudar?" Eles têm as ferramentas e o histórico do cliente; você não precisa resolver tudo sozinho em público.',
      questions: [
        {
          prompt: 'Um cliente diz que o notebook novo não liga. O que você faz?',
          choices: [
            'Explico nas respostas como redefinir a BIOS',
            'Encaminho para a @DellCares',
            'Peço a etiqueta de serviço dele em público',
          ],
        },
      ],
    },
    'keep-confidential': {
      title: 'Deixe assuntos confidenciais com os especialistas',
      summary:
        'Resultados financeiros, produtos não lançados, fusões e aquisições, demissões, processos judiciais e incidentes de segurança são assunto dos especialistas.',
      lesson:
        'Alguns assuntos só os especialistas comentam: resultados financeiros antes da divulgação (Relações com Investidores), produtos não lançados e codinomes (Marketing de Produto), fusões e aquisições (Desenvolvimento Corporativo), demissões e reestruturações (Comunicação Corporativa), processos judiciais (Jurídico) e incidentes de segurança (Segurança e Comunicação Corporativa). Deixe esses assuntos com eles.',
      questions: [
        {
          prompt: 'Você ficou sabendo de uma aquisição que está por vir. Pode dar alguma pista?',
          choices: [
            'Sim, dizendo que trabalho na Dell',
            'Não, isso é com os especialistas',
            'Só no LinkedIn',
          ],
        },
      ],
    },
    'listen-first': {
      title: 'Primeiro ouça, depois aja com o que aprendeu',
      summary:
        'As contagens do que foi verificado e feito ficam no seu dispositivo, para o relatório de retorno sobre o investimento.',
      lesson:
        'Ouvir vem antes de falar. A extensão conta no seu dispositivo — sem nunca guardar o seu texto — as verificações que fez e as correções que você aplicou, para que o programa saiba o que ajuda.',
      questions: [
        {
          prompt: 'O que a extensão guarda para o relatório do programa?',
          choices: [
            'O texto das suas publicações',
            'Contagens de verificações e correções, no seu dispositivo',
            'Seus contatos',
          ],
        },
      ],
    },
    'know-your-audience': {
      title: 'Saiba com quem você está falando',
      summary:
        'Jornalistas, analistas, órgãos reguladores e críticos conhecidos recebem resposta dos especialistas; em assuntos sensíveis, use as mensagens-chave aprovadas.',
      lesson:
        'Algumas pessoas nas redes sociais falam para um público próprio. Uma resposta a um jornalista pode ser citada em uma matéria, uma resposta a um analista pode ir parar em um relatório, e uma resposta a um órgão regulador é uma declaração da Dell. A extensão avisa quando você responde ou menciona alguém que a política lista, e para quem encaminhar. Em assuntos sensíveis, só se usam as mensagens-chave verificadas que os especialistas prepararam: a extensão as oferece onde elas se aplicam.',
      questions: [
        {
          prompt: 'Um jornalista pergunta no X sobre boatos de demissões. O que você faz?',
          choices: [
            'Respondo com o que sei',
            'Encaminho para Relações com a Imprensa ou uso a mensagem-chave aprovada',
            'Peço que ele me mande uma mensagem direta',
          ],
        },
      ],
    },
  },
};
