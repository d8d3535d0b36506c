// The words of a free text, the same on both sides of a search: what a comment is indexed under
// (searchTerms) and what a query asks for (queryTerms). PostgreSQL's own parsers cannot split
// Chinese, so the words are made here — Han text by jieba, everything else at non-letters — and
// handed to PostgreSQL as finished lexemes (search-sql.ts), never re-parsed there.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
/** Loading the dictionary takes ~0.4 s: only a process that segments pays it, once. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const HAN = /\p{Script=Han}/u;
/** A run of Han characters, or a run of other letters, marks and digits (a Latin, Cyrillic, … word). */
const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+)/gu;
const MARKS = /\p{M}+/gu;

/** Lower case, NFKC: full-width ＡＢＣ and compatibility ideographs become their plain forms. */
export const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

/** "atención" → "atencion": the form respondents who skip accents type. */
export const foldAccents = (word: string): string =>
  word.normalize('NFD').replace(MARKS, '').normalize('NFC');

export const isHan = (word: string): boolean => HAN.test(word);

interface Run {
  text: string;
  han: boolean;
}

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of normalize(text).matchAll(RUNS)) {
    if (m[1]) runs.push({ text: m[1], han: true });
    else if (m[2]) runs.push({ text: m[2], han: false });
  }
  return runs;
}

/** jieba's search mode: 价格便宜 gives 价格便宜, 价格 and 便宜. Only Han words are kept. */
const hanWords = (run: string): string[] => segmenter().cutForSearch(run, true).filter(isHan);

/**
 * jieba's dictionary is simplified Chinese, so traditional text is mostly cut by its HMM into
 * long unknown words (服務態度很好 → 服務態度, 很, 好), and a search for 服務 would miss it. The
 * character pairs of every Han word of three or more characters are indexed too, which lets a
 * two-character query find the word inside such a long one.
 */
function pairsOf(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3) return [];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/**
 * The lexemes a text is found under: lower-cased NFKC words; Han text segmented by jieba in
 * search mode (plus the pairs above); other words split at non-letters, each with its accents and,
 * when it has any, also without them. No punctuation, no whitespace, no duplicates.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const run of runsOf(text)) {
    if (run.han) {
      for (const word of hanWords(run.text)) {
        terms.add(word);
        for (const pair of pairsOf(word)) terms.add(pair);
      }
    } else {
      terms.add(run.text);
      terms.add(foldAccents(run.text));
    }
  }
  return [...terms];
}

export interface QueryTerms {
  /** Every one must be in the text (AND). Latin words accent-folded; Han words the finest cut. */
  terms: string[];
  /** The last term is a Latin word the user may still be typing: it matches as a prefix. */
  prefixLast: boolean;
}

/**
 * What a search box asks for. Accents are folded, so "atencion" and "atención" find both
 * spellings. Han text is cut into words by jieba; a word that search mode splits into smaller
 * words covering all of it is asked for as those (价格便宜 asks for 价格 AND 便宜, so 价格很便宜
 * is found too), while a word that is more than its parts stays whole (服务员 is not 服务 + 员). A
 * word jieba cannot split (traditional text: 服務態度) stays whole and is found by the same word
 * or, for two characters, by the pairs indexed above.
 */
export function queryTerms(q: string): QueryTerms {
  const terms: string[] = [];
  let prefix: string | undefined;
  for (const run of runsOf(q)) {
    if (run.han) {
      terms.push(...segmenter().cut(run.text, true).filter(isHan).flatMap(queryWords));
      prefix = undefined;
    } else {
      prefix = foldAccents(run.text);
      terms.push(prefix);
    }
  }
  // The word being typed goes last, once, so that only it matches as a prefix.
  const unique = [...new Set(terms)].filter((t) => t !== prefix);
  if (prefix !== undefined) unique.push(prefix);
  return { terms: unique, prefixLast: prefix !== undefined };
}

function queryWords(word: string): string[] {
  const parts = segmenter()
    .cutForSearch(word, true)
    .filter((p) => p !== word && isHan(p));
  const covered = new Array<boolean>(word.length).fill(false);
  for (const p of parts) {
    for (let at = word.indexOf(p); at >= 0; at = word.indexOf(p, at + 1))
      covered.fill(true, at, at + p.length);
  }
  return parts.length > 0 && covered.every(Boolean) ? finest(parts) : [word];
}

/** The words that contain none of the others (search mode returns both 中华 and 中华人民). */
function finest(words: string[]): string[] {
  return words.filter((w) => !words.some((other) => other.length < w.length && w.includes(other)));
}

/**
 * The words of `text` a query matched, as written in the text, for highlighting: Latin words whose
 * folded form is a query term (or starts with the prefix term), and the Han query terms the text
 * contains (a Han lexeme always is a substring of its text).
 */
export function matchedWords(text: string, query: QueryTerms): string[] {
  if (query.terms.length === 0) return [];
  const found = new Set<string>();
  const latin = query.terms.filter((t) => !isHan(t));
  const prefix = query.prefixLast ? query.terms.at(-1) : undefined;
  for (const m of text.matchAll(RUNS)) {
    const surface = m[2];
    if (!surface) continue;
    const folded = foldAccents(normalize(surface));
    if (latin.includes(folded) || (prefix !== undefined && folded.startsWith(prefix))) found.add(surface);
  }
  const plain = normalize(text);
  for (const t of query.terms) if (isHan(t) && plain.includes(t)) found.add(t);
  return [...found];
}
