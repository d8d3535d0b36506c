// Survey responses on the timeline, through the responses feature (which owns those tables).
import { listCustomerResponses } from '../../../responses/customer-timeline';
import type { TimelineSource } from './source';

export const responsesSource: TimelineSource = {
  kind: 'response',
  async list(tx, workspaceId, customerId, before, limit) {
    const rows = await listCustomerResponses(tx, workspaceId, customerId, { before, limit });
    return rows.map((r) => ({
      id: r.id,
      kind: 'response',
      at: r.at,
      response: {
        surveyId: r.surveyId,
        surveyName: r.surveyName,
        status: r.status,
        channel: r.channel,
        locationId: r.locationId,
        score: r.score,
        scoreType: r.scoreType,
      },
    }));
  },
};
