// The two sides of a comparison as two sets of filters: two waves, a period and the one of equal
// length just before it, or a segment and everyone else.
import type { AnalyticsFilters, Comparison } from '../../../../common/analytics/query';
import type { CompareSide } from '../../../../common/analytics/results';
import type { Tx } from '../../../db/database';
import { AppError } from '../../../platform/errors';
import { workspaceTimeZone } from '../scope/response-scope';

export interface Sides {
  a: { filters: AnalyticsFilters; side: CompareSide };
  b: { filters: AnalyticsFilters; side: CompareSide };
}

/** Rolling lengths of the named periods, in days, ending today (in the workspace's time zone). */
const PERIOD_DAYS = { week: 7, month: 30, quarter: 91, year: 365 } as const;

export async function comparisonSides(
  tx: Tx,
  workspaceId: string,
  surveyId: string,
  filters: AnalyticsFilters,
  compare: Comparison,
  today: string,
): Promise<Sides> {
  switch (compare.kind) {
    case 'wave': {
      const waves = await tx
        .selectFrom('survey_waves')
        .select(['id', 'number', 'name'])
        .where('workspace_id', '=', workspaceId)
        .where('survey_id', '=', surveyId)
        .where('id', 'in', [compare.a, compare.b])
        .execute();
      const label = (id: string, field: 'compare.a' | 'compare.b') => {
        const w = waves.find((x) => x.id === id);
        if (!w) throw new AppError(400, 'validation_failed', 'The survey has no such wave.', field);
        return w.name ? `${w.number}. ${w.name}` : `#${w.number}`;
      };
      return {
        a: { filters: { ...filters, waveIds: [compare.a] }, side: { label: label(compare.a, 'compare.a') } },
        b: { filters: { ...filters, waveIds: [compare.b] }, side: { label: label(compare.b, 'compare.b') } },
      };
    }
    case 'period': {
      let current = compare.current;
      if (!current) {
        if (compare.unit === 'custom')
          throw new AppError(400, 'validation_failed', 'A custom period needs its dates.', 'compare.current');
        current = { from: addDays(today, 1 - PERIOD_DAYS[compare.unit]), to: today };
      }
      if (current.from > current.to)
        throw new AppError(400, 'validation_failed', '`to` is before `from`.', 'compare.current.to');
      const length = daysBetween(current.from, current.to) + 1;
      const previous = { from: addDays(current.from, -length), to: addDays(current.from, -1) };
      return {
        a: {
          filters: { ...filters, ...current },
          side: { label: `${current.from} – ${current.to}`, ...current },
        },
        b: {
          filters: { ...filters, ...previous },
          side: { label: `${previous.from} – ${previous.to}`, ...previous },
        },
      };
    }
    case 'segment': {
      const segment = await tx
        .selectFrom('segments')
        .select('name')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', compare.segmentId)
        .executeTakeFirst();
      if (!segment)
        throw new AppError(
          400,
          'validation_failed',
          'The workspace has no such segment.',
          'compare.segmentId',
        );
      return {
        a: { filters: { ...filters, segmentId: compare.segmentId }, side: { label: segment.name } },
        // The console shows its own words for "everyone else".
        b: { filters: { ...filters, excludeSegmentId: compare.segmentId }, side: { label: '' } },
      };
    }
  }
}

/** Today's date in the workspace's time zone. */
export async function todayIn(tx: Tx, workspaceId: string, now = new Date()): Promise<string> {
  const timeZone = await workspaceTimeZone(tx, workspaceId);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
