import { describe, expect, it } from 'vitest';
import { chooseLanguage, parseAcceptLanguage } from './choose-language';

const survey = (languages: string[], defaultLanguage = languages[0]!) => ({ languages, defaultLanguage });
const all = survey(['en', 'es', 'zh-CN', 'zh-TW']);

describe('chooseLanguage', () => {
  it.each([
    // [languages, ?lang=, Accept-Language, expected]
    [all, 'es', 'zh-CN', 'es'],
    [all, 'ES', undefined, 'es'],
    [all, 'fr', 'zh-TW', 'zh-TW'],
    [all, undefined, undefined, 'en'],
    [all, undefined, '', 'en'],
    [all, undefined, 'fr-FR, de;q=0.9', 'en'],
    [all, undefined, 'zh-Hant', 'zh-TW'],
    [all, undefined, 'zh-HK', 'zh-TW'],
    [all, undefined, 'zh-MO,en;q=0.5', 'zh-TW'],
    [all, undefined, 'zh-Hant-HK', 'zh-TW'],
    [all, undefined, 'zh', 'zh-CN'],
    [all, undefined, 'zh-Hans', 'zh-CN'],
    [all, undefined, 'zh-SG', 'zh-CN'],
    [all, undefined, 'zh-Hans-CN;q=0.8, en;q=0.9', 'en'],
    [all, undefined, 'es-MX,es;q=0.9,en;q=0.8', 'es'],
    [all, undefined, 'en-GB', 'en'],
    [all, undefined, 'fr;q=1, es;q=0.5, en;q=0.7', 'en'],
    [all, undefined, 'en;q=0, es', 'es'],
    [all, undefined, '*, es;q=0.1', 'es'],
    [all, undefined, 'de;q=garbage, es;q=0.2', 'es'],
    [survey(['en', 'zh-CN']), undefined, 'zh-TW, en;q=0.9', 'en'],
    [survey(['en', 'zh-CN']), undefined, 'zh-TW', 'zh-CN'],
    [survey(['zh-TW', 'en']), undefined, 'zh-CN', 'zh-TW'],
    [survey(['es-ES', 'en']), undefined, 'es', 'es-ES'],
    [survey(['es-419', 'en'], 'en'), undefined, 'es-MX', 'es-419'],
    [survey(['pt-BR', 'en'], 'en'), undefined, 'pt', 'pt-BR'],
    [survey(['en', 'es'], 'es'), undefined, 'ja', 'es'],
  ])('%j ?lang=%s Accept-Language %s → %s', (def, query, header, expected) => {
    expect(chooseLanguage(def, query, header)).toBe(expected);
  });
});

describe('parseAcceptLanguage', () => {
  it('orders by q-value, keeps the header order among equals and drops q=0 and *', () => {
    expect(parseAcceptLanguage('da, en-GB;q=0.8, en;q=0.7, fr;q=0.8, *;q=0.5, de;q=0')).toEqual([
      'da',
      'en-GB',
      'fr',
      'en',
    ]);
    expect(parseAcceptLanguage('<script>, en')).toEqual(['en']);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });
});
