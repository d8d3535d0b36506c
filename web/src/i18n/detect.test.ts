import { describe, expect, it } from 'vitest';
import { languageFromTag, pickLanguage } from './detect';

describe('languageFromTag', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh_Hant_CN', 'zh-TW'],
    ['es', 'es'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['en-GB', 'en'],
    ['fr-FR', null],
  ])('%s → %s', (tag, lang) => expect(languageFromTag(tag)).toBe(lang));
});

describe('pickLanguage', () => {
  it('takes the first preference we speak', () => {
    expect(pickLanguage(['fr-FR', 'es-ES', 'en'])).toBe('es');
    expect(pickLanguage(['de', 'zh-TW'])).toBe('zh-TW');
  });
  it('falls back to English', () => {
    expect(pickLanguage(['fr', 'de'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
