// Customer Effort Score after a service case (CES 2.0: agreement 1–7 with "… made it easy …";
// report the mean and the share agreeing, 5–7), whether the issue was resolved, and a comment
// for customers who found it hard or are still waiting. The case and company come in the link.
import type { SurveyTemplate } from './template';
import { COMMENT_HINT, THANK_YOU, THANK_YOU_MESSAGE, templateLanguages } from './template';

export const cesAfterService: SurveyTemplate = {
  key: 'ces-after-service',
  category: 'service',
  name: {
    en: 'Customer effort after a service case (CES)',
    es: 'Esfuerzo del cliente tras una atención (CES)',
    'zh-CN': '服务后客户费力度调查（CES）',
    'zh-TW': '服務後顧客費力度調查（CES）',
  },
  description: {
    en: 'Send it when a case is closed: how easy it was to get the issue handled (CES 2.0, 1–7), whether it was resolved, and what got in the way.',
    es: 'Envíela al cerrar un caso: cuánto esfuerzo le costó al cliente resolver su problema (CES 2.0, de 1 a 7), si quedó resuelto y qué se lo dificultó.',
    'zh-CN': '在工单关闭后发送：问题处理是否轻松（CES 2.0，1–7 分）、问题是否已解决，以及遇到了哪些阻碍。',
    'zh-TW': '在案件結案後發送：問題處理是否輕鬆（CES 2.0，1–7 分）、問題是否已解決，以及遇到了哪些阻礙。',
  },
  definition: {
    ...templateLanguages(),
    hiddenFields: [{ name: 'case_id' }, { name: 'company' }],
    pages: [
      {
        id: 'effort',
        questions: [
          {
            id: 'ces',
            type: 'ces',
            required: true,
            title: {
              en: '{{h:company}} made it easy for me to handle my issue.',
              es: '{{h:company}} me facilitó la gestión de mi problema.',
              'zh-CN': '{{h:company}}让我能够轻松地处理好我的问题。',
              'zh-TW': '{{h:company}}讓我能輕鬆處理好我的問題。',
            },
            description: {
              en: 'How much do you agree? 1 = Strongly disagree, 7 = Strongly agree',
              es: '¿En qué medida está de acuerdo? 1 = Totalmente en desacuerdo, 7 = Totalmente de acuerdo',
              'zh-CN': '您在多大程度上同意这一说法？1 分表示非常不同意，7 分表示非常同意',
              'zh-TW': '您對這項敘述的同意程度為何？1 分代表非常不同意，7 分代表非常同意',
            },
          },
          {
            id: 'resolved',
            type: 'single_choice',
            required: true,
            title: {
              en: 'Was your issue resolved?',
              es: '¿Se resolvió su problema?',
              'zh-CN': '您的问题解决了吗？',
              'zh-TW': '您的問題解決了嗎？',
            },
            options: [
              { id: 'yes', label: { en: 'Yes', es: 'Sí', 'zh-CN': '已解决', 'zh-TW': '已解決' } },
              { id: 'no', label: { en: 'No', es: 'No', 'zh-CN': '未解决', 'zh-TW': '尚未解決' } },
            ],
          },
          {
            id: 'comment',
            type: 'text',
            multiline: true,
            maxLength: 2000,
            displayIf: {
              any: [
                { question: 'ces', op: 'lte', value: 3 },
                { question: 'resolved', op: 'eq', value: 'no' },
              ],
            },
            title: {
              en: 'We are sorry it was not easier. What got in the way, and what could we have done better?',
              es: 'Lamentamos que no haya sido más fácil. ¿Qué se lo complicó y qué podríamos haber hecho mejor?',
              'zh-CN': '很抱歉给您带来不便。是什么让处理过程变得困难？我们本可以怎样做得更好？',
              'zh-TW': '很抱歉造成您的不便。是什麼讓處理過程變得不順利？我們原本可以怎麼做得更好？',
            },
            description: COMMENT_HINT,
          },
        ],
      },
    ],
    endings: [
      {
        id: 'unresolved',
        if: { question: 'resolved', op: 'eq', value: 'no' },
        title: {
          en: 'Thank you, we will follow up on your case',
          es: 'Gracias, daremos seguimiento a su caso',
          'zh-CN': '谢谢，我们会继续跟进您的问题',
          'zh-TW': '謝謝，我們會持續追蹤您的案件',
        },
        message: {
          en: 'Our team will review your case and get back to you.',
          es: 'Nuestro equipo revisará su caso y se pondrá en contacto con usted.',
          'zh-CN': '我们的团队会重新查看您的问题，并尽快回复您。',
          'zh-TW': '我們的團隊會重新檢視您的案件，並盡快回覆您。',
        },
      },
      { id: 'thanks', title: THANK_YOU, message: THANK_YOU_MESSAGE },
    ],
  },
};
