// POST /analytics/exports — asks for an export: the row (queued) and its job commit together, with
// one audit row. What the file will hold is fixed now: the filters, the language, and whether the
// asker may see contact answers (exporting needs analytics.export; contact answers are columns
// only for those who may also read individual responses — see columns.ts).
import type { Tx } from '../../../db/database';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { newId } from '../../../platform/ids';
import { can } from '../../../platform/policies';
import { loadAnalyticsSurvey } from '../scope/questions';
import type { CreateExportBody, ExportJobParams } from './schemas';
import { enqueueExportJob, insertExport } from './store';

export async function createExport(tx: Tx, actor: Actor, body: CreateExportBody) {
  const ws = actor.workspaceId;
  const survey = await loadAnalyticsSurvey(tx, ws, body.surveyId); // 404 for another workspace's survey
  const params: ExportJobParams = {
    filters: body.filters,
    language: body.language ?? survey.defaultLanguage,
    includeContacts: can(actor.role, 'responses.read'),
  };
  const row = await insertExport(tx, {
    workspace_id: ws,
    id: newId(),
    survey_id: body.surveyId,
    format: body.format,
    params: JSON.stringify(params),
    created_by: actor.userId,
  });
  await enqueueExportJob(tx, ws, row.id);
  await writeAudit(tx, ws, actor, {
    action: 'analytics_export.created',
    targetType: 'analytics_export',
    targetId: row.id,
    details: {
      surveyId: body.surveyId,
      format: body.format,
      filters: body.filters,
      language: params.language,
    },
  });
  return row;
}
