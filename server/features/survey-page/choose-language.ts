// Which of a survey's languages a respondent reads: ?lang= first, then the browser's
// Accept-Language (by q-value), then the survey's default language.
import type { SurveyDefinition } from '../../../common/survey/definition';

const TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

export function chooseLanguage(
  def: Pick<SurveyDefinition, 'languages' | 'defaultLanguage'>,
  query: string | undefined,
  acceptLanguage: string | undefined,
): string {
  if (typeof query === 'string') {
    const wanted = exactly(def.languages, query.trim());
    if (wanted) return wanted;
  }
  const accepted = parseAcceptLanguage(acceptLanguage);
  // First a close match for any accepted tag, then a loose one (same language, other region or script).
  for (const strict of [true, false]) {
    for (const tag of accepted) {
      const match = matchTag(def.languages, tag, strict);
      if (match) return match;
    }
  }
  return def.defaultLanguage;
}

/** Tags by preference: q-values high to low, the header's order among equals; q=0 and * dropped. */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (typeof header !== 'string') return [];
  const entries: { tag: string; q: number; i: number }[] = [];
  header
    .split(',')
    .slice(0, 30)
    .forEach((part, i) => {
      const [rawTag = '', ...params] = part.split(';');
      const tag = rawTag.trim();
      if (!TAG.test(tag)) return;
      let q = 1;
      for (const p of params) {
        const m = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/.exec(p);
        if (m) q = Number(m[1]);
      }
      if (q > 0) entries.push({ tag, q, i });
    });
  return entries.sort((a, b) => b.q - a.q || a.i - b.i).map((e) => e.tag);
}

function exactly(languages: string[], tag: string): string | undefined {
  return languages.filter((l) => l.toLowerCase() === tag.toLowerCase())[0];
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';
const subtags = (tag: string) => tag.toLowerCase().split('-').slice(1);
const isTraditional = (tag: string) => subtags(tag).some((s) => ['hant', 'tw', 'hk', 'mo'].indexOf(s) >= 0);

function matchTag(languages: string[], tag: string, strict: boolean): string | undefined {
  const exact = exactly(languages, tag);
  if (exact) return exact;
  const sameLanguage = languages.filter((l) => primary(l) === primary(tag));
  if (!strict) return sameLanguage[0];
  if (primary(tag) === 'zh') {
    // Chinese is read by script: traditional (Taiwan, Hong Kong, Macau) or simplified.
    const canonical = isTraditional(tag) ? 'zh-TW' : 'zh-CN';
    const sameScript = sameLanguage.filter((l) => isTraditional(l) === isTraditional(tag));
    return (
      exactly(sameScript, canonical) ?? sameScript.filter((l) => l.toLowerCase() === 'zh')[0] ?? sameScript[0]
    );
  }
  // es-MX reads es; a bare es reads es-ES when that is all the survey has.
  return exactly(sameLanguage, primary(tag)) ?? (subtags(tag).length === 0 ? sameLanguage[0] : undefined);
}
