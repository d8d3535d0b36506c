// The words a text is indexed under and a query asks for: Chinese (simplified and traditional),
// Spanish accents, English, punctuation.
import { describe, expect, it } from 'vitest';
import { matchedWords, queryTerms, searchTerms } from './segment';

/** Whether every query term is among the text's terms (the last as a prefix when so marked): what @@ does. */
function finds(text: string, q: string): boolean {
  const terms = searchTerms(text);
  const query = queryTerms(q);
  return (
    query.terms.length > 0 &&
    query.terms.every((t, i) =>
      query.prefixLast && i === query.terms.length - 1
        ? terms.some((w) => w.startsWith(t))
        : terms.includes(t),
    )
  );
}

describe('searchTerms', () => {
  it('cuts simplified Chinese in search mode: a compound and its words', () => {
    const terms = searchTerms('价格便宜，服务很好！');
    expect(terms).toEqual(expect.arrayContaining(['价格便宜', '价格', '便宜', '服务', '很', '好']));
    expect(terms).not.toContain('，');
    expect(terms).not.toContain('！');
  });

  it('keeps accents and adds the folded form, lower-cased', () => {
    expect(searchTerms('¡Atención RÁPIDA!')).toEqual(['atención', 'atencion', 'rápida', 'rapida']);
  });

  it('splits Latin text at non-letters and drops punctuation and whitespace', () => {
    expect(searchTerms('Great service -- waited 20min... ok?')).toEqual([
      'great',
      'service',
      'waited',
      '20min',
      'ok',
    ]);
    expect(searchTerms('  ,.!?。，、  ')).toEqual([]);
  });

  it('normalises full-width letters (NFKC)', () => {
    expect(searchTerms('ＧＲＥＡＴ　ｓｅｒｖｉｃｅ')).toEqual(['great', 'service']);
  });

  it('segments mixed Chinese and Latin text', () => {
    expect(searchTerms('WiFi太慢了')).toEqual(expect.arrayContaining(['wifi', '太慢']));
  });
});

describe('queryTerms', () => {
  it('asks for the finest words of a Chinese compound', () => {
    expect(queryTerms('价格便宜')).toEqual({ terms: ['价格', '便宜'], prefixLast: false });
  });

  it('keeps a word that is more than its parts whole', () => {
    expect(queryTerms('服务员').terms).toEqual(['服务员']);
  });

  it('folds accents and marks the last Latin word as a prefix', () => {
    expect(queryTerms('Atención ráp')).toEqual({ terms: ['atencion', 'rap'], prefixLast: true });
    expect(queryTerms('rap 服务')).toEqual({ terms: ['rap', '服务'], prefixLast: false });
  });

  it('has no terms for punctuation only', () => {
    expect(queryTerms(' !!! ，。').terms).toEqual([]);
  });
});

describe('a query finds the texts that contain its words', () => {
  it('simplified Chinese', () => {
    expect(finds('服务态度很好，价格便宜', '服务')).toBe(true);
    expect(finds('服务态度很好', '价格')).toBe(false);
    expect(finds('价格很便宜', '价格便宜')).toBe(true);
    expect(finds('服务员态度差', '服务员')).toBe(true);
    expect(finds('服务态度很好', '服务员')).toBe(false);
  });

  it('traditional Chinese, though the dictionary is simplified', () => {
    expect(finds('服務態度很好', '服務態度很好')).toBe(true);
    expect(finds('服務態度很好', '服務態度')).toBe(true);
    expect(finds('服務態度很好', '服務')).toBe(true);
    expect(finds('服務態度很好', '態度')).toBe(true);
    expect(finds('服務態度很好', '價格')).toBe(false);
  });

  it('Spanish with and without accents, both ways', () => {
    expect(finds('La atención fue excelente', 'atencion')).toBe(true);
    expect(finds('La atencion fue excelente', 'atención')).toBe(true);
    expect(finds('La atención fue excelente', 'aten')).toBe(true);
    expect(finds('La atención fue excelente', 'precio')).toBe(false);
  });

  it('English, every word required', () => {
    expect(finds('Friendly staff but slow checkout', 'staff slow')).toBe(true);
    expect(finds('Friendly staff but slow checkout', 'staff rude')).toBe(false);
    expect(finds('Friendly staff but slow checkout', 'check')).toBe(true);
  });
});

describe('matchedWords', () => {
  it('gives the words as written in the text', () => {
    const text = 'ATENCIÓN rápida; la atención, el servicio — 服务很好';
    expect(matchedWords(text, queryTerms('atencion servi 服务'))).toEqual(['ATENCIÓN', 'atención', '服务']);
    expect(matchedWords(text, queryTerms('servi'))).toEqual(['servicio']);
    expect(matchedWords(text, queryTerms('precio'))).toEqual([]);
  });
});
