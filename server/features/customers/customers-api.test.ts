// Customer profiles through the API: identities normalised and unique, typed attributes, consent
// with time and source, search, and the roles that may read them.
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../test/client';
import { addMember, makeUser, makeWorkspace, useTestApp } from '../../test/test-app';

const ctx = useTestApp();

async function setup(phoneCountry: string | null = 'CN') {
  const owner = await makeUser(ctx);
  const ws = await makeWorkspace(ctx, owner);
  const api = await signedIn(ctx.app, owner);
  await api.patch(`/api/v1/workspaces/${ws.id}`, { phoneCountry });
  return { owner, ws, api, base: `/api/v1/workspaces/${ws.id}` };
}

describe('customers API', () => {
  it('creates a customer with normalised identities, typed attributes, tags and consent', async () => {
    const { api, base } = await setup();
    expect(
      (await api.post(`${base}/customer-fields`, { key: 'birthday', label: 'Birthday', type: 'date' }))
        .status,
    ).toBe(201);
    await api.post(`${base}/customer-fields`, {
      key: 'tier',
      label: 'Tier',
      type: 'choice',
      options: ['gold', 'silver'],
    });
    const res = await api.post(`${base}/customers`, {
      name: '王小明',
      identities: [
        { kind: 'email', value: ' Xiaoming.Wang@Example.COM ' },
        { kind: 'phone', value: '138 0013 8000' },
        { kind: 'wechat_openid', value: 'oX1a2b3c4d5e6f' },
      ],
      attributes: { birthday: '1990-05-01', tier: 'gold' },
      tags: ['vip', 'vip', 'tea'],
      language: 'zh-CN',
      preferredChannel: 'wechat',
      consent: { email: { status: 'granted', source: 'store form' } },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: '王小明',
      attributes: { birthday: '1990-05-01', tier: 'gold' },
      tags: ['vip', 'tea'],
      language: 'zh-CN',
      preferredChannel: 'wechat',
      consent: { email: { status: 'granted', source: 'store form' } },
      value: null,
    });
    expect(
      res.body.identities.map((i: { kind: string; value: string }) => `${i.kind}:${i.value}`).sort(),
    ).toEqual(['email:xiaoming.wang@example.com', 'phone:+8613800138000', 'wechat_openid:oX1a2b3c4d5e6f']);
    expect(Date.parse(res.body.consent.email.at)).not.toBeNaN();

    // The same phone written another way is the same identity: a second customer cannot take it.
    const dup = await api.post(`${base}/customers`, {
      name: 'X',
      identities: [{ kind: 'phone', value: '+86 138-0013-8000' }],
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'identity_taken', field: 'identities' });
    expect((await api.get(`${base}/customers`)).body.items).toHaveLength(1);
  });

  it('answers 400 naming the field for bad identities and attributes, and writes nothing', async () => {
    const { api, base } = await setup(null);
    await api.post(`${base}/customer-fields`, { key: 'visits', label: 'Visits', type: 'number' });
    const badPhone = await api.post(`${base}/customers`, {
      identities: [{ kind: 'phone', value: '13800138000' }],
    });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.error.field).toBe('identities.0.value');
    expect(badPhone.body.error.message).toMatch(/country/);
    const badEmail = await api.post(`${base}/customers`, {
      identities: [
        { kind: 'phone', value: '+34 612 345 678' },
        { kind: 'email', value: 'not-an-email' },
      ],
    });
    expect(badEmail.body.error.field).toBe('identities.1.value');
    const badAttr = await api.post(`${base}/customers`, { attributes: { visits: 'many' } });
    expect(badAttr.status).toBe(400);
    expect(badAttr.body.error.field).toBe('attributes.visits');
    const unknown = await api.post(`${base}/customers`, { attributes: { shoe_size: 42 } });
    expect(unknown.body.error.field).toBe('attributes.shoe_size');
    expect((await api.get(`${base}/customers`)).body.items).toEqual([]);
  });

  it("keeps a customer's time zone (for quiet hours), and refuses one that is not IANA", async () => {
    const { api, base } = await setup();
    const made = await api.post(`${base}/customers`, { name: 'Lucía', timeZone: 'Europe/Madrid' });
    expect(made.status).toBe(201);
    expect(made.body.timeZone).toBe('Europe/Madrid');
    const moved = await api.patch(`${base}/customers/${made.body.id}`, { timeZone: 'America/Mexico_City' });
    expect(moved.body.timeZone).toBe('America/Mexico_City');
    const bad = await api.patch(`${base}/customers/${made.body.id}`, { timeZone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('timeZone');
    expect((await api.get(`${base}/customers/${made.body.id}`)).body.timeZone).toBe('America/Mexico_City');
    const cleared = await api.patch(`${base}/customers/${made.body.id}`, { timeZone: null });
    expect(cleared.body.timeZone).toBeNull();
  });

  it('edits a customer, keeps consent time when unchanged, and adds and removes identities', async () => {
    const { api, base } = await setup();
    await api.post(`${base}/customer-fields`, { key: 'visits', label: 'Visits', type: 'number' });
    const c = (
      await api.post(`${base}/customers`, {
        name: 'Ana',
        attributes: { visits: 3 },
        consent: { sms: { status: 'granted', source: 'till' } },
      })
    ).body;
    const patched = await api.patch(`${base}/customers/${c.id}`, {
      tags: ['returning'],
      attributes: { visits: '4' },
      consent: {
        sms: { status: 'granted', source: 'again' },
        email: { status: 'withdrawn', source: 'unsubscribe' },
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Ana', tags: ['returning'], attributes: { visits: 4 } });
    expect(patched.body.consent.sms).toEqual(c.consent.sms);
    expect(patched.body.consent.email.status).toBe('withdrawn');
    expect(
      (await api.patch(`${base}/customers/${c.id}`, { attributes: { visits: null } })).body.attributes,
    ).toEqual({});

    const added = await api.post(`${base}/customers/${c.id}/identities`, {
      kind: 'member_id',
      value: 'M-0042',
    });
    expect(added.body.identities.map((i: { value: string }) => i.value)).toEqual(['M-0042']);
    const other = (await api.post(`${base}/customers`, { name: 'Bea' })).body;
    const taken = await api.post(`${base}/customers/${other.id}/identities`, {
      kind: 'member_id',
      value: 'M-0042',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('identity_taken');
    expect((await api.delete(`${base}/customers/${c.id}/identities/member_id/M-0042`)).status).toBe(204);
    expect((await api.delete(`${base}/customers/${c.id}/identities/member_id/M-0042`)).status).toBe(404);
  });

  it('searches by part of a name, by email and by a phone written any way, and filters by tag', async () => {
    const { api, base } = await setup();
    const li = (
      await api.post(`${base}/customers`, {
        name: '李华',
        tags: ['vip'],
        identities: [{ kind: 'phone', value: '13912345678' }],
      })
    ).body;
    const jo = (
      await api.post(`${base}/customers`, {
        name: 'José García',
        identities: [{ kind: 'email', value: 'jose@example.es' }],
      })
    ).body;
    const ids = async (query: string) =>
      (await api.get(`${base}/customers?${query}`)).body.items.map((c: { id: string }) => c.id);
    expect(await ids('q=李')).toEqual([li.id]);
    expect(await ids('q=garc')).toEqual([jo.id]);
    expect(await ids(`q=${encodeURIComponent('JOSE@example.es')}`)).toEqual([jo.id]);
    expect(await ids(`q=${encodeURIComponent('139 1234 5678')}`)).toEqual([li.id]);
    expect(await ids('q=100%25')).toEqual([]);
    expect(await ids('tag=vip')).toEqual([li.id]);
    const page = await api.get(`${base}/customers?limit=1`);
    expect(page.body.items[0]).toMatchObject({ id: jo.id, email: 'jose@example.es', phone: null });
    expect(
      (await api.get(`${base}/customers?limit=1&cursor=${page.body.nextCursor}`)).body.items[0],
    ).toMatchObject({
      id: li.id,
      phone: '+8613912345678',
    });
  });

  it('removes a field and its values from every customer', async () => {
    const { api, base } = await setup();
    await api.post(`${base}/customer-fields`, {
      key: 'tier',
      label: 'Tier',
      type: 'choice',
      options: ['gold'],
    });
    const c = (await api.post(`${base}/customers`, { attributes: { tier: 'gold' } })).body;
    expect(
      (await api.post(`${base}/customer-fields`, { key: 'tier', label: 'Again', type: 'text' })).status,
    ).toBe(409);
    expect(
      (await api.post(`${base}/customer-fields`, { key: 'bad', label: 'x', type: 'choice' })).body.error
        .field,
    ).toBe('options');
    expect((await api.delete(`${base}/customer-fields/tier`)).status).toBe(204);
    expect((await api.get(`${base}/customers/${c.id}`)).body.attributes).toEqual({});
    expect((await api.get(`${base}/customer-fields`)).body).toEqual([]);
  });

  it('keeps customers from viewers, and field definitions for admins', async () => {
    const { ws, api, base } = await setup();
    const viewer = await makeUser(ctx);
    const agent = await makeUser(ctx);
    await addMember(ctx, ws.id, viewer.id, 'viewer');
    await addMember(ctx, ws.id, agent.id, 'agent');
    await api.post(`${base}/customers`, { name: 'x' });
    expect((await (await signedIn(ctx.app, viewer)).get(`${base}/customers`)).status).toBe(403);
    const asAgent = await signedIn(ctx.app, agent);
    expect((await asAgent.get(`${base}/customers`)).status).toBe(200);
    expect(
      (await asAgent.post(`${base}/customer-fields`, { key: 'x', label: 'x', type: 'text' })).status,
    ).toBe(403);
  });
});
