/** Portuguese texts and terms for the built-in policy (Dell's): `translations.pt` of default-policy.ts. */
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
};
