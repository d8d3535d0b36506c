import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

const marked = (text: string, words: string[]) =>
  highlightParts(text, words)
    .map((p) => (p.match ? `[${p.text}]` : p.text))
    .join('');

describe('highlightParts', () => {
  it('marks Chinese words wherever they stand', () => {
    expect(marked('服务态度很好，服务员也热情', ['服务'])).toBe('[服务]态度很好，[服务]员也热情');
    expect(marked('服务员很好', ['服务', '服务员'])).toBe('[服务员]很好');
  });

  it('marks Latin words whole, whatever their case', () => {
    expect(marked('ATENCIÓN rápida; la atención, no atenciónes', ['atención', 'ATENCIÓN'])).toBe(
      '[ATENCIÓN] rápida; la [atención], no atenciónes',
    );
    expect(marked('Ana ate a banana', ['Ana'])).toBe('[Ana] ate a banana');
  });

  it('keeps text with regular-expression characters and markup as text', () => {
    expect(marked('xx1 or x+1?', ['x+1'])).toBe('xx1 or [x+1]?');
    expect(marked('<b>price</b>', ['b'])).toBe('<[b]>price</[b]>');
    expect(highlightParts('<script>', [])).toEqual([{ text: '<script>', match: false }]);
  });
});
