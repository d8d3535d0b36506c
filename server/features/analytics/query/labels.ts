// Display labels of group keys: periods as people write them (2026-W47, 2026-11, 2026-Q4),
// locations and waves by name, options in the asked language.
import type { PeriodUnit } from '../../../../common/analytics/query';
import type { Tx } from '../../../db/database';
import { OTHER_ITEM } from '../../responses/facts';
import { textIn, type AnalyticsQuestion } from '../scope/questions';
import type { ParsedDimension } from './dimensions';

const OTHER = { en: 'Other', es: 'Otro', 'zh-CN': '其他', 'zh-TW': '其他' };

export function periodLabel(unit: PeriodUnit, firstDay: string): string {
  const [y, m, d] = firstDay.split('-').map(Number) as [number, number, number];
  switch (unit) {
    case 'day':
      return firstDay;
    case 'week': {
      // ISO week: the week belongs to the year of its Thursday.
      const thursday = new Date(Date.UTC(y, m - 1, d + 3));
      const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
      const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
      return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
    }
    case 'month':
      return firstDay.slice(0, 7);
    case 'quarter':
      return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'year':
      return String(y);
  }
}

export interface LabelLookups {
  locations: Map<string, { name: string; position: number }>;
  waves: Map<string, { number: number; name: string }>;
  questions: readonly AnalyticsQuestion[];
  language: string | undefined;
}

export async function loadLabelLookups(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  questions: readonly AnalyticsQuestion[],
  language: string | undefined,
): Promise<LabelLookups> {
  const [locations, waves] = await Promise.all([
    tx
      .selectFrom('locations')
      .select(['id', 'name', 'position'])
      .where('workspace_id', '=', workspaceId)
      .execute(),
    tx
      .selectFrom('survey_waves')
      .select(['id', 'number', 'name'])
      .where('workspace_id', '=', workspaceId)
      .where('survey_id', '=', surveyId)
      .execute(),
  ]);
  return {
    locations: new Map(locations.map((l) => [l.id, { name: l.name, position: l.position }])),
    waves: new Map(waves.map((w) => [w.id, { number: w.number, name: w.name }])),
    questions,
    language,
  };
}

/** The label of one key; '' for the "none" group (no location, no wave, no answer). */
export function labelOf(d: ParsedDimension, key: string | null, lookups: LabelLookups): string {
  if (key === null) return '';
  switch (d.kind) {
    case 'period':
      return periodLabel(d.unit, key);
    case 'location':
      return lookups.locations.get(key)?.name ?? key;
    case 'wave': {
      const wave = lookups.waves.get(key);
      return wave ? (wave.name ? `${wave.number}. ${wave.name}` : `#${wave.number}`) : key;
    }
    case 'answer': {
      if (key === OTHER_ITEM) return textIn(OTHER, lookups.language);
      const q = lookups.questions.find((x) => x.id === d.questionId);
      return textIn(q?.options.find((o) => o.id === key)?.label, lookups.language, key);
    }
    default:
      return key;
  }
}

/** A sort key: time and names ascending, waves by number, options in the question's order. */
export function orderOf(d: ParsedDimension, key: string | null, lookups: LabelLookups): string | number {
  if (key === null) return d.kind === 'wave' || d.kind === 'answer' ? Number.MAX_SAFE_INTEGER : '\uffff';
  switch (d.kind) {
    case 'wave':
      return lookups.waves.get(key)?.number ?? Number.MAX_SAFE_INTEGER;
    case 'location':
      return labelOf(d, key, lookups).toLocaleLowerCase();
    case 'answer': {
      const q = lookups.questions.find((x) => x.id === d.questionId);
      const i = q?.options.findIndex((o) => o.id === key) ?? -1;
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    }
    default:
      return key;
  }
}
