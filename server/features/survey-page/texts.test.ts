import { describe, expect, it } from 'vitest';
import { ANSWER_ERROR_CODES } from '../../../common/survey/check-answer';
import { TYPES } from '../../../common/survey/arbitraries';
import type { PageTextId } from './texts';
import {
  errorTextId,
  fillText,
  PAGE_LANGUAGES,
  PAGE_TEXT_IDS,
  pageLanguage,
  pageText,
  pageTexts,
} from './texts';

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('pageText', () => {
  it.each(PAGE_LANGUAGES)('has every string in %s, with the English placeholders', (language) => {
    for (const id of PAGE_TEXT_IDS) {
      const text = pageText(language, id);
      expect(text.trim(), `${language} ${id}`).not.toBe('');
      expect(placeholders(text), `${language} ${id}`).toEqual(placeholders(pageText('en', id)));
    }
    expect(Object.keys(pageTexts(language)).sort()).toEqual([...PAGE_TEXT_IDS].sort());
  });

  it('is translated, not English, in the other three languages', () => {
    for (const language of ['es', 'zh-CN', 'zh-TW']) {
      const same = PAGE_TEXT_IDS.filter((id) => pageText(language, id) === pageText('en', id));
      expect(same, language).toEqual([]);
    }
  });

  it('reads English for other languages and maps Chinese by script', () => {
    expect(pageText('fr', 'next')).toBe('Next');
    expect(pageText('es-MX', 'next')).toBe('Siguiente');
    expect(pageLanguage('zh-Hant-HK')).toBe('zh-TW');
    expect(pageLanguage('zh-HK')).toBe('zh-TW');
    expect(pageLanguage('zh-SG')).toBe('zh-CN');
    expect(pageLanguage('zh')).toBe('zh-CN');
    expect(pageText('zh-TW', 'progress')).toBe('第 {n} 頁，共 {total} 頁');
    expect(fillText(pageText('en', 'progress'), { n: 2, total: 5 })).toBe('Page 2 of 5');
    expect(fillText('{n} {missing}', { n: 1 })).toBe('1 {missing}');
  });
});

describe('errorTextId', () => {
  it('has a message for every answer error code and question type', () => {
    for (const type of TYPES) {
      for (const code of ANSWER_ERROR_CODES) {
        expect(PAGE_TEXT_IDS).toContain(errorTextId({ type }, code));
      }
    }
  });

  it.each<[string, string, PageTextId]>([
    ['consent', 'required', 'errConsent'],
    ['matrix', 'required', 'errRows'],
    ['ranking', 'too_few', 'errRank'],
    ['importance_performance', 'invalid_type', 'errBoth'],
    ['multiple_choice', 'too_few', 'errTooFew'],
    ['contact', 'invalid_email', 'errInvalidEmail'],
    ['text', 'something_new', 'errInvalidType'],
    ['text', 'constructor', 'errInvalidType'],
  ])('%s %s → %s', (type, code, id) => {
    expect(errorTextId({ type } as never, code)).toBe(id);
  });
});
