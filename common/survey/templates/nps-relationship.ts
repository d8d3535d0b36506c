// Relationship NPS: how likely a customer is to recommend the brand (Reichheld 2003), a follow-up
// whose wording depends on the score group, and an optional, consent-gated email for a follow-up.
import type { SurveyTemplate } from './template';
import { COMMENT_HINT, NPS_SCALE_HINT, THANK_YOU, THANK_YOU_MESSAGE, templateLanguages } from './template';

export const npsRelationship: SurveyTemplate = {
  key: 'nps-relationship',
  category: 'relationship',
  name: {
    en: 'Net Promoter Score (relationship)',
    es: 'Net Promoter Score (relación con la marca)',
    'zh-CN': '净推荐值 NPS（品牌关系）',
    'zh-TW': '淨推薦值 NPS（品牌關係）',
  },
  description: {
    en: 'Measure loyalty to your brand with the 0–10 recommendation question, ask each group the right follow-up and let unhappy customers ask to be contacted.',
    es: 'Mida la lealtad a su marca con la pregunta de recomendación de 0 a 10, haga a cada grupo la pregunta de seguimiento adecuada y permita que los clientes insatisfechos pidan que los contacten.',
    'zh-CN':
      '用 0–10 分的推荐意愿题衡量顾客对品牌的忠诚度，按评分向不同群体追问原因，并让不满意的顾客留下联系方式以便回访。',
    'zh-TW':
      '以 0–10 分的推薦意願題衡量顧客對品牌的忠誠度，依分數向不同族群追問原因，並讓不滿意的顧客留下聯絡方式以便回訪。',
  },
  definition: {
    ...templateLanguages(),
    hiddenFields: [{ name: 'brand' }],
    pages: [
      {
        id: 'score',
        questions: [
          {
            id: 'nps',
            type: 'nps',
            required: true,
            title: {
              en: 'How likely are you to recommend {{h:brand}} to a friend or colleague?',
              es: '¿Qué probabilidad hay de que recomiende {{h:brand}} a un amigo o colega?',
              'zh-CN': '您有多大可能向朋友或同事推荐{{h:brand}}？',
              'zh-TW': '您向親友或同事推薦{{h:brand}}的可能性有多高？',
            },
            description: NPS_SCALE_HINT,
          },
        ],
      },
      {
        id: 'feedback',
        questions: [
          {
            id: 'detractor_reason',
            type: 'text',
            multiline: true,
            maxLength: 2000,
            displayIf: { question: 'nps', op: 'lte', value: 6 },
            title: {
              en: 'We are sorry to hear that. What disappointed you, and what should we do better?',
              es: 'Lamentamos oír eso. ¿Qué le decepcionó y qué deberíamos mejorar?',
              'zh-CN': '很抱歉没能让您满意。哪些方面让您失望？我们应该如何改进？',
              'zh-TW': '很抱歉沒能讓您滿意。哪些地方讓您失望？我們應該如何改善？',
            },
            description: COMMENT_HINT,
          },
          {
            id: 'passive_reason',
            type: 'text',
            multiline: true,
            maxLength: 2000,
            displayIf: {
              all: [
                { question: 'nps', op: 'gte', value: 7 },
                { question: 'nps', op: 'lte', value: 8 },
              ],
            },
            title: {
              en: 'Thank you! What would make it a 10?',
              es: '¡Gracias! ¿Qué tendríamos que hacer para merecer un 10?',
              'zh-CN': '谢谢！我们怎样做才能让您打 10 分？',
              'zh-TW': '謝謝！我們要怎麼做，才能讓您給 10 分？',
            },
            description: COMMENT_HINT,
          },
          {
            id: 'promoter_reason',
            type: 'text',
            multiline: true,
            maxLength: 2000,
            displayIf: { question: 'nps', op: 'gte', value: 9 },
            title: {
              en: 'Great to hear! What do you like most about {{h:brand}}?',
              es: '¡Nos alegra mucho! ¿Qué es lo que más le gusta de {{h:brand}}?',
              'zh-CN': '太好了！您最喜欢{{h:brand}}的哪些方面？',
              'zh-TW': '太好了！您最喜歡{{h:brand}}的哪些地方？',
            },
            description: COMMENT_HINT,
          },
          {
            id: 'contact_ok',
            type: 'consent',
            title: {
              en: 'May we contact you about your feedback?',
              es: '¿Podemos ponernos en contacto con usted sobre su opinión?',
              'zh-CN': '我们可以就您的反馈与您联系吗？',
              'zh-TW': '我們可以針對您的意見與您聯絡嗎？',
            },
            description: {
              en: 'We will only use your email address to reply to this feedback.',
              es: 'Solo usaremos su correo electrónico para responder a esta opinión.',
              'zh-CN': '您的邮箱地址仅用于回复本次反馈。',
              'zh-TW': '您的電子郵件地址僅會用於回覆這次的意見。',
            },
          },
          {
            id: 'contact',
            type: 'contact',
            email: true,
            required: true,
            displayIf: { question: 'contact_ok', op: 'eq', value: true },
            title: {
              en: 'What email address can we reach you at?',
              es: '¿A qué correo electrónico podemos escribirle?',
              'zh-CN': '请留下您的邮箱地址',
              'zh-TW': '請留下您的電子郵件地址',
            },
          },
        ],
      },
    ],
    endings: [
      {
        id: 'thanks_contact',
        if: { question: 'contact_ok', op: 'eq', value: true },
        title: THANK_YOU,
        message: {
          en: 'Someone from {{h:brand}} will get back to you by email soon.',
          es: 'Alguien del equipo de {{h:brand}} le escribirá pronto por correo electrónico.',
          'zh-CN': '{{h:brand}}的工作人员会尽快通过邮件与您联系。',
          'zh-TW': '{{h:brand}}的專人會盡快以電子郵件與您聯絡。',
        },
      },
      { id: 'thanks', title: THANK_YOU, message: THANK_YOU_MESSAGE },
    ],
  },
};
