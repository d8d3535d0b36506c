// The unboxing experience of an online order: a star rating, what was wrong with the parcel, a
// comment when the rating is low and a consent-gated call-back. Happy customers who report no
// problem skip the follow-up page.
import type { Condition } from '../definition';
import type { SurveyTemplate } from './template';
import { COMMENT_HINT, THANK_YOU, THANK_YOU_MESSAGE, WILL_BE_IN_TOUCH, templateLanguages } from './template';

const PROBLEMS = ['damaged_box', 'missing_item', 'wrong_item', 'messy_packing'] as const;

/** Four or five stars and no problem picked: nothing to follow up. */
const HAPPY: Condition = {
  all: [
    { question: 'rating', op: 'gte', value: 4 },
    { not: { any: PROBLEMS.map((id): Condition => ({ question: 'issues', op: 'includes', value: id })) } },
  ],
};

export const unboxing: SurveyTemplate = {
  key: 'unboxing',
  category: 'product',
  name: {
    en: 'Unboxing experience',
    es: 'Experiencia de desempaquetado',
    'zh-CN': '开箱体验调查',
    'zh-TW': '開箱體驗調查',
  },
  description: {
    en: 'Send it when the parcel is delivered: a star rating of the unboxing, what was wrong (damaged box, missing or wrong item, messy packing) and a call-back for customers who want one.',
    es: 'Envíela cuando se entregue el paquete: una valoración con estrellas del desempaquetado, qué falló (caja dañada, artículo que falta o equivocado, embalaje descuidado) y la opción de que le llamemos.',
    'zh-CN':
      '在包裹签收后发送：顾客为开箱体验打星，勾选遇到的问题（外箱破损、少件、发错货、包装凌乱），并可申请客服回访。',
    'zh-TW':
      '在包裹送達後發送：顧客為開箱體驗評分，勾選遇到的問題（外箱破損、缺件、寄錯商品、包裝凌亂），並可申請客服回電。',
  },
  definition: {
    ...templateLanguages(),
    hiddenFields: [{ name: 'order_id' }],
    pages: [
      {
        id: 'unboxing',
        questions: [
          {
            id: 'rating',
            type: 'rating',
            points: 5,
            display: 'stars',
            required: true,
            title: {
              en: 'How would you rate the experience of unboxing your order?',
              es: '¿Cómo valora la experiencia de abrir su pedido?',
              'zh-CN': '您对这次订单的开箱体验打几分？',
              'zh-TW': '您會給這次訂單的開箱體驗幾顆星？',
            },
          },
          {
            id: 'issues',
            type: 'multiple_choice',
            maxPicks: 4,
            title: {
              en: 'Was anything wrong with your parcel?',
              es: '¿Hubo algún problema con su paquete?',
              'zh-CN': '您的包裹有没有什么问题？',
              'zh-TW': '您的包裹有沒有什麼問題？',
            },
            description: {
              en: 'Choose all that apply.',
              es: 'Seleccione todas las opciones que correspondan.',
              'zh-CN': '可多选。',
              'zh-TW': '可複選。',
            },
            options: [
              {
                id: 'damaged_box',
                label: {
                  en: 'The box was damaged',
                  es: 'La caja llegó dañada',
                  'zh-CN': '外箱破损',
                  'zh-TW': '外箱破損',
                },
              },
              {
                id: 'missing_item',
                label: {
                  en: 'An item was missing',
                  es: 'Faltaba un artículo',
                  'zh-CN': '少件 / 漏发',
                  'zh-TW': '商品缺件',
                },
              },
              {
                id: 'wrong_item',
                label: {
                  en: 'I received the wrong item',
                  es: 'Recibí un artículo equivocado',
                  'zh-CN': '发错货',
                  'zh-TW': '寄錯商品',
                },
              },
              {
                id: 'messy_packing',
                label: {
                  en: 'The packing was messy',
                  es: 'El embalaje estaba descuidado',
                  'zh-CN': '包装凌乱',
                  'zh-TW': '包裝凌亂',
                },
              },
              {
                id: 'nothing',
                label: {
                  en: 'Nothing, everything was fine',
                  es: 'Nada, todo estaba bien',
                  'zh-CN': '没有问题，一切正常',
                  'zh-TW': '沒有問題，一切正常',
                },
              },
            ],
          },
        ],
        jumps: [{ if: HAPPY, to: { end: 'thanks' } }],
      },
      {
        id: 'follow_up',
        questions: [
          {
            id: 'comment',
            type: 'text',
            multiline: true,
            maxLength: 2000,
            displayIf: { question: 'rating', op: 'lte', value: 3 },
            title: {
              en: 'We are sorry your order did not arrive as it should. What happened?',
              es: 'Lamentamos que su pedido no llegara como debía. ¿Qué ocurrió?',
              'zh-CN': '很抱歉您的包裹没有完好送达。能告诉我们具体情况吗？',
              'zh-TW': '很抱歉您的包裹沒有完好送達。可以告訴我們詳細情況嗎？',
            },
            description: COMMENT_HINT,
          },
          {
            id: 'callback',
            type: 'consent',
            title: {
              en: 'Would you like our customer care team to contact you about this order?',
              es: '¿Quiere que nuestro equipo de atención al cliente se ponga en contacto con usted por este pedido?',
              'zh-CN': '需要我们的客服就这笔订单与您联系吗？',
              'zh-TW': '需要我們的客服人員針對這筆訂單與您聯絡嗎？',
            },
            description: {
              en: 'We will only use your details to follow up on this order.',
              es: 'Solo usaremos sus datos para hacer el seguimiento de este pedido.',
              'zh-CN': '您的联系方式仅用于跟进本订单。',
              'zh-TW': '您的聯絡資料僅會用於處理這筆訂單。',
            },
          },
          {
            id: 'contact',
            type: 'contact',
            email: true,
            phone: true,
            required: true,
            displayIf: { question: 'callback', op: 'eq', value: true },
            title: {
              en: 'How can we reach you?',
              es: '¿Cómo podemos contactarle?',
              'zh-CN': '我们该如何联系您？',
              'zh-TW': '我們該如何聯絡您？',
            },
            description: {
              en: 'Leave a phone number, an email address or both.',
              es: 'Indique un teléfono, un correo electrónico o ambos.',
              'zh-CN': '请留下手机号码、邮箱地址，或两者都填。',
              'zh-TW': '請留下手機號碼、電子郵件地址，或兩者都填寫。',
            },
          },
        ],
      },
    ],
    endings: [
      {
        id: 'callback_thanks',
        if: { question: 'callback', op: 'eq', value: true },
        title: WILL_BE_IN_TOUCH,
        message: {
          en: 'Our customer care team will contact you about your order as soon as possible.',
          es: 'Nuestro equipo de atención al cliente se pondrá en contacto con usted lo antes posible.',
          'zh-CN': '我们的客服会尽快就您的订单与您联系。',
          'zh-TW': '我們的客服人員會盡快就您的訂單與您聯絡。',
        },
      },
      { id: 'thanks', title: THANK_YOU, message: THANK_YOU_MESSAGE },
    ],
  },
};
