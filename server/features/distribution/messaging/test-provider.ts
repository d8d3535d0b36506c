// The console's "send a test": one message through the workspace's provider to a number or openid
// the admin types, so that settings are proven before invitations depend on them. The provider is
// read in one short transaction, called outside any (it may take seconds), and the attempt audited
// in another — without the recipient or any secret.
import { inWorkspace, type Db } from '../../../db/database';
import type { Env } from '../../../env';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { AppError, badRequest } from '../../../platform/errors';
import { normaliseIdentity } from '../../customers/identity';
import { dateIn } from './compose';
import { pageLanguage } from '../../survey-page/texts';
import { wordsFor } from './message-texts';
import type { ProviderContent } from './provider';
import { providerOf } from './provider-of';
import type { TestSendBody } from './schemas';
import { findProvider, workspaceForMessages, type ProviderChannel } from './store';

export interface TestProviderOptions {
  channel: ProviderChannel;
  body: TestSendBody;
}

export async function testProvider(
  deps: { db: Db; env: Env },
  actor: Actor,
  opts: TestProviderOptions,
): Promise<{ ok: true; providerMessageId: string | null }> {
  const { channel, body } = opts;
  const ws = actor.workspaceId;
  const { row, workspace } = await inWorkspace(deps.db, ws, async (tx) => ({
    row: await findProvider(tx, ws, channel),
    workspace: await workspaceForMessages(tx, ws),
  }));
  const label = channel === 'sms' ? 'SMS' : 'WeChat';
  if (!row) throw new AppError(409, 'provider_missing', `No ${label} provider is configured.`);

  const to = normaliseIdentity(
    channel === 'sms' ? 'phone' : 'wechat_openid',
    body.to,
    workspace.phone_country,
  );
  if (!to.ok) throw badRequest(to.message, 'to');
  if (channel === 'wechat' && !body.templateId) {
    throw badRequest('Name the template to send the test with.', 'templateId');
  }

  const words = wordsFor(workspace.default_language);
  const text = words.test(workspace.name);
  const content: ProviderContent = { text };
  if (channel === 'wechat') {
    content.template = {
      id: body.templateId!,
      url: deps.env.publicUrl,
      fields: {
        first: text,
        keyword1: workspace.name,
        keyword2: dateIn(new Date(), pageLanguage(workspace.default_language), workspace.time_zone),
        remark: words.callToAction(false),
      },
    };
  }
  const provider = providerOf(row, { allowPrivate: deps.env.WEBHOOKS_ALLOW_PRIVATE });
  const result = await provider.send(to.value, content);

  await inWorkspace(deps.db, ws, (tx) =>
    writeAudit(tx, ws, actor, {
      action: 'message_provider.tested',
      targetType: 'message_provider',
      targetId: channel,
      details: {
        channel,
        status: result.status,
        ...(result.status === 'delivered' ? { providerMessageId: result.providerMessageId } : {}),
      },
    }),
  );
  if (result.status === 'delivered') return { ok: true, providerMessageId: result.providerMessageId };
  // A refused recipient is about what was typed (400 on "to"); anything else is the provider's (502).
  if (result.status === 'rejected') {
    throw new AppError(400, 'provider_failed', `The provider refused this recipient: ${result.error}`, 'to');
  }
  throw new AppError(502, 'provider_failed', `The provider did not take the message: ${result.error}`);
}
