// What GET /k/:code shows: the kiosk's survey, or why it cannot be answered here. A code that is not a
// kiosk's reads as unknown, the same as a code that does not exist (a public page never says whose
// or what a code is).
import { kioskSettingsSchema } from '../../../../common/distribution/distributions';
import type { SurveyDefinition } from '../../../../common/survey/definition';
import { inWorkspace, type Db } from '../../../db/database';
import { loadPublishedSurvey, type PublishedSurvey } from '../../surveys/published';
import { distributionCodeOwner, findDistribution } from '../store';
import { locationCode } from './store';

export interface OpenKiosk {
  kind: 'open';
  survey: PublishedSurvey & { definition: SurveyDefinition; version: number };
  code: string;
  resetSeconds: number;
  /** The code of the store the kiosk stands in, if it has one. */
  locationCode: string | null;
}

export type KioskOpening =
  | OpenKiosk
  | { kind: 'unknown' }
  /** Paused or archived: not collecting. */
  | { kind: 'paused'; survey: PublishedSurvey }
  /** The survey is closed, has no wave open now, or takes only personal links. */
  | { kind: 'closed' | 'not_open' | 'token'; survey: PublishedSurvey };

export async function openKiosk(db: Db, code: string): Promise<KioskOpening> {
  const owner = await distributionCodeOwner(db, code);
  if (!owner) return { kind: 'unknown' };
  const { workspaceId } = owner;
  return inWorkspace(db, workspaceId, async (tx): Promise<KioskOpening> => {
    const d = await findDistribution(tx, workspaceId, owner.distributionId);
    if (!d || d.kind !== 'kiosk') return { kind: 'unknown' };
    const survey = await loadPublishedSurvey(tx, workspaceId, d.survey_id);
    if (!survey) return { kind: 'unknown' };
    if (d.status !== 'active') return { kind: 'paused', survey };
    const { definition, version } = survey;
    if (survey.status !== 'published' || !definition || version === null) return { kind: 'closed', survey };
    if (survey.hasWaves && !survey.openWaveId) return { kind: 'not_open', survey };
    if (survey.settings.oncePer === 'token') return { kind: 'token', survey };
    const settings = kioskSettingsSchema.safeParse(d.settings);
    return {
      kind: 'open',
      survey: { ...survey, definition, version },
      code: d.code,
      resetSeconds: settings.success
        ? settings.data.resetSeconds
        : kioskSettingsSchema.parse({}).resetSeconds,
      locationCode: d.location_id ? await locationCode(tx, workspaceId, d.location_id) : null,
    };
  });
}
