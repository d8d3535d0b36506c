// Breakdown dimensions as SQL: the same dimension reads a rollup column or a response column, so
// dashboards (rollups) and drill-downs (facts) group alike.
import { sql, type RawBuilder } from 'kysely';
import type { Dimension, PeriodUnit } from '../../../../common/analytics/query';
import { ancestorsAtLevel, type LocationLevel } from '../scope/locations';

export type ParsedDimension =
  | { kind: 'period'; unit: PeriodUnit }
  | { kind: 'location'; level: LocationLevel | null }
  | { kind: 'channel' | 'wave' | 'language' }
  | { kind: 'answer'; questionId: string };

export function parseDimension(d: Dimension): ParsedDimension {
  const [kind, arg] = d.split(':') as [string, string | undefined];
  if (kind === 'period') return { kind, unit: arg as PeriodUnit };
  if (kind === 'location') return { kind, level: (arg as LocationLevel | undefined) ?? null };
  if (kind === 'answer') return { kind, questionId: arg! };
  return { kind: kind as 'channel' | 'wave' | 'language' };
}

/** Where the grouped columns come from: the rollup row `ru`, or the response `r` with its day. */
export interface DimensionColumns {
  day: RawBuilder<unknown>;
  location: RawBuilder<unknown>;
  channel: RawBuilder<unknown>;
  wave: RawBuilder<unknown>;
  language: RawBuilder<unknown>;
}

export interface DimensionSql {
  /** The group key, as text. */
  key: RawBuilder<unknown>;
  /** A join the key needs (location levels, answers). */
  join: RawBuilder<unknown> | null;
}

export function dimensionSql(
  d: ParsedDimension,
  index: number,
  cols: DimensionColumns,
  workspaceId: string,
): DimensionSql {
  switch (d.kind) {
    case 'period':
      return { key: sql`date_trunc(${d.unit}, ${cols.day})::date::text`, join: null };
    case 'location': {
      if (!d.level) return { key: sql`${cols.location}::text`, join: null };
      const alias = sql.raw(`anc${index}`);
      return {
        key: sql`${alias}.ancestor_id::text`,
        join: sql`LEFT JOIN ${ancestorsAtLevel(workspaceId, d.level)} ${alias} ON ${alias}.location_id = ${cols.location}`,
      };
    }
    case 'channel':
      return { key: sql`${cols.channel}`, join: null };
    case 'wave':
      return { key: sql`${cols.wave}::text`, join: null };
    case 'language':
      return { key: sql`${cols.language}`, join: null };
    case 'answer': {
      // Facts only. A multiple choice puts a response in the group of every option it picked.
      const alias = sql.raw(`g${index}`);
      return {
        key: sql`CASE WHEN ${alias}.question_type = 'multiple_choice' THEN ${alias}.item ELSE ${alias}.value_text END`,
        join: sql`LEFT JOIN response_answers ${alias} ON ${alias}.workspace_id = r.workspace_id
          AND ${alias}.response_id = r.id AND ${alias}.question_id = ${d.questionId}`,
      };
    }
  }
}
