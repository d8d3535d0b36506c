// The message handed to a channel for one invitation (the first send or a reminder): the survey
// as published, the distribution's message settings, and the personal links. The token is
// derived again from the distribution's secret; the database holds only its hash.
import { messageSettingsSchema, type MessageSettings } from '../../../../common/distribution/distributions';
import type { Tx } from '../../../db/database';
import { loadPublishedSurvey, type PublishedSurvey } from '../../surveys/published';
import { invitationUrl, openPixelUrl, unsubscribeUrl } from '../links';
import type { InvitationMessage } from '../messaging/sender';
import { invitationToken } from '../tokens';
import type { FactsRow } from './send-store';

/** A published survey that can be answered now. */
export type OpenSurvey = PublishedSurvey & { definition: NonNullable<PublishedSurvey['definition']> };

/** The surveys of one batch, each read once; null when it cannot be answered now. */
export class SurveyCache {
  private readonly surveys = new Map<string, OpenSurvey | null>();
  constructor(
    private readonly tx: Tx,
    private readonly workspaceId: string,
  ) {}

  async open(surveyId: string): Promise<OpenSurvey | null> {
    if (!this.surveys.has(surveyId)) {
      const s = await loadPublishedSurvey(this.tx, this.workspaceId, surveyId);
      this.surveys.set(surveyId, s?.definition && s.status === 'published' ? (s as OpenSurvey) : null);
    }
    return this.surveys.get(surveyId) ?? null;
  }
}

/** Stored settings passed the schema when saved; defaults stand in should one not parse now. */
export function messageSettingsOf(stored: unknown): MessageSettings {
  const parsed = messageSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : messageSettingsSchema.parse({});
}

export function composeMessage(
  workspace: { id: string; name: string },
  publicUrl: string,
  survey: OpenSurvey,
  row: FactsRow,
  reminder: boolean,
): InvitationMessage {
  const token = invitationToken(row.token_secret, row.id);
  return {
    workspaceId: workspace.id,
    workspaceName: workspace.name,
    invitationId: row.id,
    channel: row.channel,
    address: row.address,
    name: row.name,
    language: row.language,
    surveyName: survey.name,
    surveyKey: survey.key,
    definition: survey.definition,
    settings: messageSettingsOf(row.settings),
    link: invitationUrl(publicUrl, survey.key, token),
    unsubscribeUrl: unsubscribeUrl(publicUrl, token),
    openPixelUrl: openPixelUrl(publicUrl, token),
    reminder,
  };
}
