// CSAT after a purchase: satisfaction 1–5 ("How satisfied …"; CSAT% = share of 4 and 5), what
// mattered most in the purchase, and a comment. The order, store and channel come in the link.
import type { SurveyTemplate } from './template';
import { COMMENT_HINT, THANK_YOU, THANK_YOU_MESSAGE, templateLanguages } from './template';

export const csatAfterPurchase: SurveyTemplate = {
  key: 'csat-after-purchase',
  category: 'transaction',
  name: {
    en: 'Customer satisfaction after a purchase (CSAT)',
    es: 'Satisfacción tras la compra (CSAT)',
    'zh-CN': '购买后满意度调查（CSAT）',
    'zh-TW': '購買後滿意度調查（CSAT）',
  },
  description: {
    en: 'Send it after each order: a 1–5 satisfaction score, what mattered most to the customer and an open comment, tied to the order, store and channel.',
    es: 'Envíela después de cada pedido: una puntuación de satisfacción de 1 a 5, lo que más valoró el cliente y un comentario libre, vinculados al pedido, la tienda y el canal.',
    'zh-CN': '在每笔订单完成后发送：1–5 分满意度、顾客最看重的因素及开放式意见，并关联订单、门店和渠道。',
    'zh-TW': '在每筆訂單完成後發送：1–5 分滿意度、顧客最重視的因素與開放式意見，並與訂單、門市及通路連結。',
  },
  definition: {
    ...templateLanguages(),
    hiddenFields: [{ name: 'order_id' }, { name: 'store' }, { name: 'channel' }],
    pages: [
      {
        id: 'purchase',
        questions: [
          {
            id: 'csat',
            type: 'csat',
            required: true,
            title: {
              en: 'Overall, how satisfied are you with your recent purchase?',
              es: 'En general, ¿cuál es su grado de satisfacción con su compra reciente?',
              'zh-CN': '总体而言，您对这次购物的满意程度如何？',
              'zh-TW': '整體而言，您對這次購物的滿意程度如何？',
            },
            description: {
              en: '1 = Very dissatisfied, 5 = Very satisfied',
              es: '1 = Muy insatisfecho, 5 = Muy satisfecho',
              'zh-CN': '1 分表示非常不满意，5 分表示非常满意',
              'zh-TW': '1 分代表非常不滿意，5 分代表非常滿意',
            },
          },
          {
            id: 'mattered_most',
            type: 'single_choice',
            other: true,
            title: {
              en: 'What mattered most to you in this purchase?',
              es: '¿Qué fue lo más importante para usted en esta compra?',
              'zh-CN': '这次购物中，您最看重的是什么？',
              'zh-TW': '這次購物中，您最重視的是什麼？',
            },
            description: {
              en: 'Choose one, or tell us in your own words under "Other".',
              es: 'Elija una opción o indíquelo con sus propias palabras en «Otro».',
              'zh-CN': '请选择一项，或在“其他”中填写。',
              'zh-TW': '請選擇一項，或在「其他」中填寫。',
            },
            options: [
              { id: 'price', label: { en: 'Price', es: 'El precio', 'zh-CN': '价格', 'zh-TW': '價格' } },
              {
                id: 'quality',
                label: {
                  en: 'Product quality',
                  es: 'La calidad del producto',
                  'zh-CN': '商品质量',
                  'zh-TW': '商品品質',
                },
              },
              {
                id: 'delivery',
                label: {
                  en: 'Delivery',
                  es: 'La entrega',
                  'zh-CN': '配送速度与服务',
                  'zh-TW': '配送速度與服務',
                },
              },
              {
                id: 'packaging',
                label: { en: 'Packaging', es: 'El embalaje', 'zh-CN': '包装', 'zh-TW': '包裝' },
              },
              {
                id: 'service',
                label: {
                  en: 'Customer service',
                  es: 'La atención al cliente',
                  'zh-CN': '客户服务',
                  'zh-TW': '客戶服務',
                },
              },
            ],
          },
          {
            id: 'comment',
            type: 'text',
            multiline: true,
            maxLength: 2000,
            title: {
              en: 'Is there anything else you would like to tell us about your order?',
              es: '¿Hay algo más que quiera contarnos sobre su pedido?',
              'zh-CN': '关于这笔订单，您还有什么想告诉我们的吗？',
              'zh-TW': '關於這筆訂單，您還有什麼想告訴我們的嗎？',
            },
            description: COMMENT_HINT,
          },
        ],
      },
    ],
    endings: [
      {
        id: 'sorry',
        if: { question: 'csat', op: 'lte', value: 2 },
        title: {
          en: 'We are sorry your order fell short',
          es: 'Lamentamos que su pedido no estuviera a la altura',
          'zh-CN': '很抱歉这次购物没能让您满意',
          'zh-TW': '很抱歉這次購物沒能讓您滿意',
        },
        message: {
          en: 'Thank you for telling us. Our team reviews every low score and will work to put things right.',
          es: 'Gracias por decírnoslo. Nuestro equipo revisa cada valoración baja y trabajará para solucionarlo.',
          'zh-CN': '感谢您告诉我们。我们的团队会逐一查看每条低分评价，并尽力为您解决问题。',
          'zh-TW': '感謝您告訴我們。我們的團隊會逐一檢視每則低分評價，並盡力為您解決問題。',
        },
      },
      { id: 'thanks', title: THANK_YOU, message: THANK_YOU_MESSAGE },
    ],
  },
};
