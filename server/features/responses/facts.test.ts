import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema } from '../../../common/survey/definition';
import { answersToFacts } from './facts';
import { deviceClassOf } from './device-class';

const def = surveyDefinitionSchema.parse({
  defaultLanguage: 'en',
  languages: ['en'],
  pages: [
    {
      id: 'p',
      questions: [
        { id: 'n', type: 'nps', title: { en: 'n' } },
        {
          id: 'c',
          type: 'single_choice',
          other: true,
          title: { en: 'c' },
          options: [{ id: 'a', label: { en: 'A' } }],
        },
        {
          id: 'm',
          type: 'multiple_choice',
          other: true,
          title: { en: 'm' },
          options: [
            { id: 'a', label: { en: 'A' } },
            { id: 'b', label: { en: 'B' } },
          ],
        },
        {
          id: 'r',
          type: 'ranking',
          title: { en: 'r' },
          options: [
            { id: 'a', label: { en: 'A' } },
            { id: 'b', label: { en: 'B' } },
          ],
        },
        {
          id: 'x',
          type: 'matrix',
          title: { en: 'x' },
          rows: [{ id: 'r1', label: { en: 'R1' } }],
          scale: [
            { value: 1, label: { en: '1' } },
            { value: 2, label: { en: '2' } },
          ],
        },
        { id: 'ip', type: 'importance_performance', points: 5, title: { en: 'ip' } },
        { id: 't', type: 'text', title: { en: 't' } },
        { id: 'k', type: 'contact', email: true, title: { en: 'k' } },
        { id: 'ok', type: 'consent', title: { en: 'ok' } },
      ],
    },
  ],
  endings: [{ id: 'e', title: { en: 'e' } }],
});

describe('answersToFacts', () => {
  it('writes one row per answered scalar and keeps contact details out', () => {
    const facts = answersToFacts(def, {
      n: 7,
      c: { other: 'my own' },
      m: { picks: ['b'], other: 'also' },
      r: ['b', 'a'],
      x: { r1: 2 },
      ip: { importance: 5, performance: 3 },
      t: 'hello',
      k: { email: 'a@example.com' },
      ok: true,
    });
    expect(facts.map((f) => [f.questionId, f.item, f.valueNum, f.valueText])).toEqual([
      ['n', '', 7, null],
      ['c', '', null, '__other'],
      ['m', 'b', 1, null],
      ['m', '__other', 1, null],
      ['r', 'b', 1, null],
      ['r', 'a', 2, null],
      ['x', 'r1', 2, null],
      ['ip', 'importance', 5, null],
      ['ip', 'performance', 3, null],
      ['t', '', null, 'hello'],
      ['ok', '', 1, null],
    ]);
  });
});

describe('deviceClassOf', () => {
  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 MicroMessenger/8.0', 'mobile'],
    ['Mozilla/5.0 (Linux; Android 13; Pixel 7) Mobile Safari/537.36', 'mobile'],
    ['Mozilla/5.0 (Linux; Android 13; SM-X700) Safari/537.36', 'tablet'],
    ['Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X)', 'tablet'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120', 'desktop'],
    ['curl/8.0', 'unknown'],
    [undefined, 'unknown'],
  ])('%s → %s', (ua, expected) => {
    expect(deviceClassOf(ua)).toBe(expected);
  });
});
