// After a store visit: importance and performance of five attributes (Martilla & James 1977
// quadrants), NPS and a comment. Store and staff come from the QR code or the receipt link.
import type { LocalizedText } from '../definition';
import type { SurveyTemplate } from './template';
import { COMMENT_HINT, NPS_SCALE_HINT, THANK_YOU, THANK_YOU_MESSAGE, templateLanguages } from './template';

const IMPORTANCE: LocalizedText = {
  en: 'How important is this to you?',
  es: '¿Qué importancia tiene para usted?',
  'zh-CN': '这一点对您有多重要？',
  'zh-TW': '這一點對您有多重要？',
};
const PERFORMANCE: LocalizedText = {
  en: 'How did we do on this visit?',
  es: '¿Cómo lo hicimos en esta visita?',
  'zh-CN': '本次到店我们做得如何？',
  'zh-TW': '這次到店我們表現得如何？',
};

/** The attributes rated for importance and performance, in the order they are asked. */
export const STORE_VISIT_ATTRIBUTES: { id: string; title: LocalizedText }[] = [
  {
    id: 'ip_staff_attitude',
    title: {
      en: 'Friendliness and attitude of the staff',
      es: 'Amabilidad y actitud del personal',
      'zh-CN': '店员的服务态度',
      'zh-TW': '店員的服務態度',
    },
  },
  {
    id: 'ip_speed',
    title: {
      en: 'Speed of service',
      es: 'Rapidez en la atención',
      'zh-CN': '服务速度',
      'zh-TW': '服務速度',
    },
  },
  {
    id: 'ip_cleanliness',
    title: {
      en: 'Cleanliness of the store',
      es: 'Limpieza de la tienda',
      'zh-CN': '门店的整洁卫生',
      'zh-TW': '門市的整潔程度',
    },
  },
  {
    id: 'ip_availability',
    title: {
      en: 'Availability of the products you wanted',
      es: 'Disponibilidad de los productos que buscaba',
      'zh-CN': '想买的商品是否有货',
      'zh-TW': '想買的商品是否有貨',
    },
  },
  {
    id: 'ip_price',
    title: {
      en: 'Prices',
      es: 'Precios',
      'zh-CN': '价格',
      'zh-TW': '價格',
    },
  },
];

export const storeVisit: SurveyTemplate = {
  key: 'store-visit',
  category: 'store',
  name: {
    en: 'Store visit feedback',
    es: 'Opinión sobre la visita a la tienda',
    'zh-CN': '到店体验调查',
    'zh-TW': '到店體驗調查',
  },
  description: {
    en: 'For QR codes and receipts: customers rate how important staff attitude, speed, cleanliness, product availability and price are to them and how the store performed, then the NPS question. Shows where to concentrate.',
    es: 'Para códigos QR y recibos de compra: el cliente valora la importancia de la actitud del personal, la rapidez, la limpieza, la disponibilidad de productos y el precio, y cómo lo hizo la tienda; después, la pregunta NPS. Muestra dónde concentrar los esfuerzos.',
    'zh-CN':
      '适用于门店二维码和小票：顾客分别评价服务态度、服务速度、整洁卫生、商品有货情况和价格对自己的重要程度及门店的实际表现，再回答 NPS 推荐题，帮您找出最需要改进的地方。',
    'zh-TW':
      '適用於門市 QR Code 與發票：顧客分別評價服務態度、服務速度、整潔程度、商品供貨情況與價格對自己的重要程度，以及門市的實際表現，再回答 NPS 推薦題，協助您找出最需要改善之處。',
  },
  definition: {
    ...templateLanguages(),
    hiddenFields: [{ name: 'store' }, { name: 'staff' }],
    pages: [
      {
        id: 'attributes',
        title: {
          en: 'What matters to you, and how did we do?',
          es: '¿Qué es importante para usted y cómo lo hicimos?',
          'zh-CN': '您看重什么？我们做得怎么样？',
          'zh-TW': '您重視什麼？我們做得如何？',
        },
        questions: STORE_VISIT_ATTRIBUTES.map((attribute) => ({
          id: attribute.id,
          type: 'importance_performance' as const,
          points: 5 as const,
          required: true,
          title: attribute.title,
          importanceLabel: IMPORTANCE,
          performanceLabel: PERFORMANCE,
        })),
      },
      {
        id: 'recommend',
        questions: [
          {
            id: 'nps',
            type: 'nps',
            required: true,
            title: {
              en: 'How likely are you to recommend this store to a friend or colleague?',
              es: '¿Qué probabilidad hay de que recomiende esta tienda a un amigo o colega?',
              'zh-CN': '您有多大可能向朋友或同事推荐这家门店？',
              'zh-TW': '您向親友或同事推薦這家門市的可能性有多高？',
            },
            description: NPS_SCALE_HINT,
          },
          {
            id: 'comment',
            type: 'text',
            multiline: true,
            maxLength: 2000,
            title: {
              en: 'Is there anything else you would like to tell us about your visit?',
              es: '¿Hay algo más que quiera contarnos sobre su visita?',
              'zh-CN': '关于这次到店，您还有什么想告诉我们的吗？',
              'zh-TW': '關於這次到店，您還有什麼想告訴我們的嗎？',
            },
            description: COMMENT_HINT,
          },
        ],
      },
    ],
    endings: [{ id: 'thanks', title: THANK_YOU, message: THANK_YOU_MESSAGE }],
  },
};
