// The SMS and WeChat channel senders as the send job calls them: the workspace's provider read
// from the database, the message composed (built-in words per language, a reminder's own words,
// the distribution's template), sent to a real HTTP stand-in, and the outcome as the job records
// it. Logs are captured to prove that no number, openid, link or secret is written.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageSettingsSchema } from '../../../../common/distribution/distributions';
import { storeVisitSurvey } from '../../../../common/survey/fixtures';
import { asSystem, inWorkspace } from '../../../db/database';
import { createMailer } from '../../../platform/mail/mailer';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { startStandIn, type StandIn } from './provider-stand-in';
import type { InvitationMessage, SenderDeps } from './sender';
import { smsSender } from './sms-sender';
import { deleteProviderRow, upsertProvider } from './store';
import { wechatSender } from './wechat-sender';

const ctx = useTestApp();
const world = {} as { ws: string; gateway: StandIn; deps: SenderDeps; logs: string[] };

const NUMBER = '+8613800138000';
const OPENID = 'oia2TjuEGTNoeX76QEjQNrcURxG8';
const LINK = 'http://localhost:3000/s/k3y?t=personal-token-1';

beforeAll(async () => {
  const owner = await makeUser(ctx);
  world.ws = (await makeWorkspace(ctx, owner, 'Lotus Tea')).id;
  await asSystem(ctx.db, (tx) =>
    tx.updateTable('workspaces').set({ time_zone: 'Asia/Shanghai' }).where('id', '=', world.ws).execute(),
  );
  world.gateway = await startStandIn();
  world.logs = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      world.logs.push(String(chunk));
      done();
    },
  });
  world.deps = {
    db: ctx.db,
    env: ctx.env,
    log: pino({ level: 'trace' }, sink),
    mailer: createMailer(undefined, ctx.env.MAIL_FROM),
  };
});
afterAll(() => world.gateway?.close());

function message(over: Partial<InvitationMessage> & { templates?: Record<string, { body: string }> } = {}) {
  const { templates, ...rest } = over;
  return {
    workspaceId: world.ws,
    workspaceName: 'Lotus Tea',
    invitationId: '01a204da-2414-7cdd-945c-f040da0c91a6',
    channel: 'sms',
    address: NUMBER,
    name: 'Ann',
    language: 'en',
    surveyName: 'Store visit',
    surveyKey: 'k3y',
    definition: storeVisitSurvey,
    settings: messageSettingsSchema.parse({ templates: templates ?? {} }),
    link: LINK,
    unsubscribeUrl: 'http://localhost:3000/u/x',
    openPixelUrl: 'http://localhost:3000/o/x',
    reminder: false,
    ...rest,
  } satisfies InvitationMessage;
}

const setProvider = (
  channel: 'sms' | 'wechat',
  adapter: 'http' | 'wechat_template',
  config: object,
  secrets: object,
) =>
  inWorkspace(ctx.db, world.ws, (tx) =>
    upsertProvider(tx, {
      workspace_id: world.ws,
      channel,
      adapter,
      config: config as Record<string, unknown>,
      secrets: secrets as Record<string, string>,
    }),
  );

const lastText = () => JSON.parse(world.gateway.received.at(-1)!.body).text as string;

describe('SMS sender', () => {
  it('fails without retry when the workspace has no SMS provider', async () => {
    await inWorkspace(ctx.db, world.ws, (tx) => deleteProviderRow(tx, world.ws, 'sms'));
    expect(await smsSender(world.deps).send(message())).toEqual({
      status: 'failed',
      retry: false,
      error: 'No SMS provider is configured',
    });
  });

  it('sends the built-in text in the recipient’s language, with the link, through the stored gateway', async () => {
    await setProvider(
      'sms',
      'http',
      { url: `${world.gateway.origin}/sms`, auth: 'bearer' },
      { token: 'sk-secret-9' },
    );
    world.gateway.handle(() => ({ json: { id: 'g-1' } }));
    const sms = smsSender(world.deps);

    expect(await sms.send(message())).toEqual({ status: 'delivered', providerMessageId: 'g-1' });
    const req = world.gateway.received.at(-1)!;
    expect(req.headers.authorization).toBe('Bearer sk-secret-9');
    expect(JSON.parse(req.body).to).toBe(NUMBER);
    expect(lastText()).toBe(`Hi Ann, Lotus Tea would love your view: "Store visit" takes a minute. ${LINK}`);

    await sms.send(message({ reminder: true }));
    expect(lastText()).toBe(
      `Hi Ann, a reminder from Lotus Tea: your view on "Store visit" still counts. ${LINK}`,
    );

    await sms.send(message({ language: 'zh-CN', name: '王芳', surveyName: '到店体验' }));
    expect(lastText()).toBe(`王芳您好，Lotus Tea邀请您参与「到店体验」，只需1分钟：${LINK}`);

    await sms.send(message({ language: 'zh-Hant', name: '' }));
    expect(lastText()).toBe(`您好，Lotus Tea邀請您參與「Store visit」，只需1分鐘：${LINK}`);

    await sms.send(message({ language: 'es', name: '' }));
    expect(lastText()).toBe(`Hola, Lotus Tea quiere su opinión: "Store visit" le llevará un minuto. ${LINK}`);
  });

  it('uses the distribution’s template for the language, and adds the link when the template forgot it', async () => {
    world.gateway.handle(() => ({ json: { id: 'g-2' } }));
    const sms = smsSender(world.deps);
    await sms.send(
      message({ templates: { en: { body: '{{name}}, rate {{survey}}: {{link}} Reply STOP to opt out' } } }),
    );
    expect(lastText()).toBe(`Ann, rate Store visit: ${LINK} Reply STOP to opt out`);

    await sms.send(message({ name: '', templates: { en: { body: 'Hello {{name}} from us!' } } }));
    expect(lastText()).toBe(`Hello from us! ${LINK}`);
  });

  it('reports a refused number as a bounce and a gateway outage as a failure to retry', async () => {
    const sms = smsSender(world.deps);
    world.gateway.handle(() => ({ status: 400, json: { error: 'invalid number' } }));
    expect(await sms.send(message())).toEqual({
      status: 'bounced',
      error: 'HTTP 400: {"error":"invalid number"}',
    });
    world.gateway.handle(() => ({ status: 503, text: 'maintenance' }));
    expect(await sms.send(message())).toEqual({
      status: 'failed',
      error: 'HTTP 503: maintenance',
      retry: true,
    });
  });
});

describe('WeChat sender', () => {
  const wechatMessage = (over: Parameters<typeof message>[0] = {}) =>
    message({ channel: 'wechat', address: OPENID, language: 'zh-CN', name: '王芳', ...over });

  it('fails without retry when there is no provider, or the distribution names no template', async () => {
    expect(await wechatSender(world.deps).send(wechatMessage())).toEqual({
      status: 'failed',
      retry: false,
      error: 'No WeChat provider is configured',
    });
    await setProvider(
      'wechat',
      'wechat_template',
      { appId: 'wx-sender-test', apiBase: world.gateway.origin },
      {
        appSecret: 'wx-secret-7',
      },
    );
    expect(await wechatSender(world.deps).send(wechatMessage())).toEqual({
      status: 'failed',
      retry: false,
      error: 'The distribution has no WeChat template id (settings.wechatTemplateId)',
    });
  });

  it('sends the template message: greeting, survey, date in the workspace’s time zone, call to action, the link', async () => {
    world.gateway.handle((req) =>
      req.path === '/cgi-bin/token'
        ? { json: { access_token: 'at-1', expires_in: 7200 } }
        : { json: { errcode: 0, errmsg: 'ok', msgid: 4242 } },
    );
    const settings = messageSettingsSchema.parse({ wechatTemplateId: 'TPL-9' });
    const outcome = await wechatSender(world.deps).send(wechatMessage({ settings, surveyName: '到店体验' }));
    expect(outcome).toEqual({ status: 'delivered', providerMessageId: '4242' });

    const sent = JSON.parse(world.gateway.on('/cgi-bin/message/template/send').at(-1)!.body);
    expect(sent).toMatchObject({
      touser: OPENID,
      template_id: 'TPL-9',
      url: LINK,
      data: {
        first: { value: '王芳您好，感谢您选择Lotus Tea！' },
        keyword1: { value: '到店体验' },
        remark: { value: '点击填写问卷，只需1分钟。' },
      },
    });
    expect(sent.data.keyword2.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);

    await wechatSender(world.deps).send(wechatMessage({ settings, reminder: true }));
    const reminder = JSON.parse(world.gateway.on('/cgi-bin/message/template/send').at(-1)!.body);
    expect(reminder.data.first.value).toBe('王芳您好，您的意见对我们很重要。');
    expect(reminder.data.remark.value).toBe('您还没有填写，点击这里，只需1分钟。');
  });

  it('reports a user who does not follow the account as a bounce', async () => {
    world.gateway.handle((req) =>
      req.path === '/cgi-bin/token'
        ? { json: { access_token: 'at-1', expires_in: 7200 } }
        : { json: { errcode: 43004, errmsg: 'require subscribe' } },
    );
    const settings = messageSettingsSchema.parse({ wechatTemplateId: 'TPL-9' });
    expect(await wechatSender(world.deps).send(wechatMessage({ settings }))).toEqual({
      status: 'bounced',
      error: 'WeChat errcode 43004: require subscribe',
    });
  });
});

describe('sender logs', () => {
  it('logged the sends without a number, an openid, a link or a secret', () => {
    const all = world.logs.join('');
    expect(all).toContain('sms sent');
    expect(all).toContain('wechat sent');
    for (const secret of [NUMBER, OPENID, LINK, 'personal-token-1', 'sk-secret-9', 'wx-secret-7', 'at-1']) {
      expect(all).not.toContain(secret);
    }
  });
});
