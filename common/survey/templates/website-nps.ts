// Website pop-up NPS: exactly one question on one page, short enough for an intercept. The page
// the visitor was on comes in the `page_url` hidden field.
import type { SurveyTemplate } from './template';
import { NPS_SCALE_HINT, THANK_YOU, templateLanguages } from './template';

export const websiteNps: SurveyTemplate = {
  key: 'website-nps',
  category: 'web',
  name: {
    en: 'Website NPS pop-up',
    es: 'NPS en ventana emergente del sitio web',
    'zh-CN': '网站弹窗 NPS',
    'zh-TW': '網站彈出視窗 NPS',
  },
  description: {
    en: 'A single 0–10 recommendation question for the website pop-up, with the page the visitor was on.',
    es: 'Una única pregunta de recomendación de 0 a 10 para la ventana emergente del sitio web, junto con la página en la que estaba el visitante.',
    'zh-CN': '用于网站弹窗的单题问卷：一道 0–10 分的推荐意愿题，并记录访客所在的页面。',
    'zh-TW': '用於網站彈出視窗的單題問卷：一道 0–10 分的推薦意願題，並記錄訪客當時瀏覽的網頁。',
  },
  definition: {
    ...templateLanguages(),
    hiddenFields: [{ name: 'page_url' }],
    pages: [
      {
        id: 'score',
        questions: [
          {
            id: 'nps',
            type: 'nps',
            required: true,
            title: {
              en: 'How likely are you to recommend us to a friend or colleague?',
              es: '¿Qué probabilidad hay de que nos recomiende a un amigo o colega?',
              'zh-CN': '您有多大可能向朋友或同事推荐我们？',
              'zh-TW': '您向親友或同事推薦我們的可能性有多高？',
            },
            description: NPS_SCALE_HINT,
          },
        ],
      },
    ],
    endings: [
      {
        id: 'thanks',
        title: THANK_YOU,
        message: {
          en: 'Your answer helps us make this site better.',
          es: 'Su respuesta nos ayuda a mejorar este sitio.',
          'zh-CN': '您的回答将帮助我们把网站做得更好。',
          'zh-TW': '您的回答能幫助我們讓網站變得更好。',
        },
      },
    ],
  },
};
