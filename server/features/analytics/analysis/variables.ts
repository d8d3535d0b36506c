// A crosstab's variables as SQL and labels. Response properties and choice answers are the
// breakdown dimensions of the metric queries (query/dimensions.ts), so a crosstab groups exactly
// as a breakdown does; the NPS group of an NPS question is added here.
import { sql, type RawBuilder } from 'kysely';
import type { Dimension } from '../../../../common/analytics/query';
import { dimensionSql, parseDimension, type ParsedDimension } from '../query/dimensions';
import { labelOf, orderOf, type LabelLookups } from '../query/labels';
import { textIn, type AnalyticsQuestion } from '../scope/questions';
import { invalid } from './measures';
import type { Variable } from './schemas';

const CHOICE_TYPES = new Set(['single_choice', 'multiple_choice', 'dropdown']);

export const NPS_GROUPS = ['promoter', 'passive', 'detractor'] as const;

const NPS_GROUP_LABELS: Record<(typeof NPS_GROUPS)[number], Record<string, string>> = {
  promoter: {
    en: 'Promoters (9–10)',
    es: 'Promotores (9–10)',
    'zh-CN': '推荐者（9–10）',
    'zh-TW': '推薦者（9–10）',
  },
  passive: { en: 'Passives (7–8)', es: 'Pasivos (7–8)', 'zh-CN': '被动者（7–8）', 'zh-TW': '被動者（7–8）' },
  detractor: {
    en: 'Detractors (0–6)',
    es: 'Detractores (0–6)',
    'zh-CN': '贬损者（0–6）',
    'zh-TW': '貶損者（0–6）',
  },
};

export type ParsedVariable =
  | { kind: 'dimension'; dimension: ParsedDimension; question: AnalyticsQuestion | null }
  | { kind: 'nps_group'; question: AnalyticsQuestion };

/** Checks the variable against the survey (400 naming `field` when its question does not fit). */
export function parseVariable(
  v: Variable,
  questions: readonly AnalyticsQuestion[],
  field: string,
): ParsedVariable {
  if (v.startsWith('answer:') || v.startsWith('nps_group:')) {
    const [kind, id] = v.split(':') as ['answer' | 'nps_group', string];
    const question = questions.find((q) => q.id === id);
    if (!question) throw invalid(field, `The survey has no question "${id}".`);
    if (kind === 'nps_group') {
      if (question.type !== 'nps') throw invalid(field, `Question "${id}" is not an NPS question.`);
      return { kind, question };
    }
    if (!CHOICE_TYPES.has(question.type))
      throw invalid(field, `Question "${id}" (${question.type}) is not a choice question.`);
    return { kind: 'dimension', dimension: parseDimension(v as Dimension), question };
  }
  return { kind: 'dimension', dimension: parseDimension(v as Dimension), question: null };
}

/** A multiple choice counts one response under every option it picked. */
export const isMultipleResponse = (v: ParsedVariable) => v.question?.type === 'multiple_choice';

/** The key of the variable for each response, and the join it needs; `index` keeps aliases apart. */
export function variableSql(v: ParsedVariable, index: number, workspaceId: string) {
  if (v.kind === 'nps_group') {
    const alias = sql.raw(`ng${index}`);
    return {
      key: sql`CASE WHEN ${alias}.value_num >= 9 THEN 'promoter' WHEN ${alias}.value_num >= 7 THEN 'passive'
        WHEN ${alias}.value_num IS NOT NULL THEN 'detractor' END` as RawBuilder<unknown>,
      join: sql`LEFT JOIN response_answers ${alias} ON ${alias}.workspace_id = r.workspace_id
        AND ${alias}.response_id = r.id AND ${alias}.question_id = ${v.question.id} AND ${alias}.item = ''`,
    };
  }
  const cols = {
    day: sql`r.completed_at`,
    location: sql`r.location_id`,
    channel: sql`r.channel`,
    wave: sql`r.wave_id`,
    language: sql`r.language`,
  };
  return dimensionSql(v.dimension, index, cols, workspaceId);
}

/** The keys every table of this variable shows, even when nobody is in them: options and NPS groups. */
export function declaredKeys(v: ParsedVariable): string[] {
  if (v.kind === 'nps_group') return [...NPS_GROUPS];
  return v.question ? v.question.options.map((o) => o.id) : [];
}

export function variableLabel(v: ParsedVariable, key: string, lookups: LabelLookups): string {
  if (v.kind === 'nps_group')
    return textIn(NPS_GROUP_LABELS[key as (typeof NPS_GROUPS)[number]], lookups.language, key);
  if (v.dimension.kind === 'language') return languageName(key, lookups.language);
  return labelOf(v.dimension, key, lookups) || key;
}

/** "zh-TW" → "Chinese (Taiwan)" / "中文（台湾）" in the asked language; the tag itself if unknown. */
function languageName(tag: string, language: string | undefined): string {
  try {
    return new Intl.DisplayNames([language ?? 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function variableOrder(v: ParsedVariable, key: string, lookups: LabelLookups): string | number {
  if (v.kind === 'nps_group') return NPS_GROUPS.indexOf(key as (typeof NPS_GROUPS)[number]);
  return orderOf(v.dimension, key, lookups);
}
