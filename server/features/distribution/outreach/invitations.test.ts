// Invitations through the API: from a segment and from a pasted list (normalised, deduplicated,
// linked to customers), who is left out at once, the 400 that names the address at fault with
// nothing stored, the distribution kinds and states that refuse, the list and its filter,
// cancelling what has not gone out, the send job queued for the send time, and the contact rules.
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTACT_RULES } from '../../../../common/distribution/outreach';
import { asSystem, inWorkspace } from '../../../db/database';
import { signedIn } from '../../../test/client';
import { addMember, makeUser, useTestApp } from '../../../test/test-app';
import { invitationToken, tokenHash } from '../tokens';
import {
  invitationsOf,
  invite,
  makeCustomer,
  makeDistribution,
  outreachWorld,
  sendJobsOf,
  setRules,
  type OutreachWorld,
} from './test-kit';

const ctx = useTestApp();
let world: OutreachWorld;

beforeAll(async () => {
  world = await outreachWorld(ctx);
});

describe('invitations from a segment', () => {
  it("invites the segment's customers at their address, in their language, leaving out who cannot be invited", async () => {
    const vip = { tags: ['vip'] };
    const ann = await makeCustomer(world, {
      ...vip,
      name: 'Ann',
      language: 'zh-CN',
      identities: [{ kind: 'email', value: 'Ann@Example.com' }],
    });
    await makeCustomer(world, {
      ...vip,
      name: 'Bo',
      language: 'zh-TW', // not offered by the survey: its default language
      identities: [{ kind: 'email', value: 'bo@example.com' }],
    });
    await makeCustomer(world, {
      ...vip,
      name: 'No email',
      identities: [{ kind: 'phone', value: '+8613800138000' }],
    });
    await makeCustomer(world, {
      ...vip,
      name: 'Withdrawn',
      identities: [{ kind: 'email', value: 'withdrawn@example.com' }],
      consent: { email: { status: 'withdrawn' } },
    });
    await makeCustomer(world, {
      ...vip,
      name: 'Gone',
      identities: [{ kind: 'email', value: 'gone@example.com' }],
    });
    await makeCustomer(world, {
      name: 'Not vip',
      identities: [{ kind: 'email', value: 'other@example.com' }],
    });
    await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .insertInto('unsubscribes')
        .values({ workspace_id: world.ws, channel: 'email', address: 'gone@example.com', source: 'test' })
        .execute(),
    );
    const segment = await world.api.post(`${world.base}/segments`, {
      name: 'VIP',
      definition: { match: 'all', conditions: [{ field: 'tag', op: 'has', value: 'vip' }] },
    });
    expect(segment.status, JSON.stringify(segment.body)).toBe(201);
    const email = await makeDistribution(world, 'email');

    const res = await invite(world, email.id, { segmentId: segment.body.id });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ queued: 2, excluded: 3, alreadyInvited: 0 });

    const rows = await invitationsOf(ctx, world.ws, email.id);
    expect(
      rows.map((r) => [r.address, r.customer_id === ann, r.language, r.name, r.source, r.status]),
    ).toEqual([
      ['ann@example.com', true, 'zh-CN', 'Ann', 'segment', 'scheduled'],
      ['bo@example.com', false, 'en', 'Bo', 'segment', 'scheduled'],
    ]);
    // The token is derived from the distribution's secret and the id; only its hash is kept.
    const secret = await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .selectFrom('distributions')
        .select('token_secret')
        .where('id', '=', email.id)
        .executeTakeFirstOrThrow(),
    );
    expect(rows[0]!.token_hash).toBe(tokenHash(invitationToken(secret.token_secret, rows[0]!.id)));
    // The send job is queued, in the same transaction, for the send time.
    expect((await sendJobsOf(ctx, world.ws)).length).toBeGreaterThan(0);
  });

  it('sends to a segment again only who joined it since, unless asked to invite everyone again', async () => {
    const member = (name: string) =>
      makeCustomer(world, {
        name,
        tags: ['tea-club'],
        identities: [{ kind: 'email', value: `${name.toLowerCase()}.club@example.com` }],
      });
    await member('Eve');
    await member('Fay');
    const segment = await world.api.post(`${world.base}/segments`, {
      name: 'Tea club',
      definition: { match: 'all', conditions: [{ field: 'tag', op: 'has', value: 'tea-club' }] },
    });
    const email = await makeDistribution(world, 'email');
    const first = await invite(world, email.id, { segmentId: segment.body.id });
    expect(first.body).toEqual({ queued: 2, excluded: 0, alreadyInvited: 0 });

    await member('Gil');
    const again = await invite(world, email.id, { segmentId: segment.body.id });
    expect(again.body).toEqual({ queued: 1, excluded: 2, alreadyInvited: 2 });
    // An invitation that never reached them does not count: Gil's is cancelled, so Gil is invited
    // once more (skipped ones are the send job's test: the cap passed, a person may be invited again).
    await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .updateTable('survey_invitations')
        .set({ status: 'cancelled' })
        .where('workspace_id', '=', world.ws)
        .where('address', '=', 'gil.club@example.com')
        .execute(),
    );
    expect((await invite(world, email.id, { segmentId: segment.body.id })).body).toEqual({
      queued: 1,
      excluded: 2,
      alreadyInvited: 2,
    });
    // Another distribution of the survey has invited no one yet.
    const other = await makeDistribution(world, 'email');
    expect((await invite(world, other.id, { segmentId: segment.body.id })).body.queued).toBe(3);

    const everyone = await invite(world, email.id, { segmentId: segment.body.id, reinvite: true });
    expect(everyone.body).toEqual({ queued: 3, excluded: 0, alreadyInvited: 0 });
    const rows = await invitationsOf(ctx, world.ws, email.id);
    expect(
      rows
        .filter((r) => r.status !== 'cancelled')
        .map((r) => r.address)
        .sort(),
    ).toEqual([
      'eve.club@example.com',
      'eve.club@example.com',
      'fay.club@example.com',
      'fay.club@example.com',
      'gil.club@example.com',
      'gil.club@example.com',
    ]);
  });

  it('answers 404 for a segment of nobody', async () => {
    const email = await makeDistribution(world, 'email');
    const res = await invite(world, email.id, { segmentId: '01a204da-2414-7cdd-945c-f040da0c91a6' });
    expect(res.status).toBe(404);
  });
});

describe('invitations from a list', () => {
  it('normalises and deduplicates addresses, links known customers and leaves out the unsubscribed', async () => {
    const cy = await makeCustomer(world, {
      name: 'Cy',
      language: 'es',
      identities: [{ kind: 'email', value: 'cy@example.com' }],
    });
    await makeCustomer(world, {
      name: 'Di',
      identities: [{ kind: 'email', value: 'di@example.com' }],
      consent: { email: { status: 'withdrawn' } },
    });
    await inWorkspace(ctx.db, world.ws, (tx) =>
      tx
        .insertInto('unsubscribes')
        .values({ workspace_id: world.ws, channel: 'email', address: 'left@example.com', source: 'test' })
        .execute(),
    );
    const email = await makeDistribution(world, 'email');
    const sendAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const res = await invite(world, email.id, {
      recipients: [
        { address: '  CY@Example.com ' },
        { address: 'cy@example.com', name: 'Again' },
        { address: 'new@example.com', name: 'New person', language: 'zh-CN' },
        { address: 'di@example.com' },
        { address: 'Left@example.com' },
        { address: 'fr@example.com', language: 'fr' },
      ],
      sendAt,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ queued: 3, excluded: 3, alreadyInvited: 0 });
    const rows = await invitationsOf(ctx, world.ws, email.id);
    expect(rows.map((r) => [r.address, r.customer_id, r.name, r.language, r.source])).toEqual([
      ['cy@example.com', cy, 'Cy', 'es', 'list'],
      ['fr@example.com', null, '', 'en', 'list'],
      ['new@example.com', null, 'New person', 'zh-CN', 'list'],
    ]);
    expect(new Date(rows[0]!.send_after).getTime()).toBe(Date.parse(sendAt));
    const jobs = await sendJobsOf(ctx, world.ws);
    expect(jobs.some((j) => j.run_at.getTime() === Date.parse(sendAt))).toBe(true);
  });

  it('normalises phone numbers for SMS', async () => {
    const sms = await makeDistribution(world, 'sms');
    const res = await invite(world, sms.id, {
      recipients: [{ address: '+86 138 0013 8001' }, { address: '+8613800138001' }],
    });
    expect(res.body).toEqual({ queued: 1, excluded: 1, alreadyInvited: 0 });
    expect((await invitationsOf(ctx, world.ws, sms.id)).map((r) => r.address)).toEqual(['+8613800138001']);
  });

  it('names the address at fault and stores nothing', async () => {
    const email = await makeDistribution(world, 'email');
    const res = await invite(world, email.id, {
      recipients: [
        { address: 'ok@example.com' },
        { address: 'fine@example.com' },
        { address: 'not an email' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', field: 'recipients.2.address' });
    expect(await invitationsOf(ctx, world.ws, email.id)).toEqual([]);
    const neither = await invite(world, email.id, {});
    expect(neither.status).toBe(400);
    expect(neither.body.error.field).toBe('recipients');
  });

  it('refuses distributions that send nothing, and paused ones', async () => {
    const link = (
      await world.api.post(`${world.base}/surveys/${world.survey.surveyId}/distributions`, {
        kind: 'link',
        name: 'Link',
      })
    ).body;
    const wrong = await invite(world, link.id, { recipients: [{ address: 'a@example.com' }] });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe('wrong_distribution_kind');
    const email = await makeDistribution(world, 'email');
    await world.api.patch(`${world.base}/distributions/${email.id}`, { status: 'paused' });
    const paused = await invite(world, email.id, { recipients: [{ address: 'a@example.com' }] });
    expect(paused.status).toBe(409);
    expect(paused.body.error.code).toBe('distribution_paused');
  });
});

describe('the invitation list and cancelling', () => {
  it("lists a distribution's invitations, filters by status, pages, and cancels those not sent yet", async () => {
    const email = await makeDistribution(world, 'email');
    await invite(world, email.id, {
      recipients: ['a', 'b', 'c'].map((n) => ({ address: `${n}@list.example.com` })),
      sendAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const url = `${world.base}/distributions/${email.id}/invitations`;
    const page = await world.api.get(`${url}?limit=2`);
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items[0]).toMatchObject({
      distributionId: email.id,
      status: 'scheduled',
      channel: 'email',
    });
    const rest = await world.api.get(`${url}?limit=2&cursor=${page.body.nextCursor}`);
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.nextCursor).toBeNull();

    const unconfirmed = await world.api.post(`${url}/cancel`, { confirm: 'yes' });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.field).toBe('confirm');
    const cancelled = await world.api.post(`${url}/cancel`, { confirm: email.id });
    expect(cancelled.body).toEqual({ cancelled: 3 });
    expect((await world.api.get(`${url}?status=scheduled`)).body.items).toEqual([]);
    expect((await world.api.get(`${url}?status=cancelled`)).body.items).toHaveLength(3);
    const audit = await inWorkspace(ctx.db, world.ws, (tx) =>
      tx.selectFrom('audit_log').select('action').where('target_id', '=', email.id).execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['invitations.created', 'invitations.cancelled']),
    );
  });

  it('lets agents see recipients but only senders invite', async () => {
    const email = await makeDistribution(world, 'email');
    const agent = await makeUser(ctx);
    await addMember(ctx, world.ws, agent.id, 'agent');
    const asAgent = await signedIn(ctx.app, agent);
    expect((await asAgent.get(`${world.base}/distributions/${email.id}/invitations`)).status).toBe(200);
    expect(
      (
        await asAgent.post(`${world.base}/distributions/${email.id}/invitations`, {
          recipients: [{ address: 'a@example.com' }],
        })
      ).status,
    ).toBe(403);
  });
});

describe('contact rules', () => {
  it('shows the defaults until changed, changes them (audited), and lets only admins change them', async () => {
    const fresh = await outreachWorld(ctx);
    const url = `${fresh.base}/contact-rules`;
    expect((await fresh.api.get(url)).body).toEqual(DEFAULT_CONTACT_RULES);
    await setRules(fresh, {
      frequencyCapDays: 14,
      emailsPerMinute: 30,
      quietHours: { enabled: true, start: '22:30', end: '08:00' },
    });
    expect((await fresh.api.get(url)).body).toEqual({
      frequencyCapDays: 14,
      quietHours: { enabled: true, start: '22:30', end: '08:00' },
      emailsPerMinute: 30,
    });
    const bad = await fresh.api.request('PUT', url, {
      ...DEFAULT_CONTACT_RULES,
      quietHours: { enabled: true, start: '25:00', end: '08:00' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('quietHours.start');
    const audit = await inWorkspace(ctx.db, fresh.ws, (tx) =>
      tx.selectFrom('audit_log').select('action').where('action', '=', 'contact_rules.updated').execute(),
    );
    expect(audit).toHaveLength(1);
    const analyst = await makeUser(ctx);
    await addMember(ctx, fresh.ws, analyst.id, 'analyst');
    const asAnalyst = await signedIn(ctx.app, analyst);
    expect((await asAnalyst.get(url)).status).toBe(200);
    expect((await asAnalyst.request('PUT', url, DEFAULT_CONTACT_RULES)).status).toBe(403);
    const rows = await asSystem(ctx.db, (tx) =>
      sql<{
        quiet_start: number;
      }>`SELECT quiet_start FROM contact_rules WHERE workspace_id = ${fresh.ws}`.execute(tx),
    );
    expect(rows.rows[0]!.quiet_start).toBe(22 * 60 + 30);
  });
});
