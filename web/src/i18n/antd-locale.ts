// Ant Design's own texts (pagination, pickers, empty states) in the console's language.
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import esES from 'antd/locale/es_ES';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import type { Language } from '../api/types';

export const ANTD_LOCALES: Record<Language, Locale> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en: enUS,
  es: esES,
};
