// Reading a distribution's tracking counts (common/distribution: stats): which counts apply to a
// kind, the response rate with the base it was taken on, and the steps of its funnel.
import type { DistributionKind, DistributionStats } from '../../api/distribution';

/** The counts the list shows, in the order people go through them. */
export const TABLE_COUNTS = [
  'sent',
  'delivered',
  'opened',
  'started',
  'completed',
  'bounced',
  'unsubscribed',
] as const satisfies readonly (keyof DistributionStats)[];
export type TableCount = (typeof TABLE_COUNTS)[number];

/** A count, or a dash where it does not apply to the kind (the API says null). */
export const countText = (n: number | null, format: (n: number) => string): string =>
  n === null ? '—' : format(n);

/** "42%" for 0.42; a dash when there is nothing to divide by yet. */
export const percentText = (rate: number | null, language: string): string =>
  rate === null
    ? '—'
    : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);

export type FunnelKey = 'sent' | 'shown' | 'delivered' | 'opened' | 'started' | 'completed';

export interface FunnelStep {
  key: FunnelKey;
  value: number;
  /** Of the first step; null when the first step is 0. */
  share: number | null;
}

/**
 * sent → delivered → opened → started → completed, without the steps that do not apply. A widget's
 * "sent" is the times it was shown, and its "opened" counts the same showings again: one step. A
 * kiosk's page is opened once and serves a whole day of customers: it starts at "started".
 */
export function funnelSteps(kind: DistributionKind, stats: DistributionStats): FunnelStep[] {
  const raw: [FunnelKey, number | null][] =
    kind === 'widget'
      ? [
          ['shown', stats.sent ?? stats.opened],
          ['started', stats.started],
          ['completed', stats.completed],
        ]
      : kind === 'kiosk'
        ? [
            ['started', stats.started],
            ['completed', stats.completed],
          ]
        : [
            ['sent', stats.sent],
            ['delivered', stats.delivered],
            ['opened', stats.opened],
            ['started', stats.started],
            ['completed', stats.completed],
          ];
  const steps = raw.filter((s): s is [FunnelKey, number] => s[1] !== null);
  const first = steps[0]?.[1] ?? 0;
  return steps.map(([key, value]) => ({ key, value, share: first > 0 ? value / first : null }));
}
