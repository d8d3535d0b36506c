// Distribution rows → the API's shape.
import type { Distribution, DistributionStats } from '../../../common/distribution/distributions';
import { distributionUrl } from './links';
import type { DistributionRow } from './store';

export function presentDistribution(
  row: DistributionRow,
  stats: DistributionStats,
  publicUrl: string,
): Distribution {
  return {
    id: row.id,
    surveyId: row.survey_id,
    kind: row.kind,
    name: row.name,
    code: row.code,
    status: row.status,
    locationId: row.location_id,
    settings: row.settings,
    url: distributionUrl(publicUrl, row.kind, row.code),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    stats,
  };
}
