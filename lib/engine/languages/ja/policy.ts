/** Japanese texts and terms for the built-in policy (Dell's): `translations.ja` of default-policy.ts. */
export const policy = {
  texts: {
    'disclosure.insertText': '#Dell社員',
    'disclosure.messages.missing':
      '{company}の製品に触れています。冒頭で{company}の社員であることを明記してください：「{insert}」',
    'disclosure.messages.belowFold':
      '{platform}では社員である旨の表記が「もっと見る」の後ろに隠れています。冒頭に移動してください。',
    'disclosure.messages.buried':
      '社員である旨の表記が末尾のハッシュタグに埋もれています。冒頭に移動してください。',
    'disclosure.messages.traineeReminder':
      '研修中は、{company}の製品に触れるときは必ず{company}の社員であることを明記してください。',
    'disclosure.messages.fixInsert': '冒頭に「{insert}」を追加',
    'disclosure.messages.fixMove': '「{disclosure}」を冒頭に移動',
    'handoff.template': 'ご不便をおかけして申し訳ありません。{handle}、対応をお願いできますか？',
    'handoff.messages.complaint': 'これはサポートの依頼です。自分で対応せず{handle}に引き継いでください。',
    'handoff.messages.troubleshooting': 'トラブル対応は{handle}の担当です。引き継ぎを検討してください。',
    'handoff.messages.fixLabel': '{handle}に引き継ぐ',
    'pii.protectReply':
      'ありがとうございます。情報は確認しました。個人情報を守るため投稿を削除してください。こちらから直接ご連絡します。',
    'pii.messages.detected':
      '個人情報（{kind}）のようです。個人情報は公開せず、ダイレクトメッセージを使ってください。',
    'pii.messages.fixReplace': '{placeholder}に置き換える',
    'tone.insult.message': '「{term}」は個人攻撃に読めます。人ではなく意見に反論しましょう。',
    'tone.profanity.message': '言葉遣いに注意：「{term}」は不適切な表現です。',
  },
  terms: {
    'disclosure.accepted': [
      '#Dell社員',
      'Dell社員',
      'デル社員',
      'Dellで働いています',
      'デルで働いています',
      'Dellに勤めています',
      'デルに勤めています',
    ],
    'tone.insult.terms': ['バカ', '馬鹿', 'アホ', 'クズ', '無能', 'ボケ'],
    'tone.profanity.extraTerms': ['クソ', 'くそ', 'ふざけるな', '死ね'],
    'handoff.complaintTerms': [
      '壊れ',
      '動かない',
      '起動しない',
      '電源が入らない',
      '返金',
      '届かない',
      'サポート',
    ],
  },
};
