// Waves: numbered, non-overlapping collection periods of a survey.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';
import { insertResponse, ownerFactory } from './test-helpers';

const ctx = useTestApp();
const owner = ownerFactory(ctx);

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

async function survey() {
  const o = await owner();
  const made = (await o.api.post(`${o.base}/surveys`, { name: 'Quarterly' })).body;
  return { ...o, surveyId: made.id as string, waves: `${o.base}/surveys/${made.id}/waves` };
}

describe('waves', () => {
  it('numbers waves in order, computes their state and lists them by number', async () => {
    const { api, waves, surveyId } = await survey();
    expect((await api.get(waves)).body).toEqual({ items: [] });
    const opensAt = at(-20);
    const past = await api.post(waves, { name: 'Q1', opensAt, closesAt: at(-10) });
    expect(past.status).toBe(201);
    expect(past.body).toEqual({
      id: expect.any(String),
      surveyId,
      number: 1,
      name: 'Q1',
      opensAt: expect.any(String),
      closesAt: expect.any(String),
      state: 'over',
      responseCount: 0,
      createdAt: expect.any(String),
    });
    expect(Date.parse(past.body.opensAt)).toBe(Date.parse(opensAt));
    // Waves may be made in any order of time; the number follows creation.
    const future = await api.post(waves, { opensAt: at(20) });
    expect(future.body).toMatchObject({ number: 2, name: '', closesAt: null, state: 'upcoming' });
    const now = await api.post(waves, { name: 'Q2', opensAt: at(-10), closesAt: at(10) });
    expect(now.body).toMatchObject({ number: 3, state: 'open' });

    const list = await api.get(waves);
    expect(list.body.items.map((w: any) => [w.number, w.state])).toEqual([
      [1, 'over'],
      [2, 'upcoming'],
      [3, 'open'],
    ]);
    expect(list.body.items[2]).toEqual(now.body);
  });

  it('refuses a wave that closes before it opens (400 closesAt) or overlaps another (409 waves_overlap)', async () => {
    const { api, waves } = await survey();
    const backwards = await api.post(waves, { opensAt: at(5), closesAt: at(1) });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error).toMatchObject({ code: 'validation_failed', field: 'closesAt' });
    const empty = await api.post(waves, { opensAt: at(5), closesAt: at(5) });
    expect(empty.body.error).toMatchObject({ code: 'validation_failed', field: 'closesAt' });
    const notADate = await api.post(waves, { opensAt: 'next Tuesday' });
    expect(notADate.body.error).toMatchObject({ code: 'validation_failed', field: 'opensAt' });

    const first = (await api.post(waves, { opensAt: at(0), closesAt: at(10) })).body;
    for (const [opensAt, closesAt] of [
      [at(5), at(15)],
      [at(-5), at(1)],
      [at(1), at(2)],
      [at(-5), null],
      [at(-5), at(20)],
    ]) {
      const res = await api.post(waves, { opensAt, closesAt });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'waves_overlap', field: 'opensAt' });
      expect(res.body.error.message).toContain('wave 1');
    }
    // Touching is not overlapping: one closes the instant the next opens.
    const next = await api.post(waves, { opensAt: first.closesAt, closesAt: null });
    expect(next.status).toBe(201);
    expect(next.body.number).toBe(2);
    // An open-ended wave runs on for ever: nothing can follow it.
    expect((await api.post(waves, { opensAt: at(400) })).body.error.code).toBe('waves_overlap');
    expect((await api.get(waves)).body.items).toHaveLength(2);
  });

  it('changes a wave, keeping the fields left out, under the same rules', async () => {
    const { api, waves } = await survey();
    const a = (await api.post(waves, { name: 'A', opensAt: at(-10), closesAt: at(0) })).body;
    const b = (await api.post(waves, { name: 'B', opensAt: at(1), closesAt: at(10) })).body;

    const renamed = await api.patch(`${waves}/${b.id}`, { name: 'B prime' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ ...b, name: 'B prime' });

    const moved = await api.patch(`${waves}/${b.id}`, { opensAt: at(0.5) });
    expect(moved.body).toMatchObject({ name: 'B prime', closesAt: b.closesAt });
    expect(moved.body.opensAt).not.toBe(b.opensAt);

    const clash = await api.patch(`${waves}/${b.id}`, { opensAt: at(-1) });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('waves_overlap');
    const openEnded = await api.patch(`${waves}/${a.id}`, { closesAt: null });
    expect(openEnded.body.error.code).toBe('waves_overlap');
    const backwards = await api.patch(`${waves}/${a.id}`, { opensAt: at(0.1) });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.field).toBe('closesAt');
    // A wave does not overlap itself.
    const longer = await api.patch(`${waves}/${a.id}`, { opensAt: at(-20) });
    expect(longer.status).toBe(200);
    // Closing the last wave early, and reopening it without an end.
    expect((await api.patch(`${waves}/${b.id}`, { closesAt: null })).body.closesAt).toBeNull();

    expect((await api.patch(`${waves}/${a.id}`, {})).body).toEqual(longer.body);
    const nowhere = await api.patch(`${waves}/0190a000-0000-7000-8000-000000000000`, { name: 'x' });
    expect(nowhere.status).toBe(404);
  });

  it('deletes a wave without responses, refuses one with responses, and counts them', async () => {
    const { api, base, waves, surveyId, workspaceId } = await survey();
    await api.post(`${base}/surveys/${surveyId}/publish`);
    const used = (await api.post(waves, { opensAt: at(-10), closesAt: at(-1) })).body;
    const unused = (await api.post(waves, { opensAt: at(-1) })).body;
    await insertResponse(ctx, workspaceId, { surveyId, version: 1, waveId: used.id });
    await insertResponse(ctx, workspaceId, { surveyId, version: 1, waveId: used.id, status: 'partial' });

    const refused = await api.delete(`${waves}/${used.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('wave_has_responses');
    expect((await api.get(waves)).body.items.map((w: any) => w.responseCount)).toEqual([2, 0]);

    expect((await api.delete(`${waves}/${unused.id}`)).status).toBe(204);
    expect((await api.delete(`${waves}/${unused.id}`)).status).toBe(404);
    // The next wave takes the next number after the highest left.
    expect((await api.post(waves, { opensAt: at(1) })).body.number).toBe(2);
  });

  it('numbers waves made at the same time one after the other', async () => {
    const { api, waves } = await survey();
    const made = await Promise.all(
      [0, 1, 2, 3].map((i) => api.post(waves, { opensAt: at(i * 10), closesAt: at(i * 10 + 5) })),
    );
    expect(made.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(made.map((r) => r.body.number).sort()).toEqual([1, 2, 3, 4]);
    // Two overlapping waves at once: one is made, the other sees it and is refused.
    const pair = await Promise.all([
      api.post(waves, { opensAt: at(100), closesAt: at(110) }),
      api.post(waves, { opensAt: at(105), closesAt: at(115) }),
    ]);
    expect(pair.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('answers 404 for the waves of a survey that is not there', async () => {
    const { api, base } = await survey();
    const missing = `${base}/surveys/0190a000-0000-7000-8000-000000000000/waves`;
    expect((await api.get(missing)).status).toBe(404);
    expect((await api.post(missing, { opensAt: at(1) })).status).toBe(404);
  });
});
