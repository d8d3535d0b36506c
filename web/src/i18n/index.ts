// i18next set up once, with all four languages bundled (they are small); the starting language is
// the browser's until /me says which one the person chose.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../api/types';
import { pickLanguage } from './detect';
import en from './en.json';
import es from './es.json';
import zhCN from './zh-CN.json';
import zhTW from './zh-TW.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    // Keys are checked at compile time against the English file.
    resources: { translation: typeof en };
  }
}

/** Each language named in itself, as people look for it in a switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
  es: 'Español',
};

export function browserLanguage(): Language {
  return pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export function currentLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return lng in LANGUAGE_NAMES ? (lng as Language) : 'en';
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    es: { translation: es },
    'zh-CN': { translation: zhCN },
    'zh-TW': { translation: zhTW },
  },
  lng: browserLanguage(),
  fallbackLng: 'en',
  supportedLngs: Object.keys(LANGUAGE_NAMES),
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
