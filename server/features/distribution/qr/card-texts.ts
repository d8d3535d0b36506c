// The words a QR card prints by itself, in each workspace language. A qr distribution's own call to
// action (settings.callToAction[lang]) replaces the built-in one.
import type { Language } from '../../../../common/roles';

export interface CardTexts {
  callToAction: string;
  table: (table: string) => string;
  staff: (staff: string) => string;
}

export const CARD_TEXTS: Record<Language, CardTexts> = {
  'zh-CN': {
    callToAction: '扫码告诉我们您的体验',
    table: (t) => `桌号 ${t}`,
    staff: (s) => `服务人员 ${s}`,
  },
  'zh-TW': {
    callToAction: '掃碼告訴我們您的體驗',
    table: (t) => `桌號 ${t}`,
    staff: (s) => `服務人員 ${s}`,
  },
  en: {
    callToAction: 'Scan to tell us about your visit',
    table: (t) => `Table ${t}`,
    staff: (s) => `Served by ${s}`,
  },
  es: {
    callToAction: 'Escanea y cuéntanos tu visita',
    table: (t) => `Mesa ${t}`,
    staff: (s) => `Te atendió ${s}`,
  },
};
