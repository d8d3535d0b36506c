// Test helpers for outreach: a workspace with a published survey, a channel sender that records
// what it is handed (for the pipeline's rules; the SMTP test uses the real email sender), and
// direct reads of invitations.
import { sql } from 'kysely';
import pino from 'pino';
import type { MessageChannel } from '../../../../common/distribution/distributions';
import type { SurveyDefinition } from '../../../../common/survey/definition';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import { asSystem, inWorkspace } from '../../../db/database';
import { signedIn, type Client } from '../../../test/client';
import { makeUser, makeWorkspace, type TestContext } from '../../../test/test-app';
import { publishTestSurvey, type TestSurvey } from '../../responses/test-survey';
import type { ChannelSender, InvitationMessage, SendOutcome } from '../messaging/sender';
import type { OutreachDeps } from './deps';

export interface OutreachWorld {
  ws: string;
  api: Client;
  base: string;
  survey: TestSurvey;
}

export async function outreachWorld(ctx: TestContext, definition: SurveyDefinition = storeVisitSurvey) {
  const owner = await makeUser(ctx);
  const ws = (await makeWorkspace(ctx, owner, 'Outreach')).id;
  const api = await signedIn(ctx.app, owner);
  const world: OutreachWorld = {
    ws,
    api,
    base: `/api/v1/workspaces/${ws}`,
    survey: await publishTestSurvey(ctx, ws, definition),
  };
  return world;
}

/** Contact rules with no quiet hours and no cap unless a test asks: sends happen whenever it runs. */
export async function setRules(
  world: OutreachWorld,
  rules: Partial<{ frequencyCapDays: number | null; quietHours: object; emailsPerMinute: number }> = {},
) {
  const res = await world.api.request('PUT', `${world.base}/contact-rules`, {
    frequencyCapDays: null,
    quietHours: { enabled: false, start: '21:00', end: '09:00' },
    emailsPerMinute: 1000,
    ...rules,
  });
  if (res.status !== 200) throw new Error(`contact rules: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function makeDistribution(
  world: OutreachWorld,
  kind: MessageChannel,
  settings: Record<string, unknown> = {},
  survey: TestSurvey = world.survey,
): Promise<{ id: string; code: string }> {
  const res = await world.api.post(`${world.base}/surveys/${survey.surveyId}/distributions`, {
    kind,
    name: `${kind} ${Math.random().toString(36).slice(2, 6)}`,
    settings,
  });
  if (res.status !== 201) throw new Error(`distribution: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function invite(world: OutreachWorld, distributionId: string, body: Record<string, unknown>) {
  return world.api.post(`${world.base}/distributions/${distributionId}/invitations`, body);
}

export async function makeCustomer(world: OutreachWorld, body: Record<string, unknown>): Promise<string> {
  const res = await world.api.post(`${world.base}/customers`, body);
  if (res.status !== 201) throw new Error(`customer: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Records every message and answers what `answer` says (delivered by default). */
export function recordingSender(
  answer: (m: InvitationMessage) => SendOutcome = () => ({
    status: 'delivered',
    providerMessageId: 'provider-1',
  }),
) {
  const sent: InvitationMessage[] = [];
  const sender: ChannelSender = {
    async send(message) {
      sent.push(message);
      return answer(message);
    },
  };
  return { sent, sender };
}

export function outreachDeps(ctx: TestContext, sender: ChannelSender): OutreachDeps {
  return {
    db: ctx.db,
    publicUrl: ctx.env.publicUrl,
    log: pino({ level: 'silent' }),
    senders: { email: sender, sms: sender, wechat: sender },
  };
}

export const invitationsOf = (ctx: TestContext, ws: string, distributionId: string) =>
  inWorkspace(ctx.db, ws, (tx) =>
    tx
      .selectFrom('survey_invitations')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('distribution_id', '=', distributionId)
      .orderBy('address')
      .execute(),
  );

/** The send jobs queued for a workspace, by run time. */
export const sendJobsOf = async (ctx: TestContext, ws: string) =>
  (
    await asSystem(ctx.db, (tx) =>
      sql<{ key: string; run_at: Date }>`
        SELECT key, run_at FROM graphile_worker.jobs
        WHERE task_identifier = 'distribution.send' AND key LIKE ${`distribution.send:${ws}:%`}
        ORDER BY run_at`.execute(tx),
    )
  ).rows;

/** The token in a personal link (…/s/:key?t=…). */
export const tokenOf = (link: string) => new URL(link).searchParams.get('t')!;
