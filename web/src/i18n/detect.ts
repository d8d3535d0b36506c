// Which console language to start in when the person has not chosen one: the first of the
// browser's preferred languages that we speak, with Chinese split by script (Hans / Hant).
import type { Language } from '../api/types';

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

export function languageFromTag(tag: string): Language | null {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  const [lang, ...rest] = parts;
  if (lang === 'zh') {
    if (rest.includes('hant')) return 'zh-TW';
    if (rest.includes('hans')) return 'zh-CN';
    return rest.some((p) => TRADITIONAL_REGIONS.has(p)) ? 'zh-TW' : 'zh-CN';
  }
  if (lang === 'es') return 'es';
  if (lang === 'en') return 'en';
  return null;
}

export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lang = languageFromTag(tag);
    if (lang) return lang;
  }
  return 'en';
}
