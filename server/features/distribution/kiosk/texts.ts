// The kiosk's own strings in the four languages Rapport ships (any other language reads English):
// the queue's status line, the language links' label and the notices of a paused or unknown kiosk.
// The survey's questions and the page's buttons come from the survey page (survey-page/texts.ts).
import { pageLanguage, type PageLanguage } from '../../survey-page/texts';
import type { KioskTextId } from './text-ids';

const TABLES: Record<PageLanguage, Record<KioskTextId, string>> = {
  en: {
    language: 'Language',
    offline: 'Offline',
    waitingOne: '1 answer waiting',
    waitingMany: '{n} answers waiting',
    pausedTitle: 'This kiosk is paused',
    pausedMessage: 'It is not collecting answers at the moment.',
    notFoundTitle: 'Kiosk not found',
    notFoundMessage: 'Please check the address.',
  },
  es: {
    language: 'Idioma',
    offline: 'Sin conexión',
    waitingOne: '1 respuesta en espera',
    waitingMany: '{n} respuestas en espera',
    pausedTitle: 'Este quiosco está en pausa',
    pausedMessage: 'No está recogiendo respuestas en este momento.',
    notFoundTitle: 'Quiosco no encontrado',
    notFoundMessage: 'Compruebe la dirección.',
  },
  'zh-CN': {
    language: '语言',
    offline: '离线',
    waitingOne: '1 份答卷待发送',
    waitingMany: '{n} 份答卷待发送',
    pausedTitle: '此自助终端已暂停',
    pausedMessage: '目前暂不收集答卷。',
    notFoundTitle: '未找到此自助终端',
    notFoundMessage: '请检查网址。',
  },
  'zh-TW': {
    language: '語言',
    offline: '離線',
    waitingOne: '1 份答卷待傳送',
    waitingMany: '{n} 份答卷待傳送',
    pausedTitle: '此自助終端已暫停',
    pausedMessage: '目前暫不收集答卷。',
    notFoundTitle: '找不到此自助終端',
    notFoundMessage: '請檢查網址。',
  },
};

export const kioskText = (language: string, id: KioskTextId): string => TABLES[pageLanguage(language)][id];

/** Every kiosk string in one language: the kiosk script receives these in its configuration. */
export const kioskTexts = (language: string): Record<KioskTextId, string> => ({
  ...TABLES[pageLanguage(language)],
});
