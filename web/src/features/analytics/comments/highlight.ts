// Splits a comment into plain and matched parts, for <mark> in React: no HTML is ever built from
// the text, so whatever a respondent wrote stays text.
import { isHanWord } from './han';

export interface TextPart {
  text: string;
  match: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A Latin word is matched whole; a Chinese word anywhere (Chinese has no spaces between words). */
const pattern = (word: string) =>
  isHanWord(word)
    ? escapeRegExp(word)
    : `(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{M}\\p{N}])`;

export function highlightParts(text: string, words: readonly string[]): TextPart[] {
  // Longer words first, so that an alternation prefers 服务员 to 服务.
  const unique = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return text ? [{ text, match: false }] : [];
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(new RegExp(unique.map(pattern).join('|'), 'giu'))) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), match: false });
    parts.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
