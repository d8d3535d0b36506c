// Backup and restore on real databases: a round trip must reproduce every byte, and a restore that
// cannot complete must leave its target exactly as it was.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, inWorkspace, type Db } from '../db/database';
import { createApiKey } from '../platform/api-keys/create-api-key';
import { writeAudit } from '../platform/audit/write-audit';
import { publishEvent } from '../platform/events/publish-event';
import { newId } from '../platform/ids';
import { createLocation } from '../platform/locations/create-location';
import { createUser } from '../platform/users/create-user';
import { createWorkspace } from '../platform/workspaces/create-workspace';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { backupDatabase } from './backup';
import { restoreDatabase } from './restore';

/** Text that COPY has to escape, in every shape we store strings. */
const AWKWARD = '门店\t"服务"\n很好 \\ back\\slash \r\n\\N \\. end';

let source: TestDatabase;
let target: TestDatabase;
let scratch: TestDatabase;
let dir: string;
let first: string;

async function makeData(db: Db): Promise<void> {
  const owner = await createUser(db, {
    email: 'owner@example.com',
    name: '王小明',
    password: 'long enough pw',
  });
  const other = await createUser(db, {
    email: 'Other@Example.com',
    name: AWKWARD,
    password: 'long enough pw',
  });
  // A literal "\N" must come back as text, and NULL as NULL.
  await db.updateTable('users').set({ locale: '\\N' }).where('id', '=', other.id).execute();
  for (const name of ['茶 Tea', 'Second brand']) {
    const ws = await createWorkspace(db, {
      name,
      defaultLanguage: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      ownerUserId: owner.id,
    });
    const actor = {
      workspaceId: ws.id,
      role: 'owner' as const,
      userId: owner.id,
      apiKeyId: null,
      sessionId: null,
      ip: '10.0.0.1',
    };
    await inWorkspace(db, ws.id, async (tx) => {
      await tx
        .insertInto('memberships')
        .values({ workspace_id: ws.id, user_id: other.id, role: 'analyst' })
        .execute();
      const brand = await tx
        .selectFrom('locations')
        .select('id')
        .where('workspace_id', '=', ws.id)
        .where('kind', '=', 'brand')
        .executeTakeFirstOrThrow();
      const region = await createLocation(tx, actor, {
        parentId: brand.id,
        kind: 'region',
        name: '华东 East',
        code: 'east',
      });
      await createLocation(tx, actor, { parentId: region.id, kind: 'store', name: AWKWARD, code: 'sh-1' });
      // A child whose id sorts before its parent's: the backup holds it first, so the restore needs
      // the deferred self-reference.
      const childId = newId();
      const parentId = newId();
      await sql`SET CONSTRAINTS ALL DEFERRED`.execute(tx);
      await tx
        .insertInto('locations')
        .values({
          workspace_id: ws.id,
          id: childId,
          parent_id: parentId,
          kind: 'store',
          name: 'early',
          code: 'early',
        })
        .execute();
      await tx
        .insertInto('locations')
        .values({
          workspace_id: ws.id,
          id: parentId,
          parent_id: brand.id,
          kind: 'region',
          name: 'late',
          code: 'late',
        })
        .execute();
      await createApiKey(tx, actor, { name: `key ${AWKWARD}`, role: 'analyst' });
      for (let i = 0; i < 50; i++) {
        await writeAudit(tx, ws.id, actor, {
          action: 'test.action',
          targetType: 'thing',
          targetId: String(i),
          details: {
            i,
            text: AWKWARD,
            nested: { 中文: ['一', '二'], nul: null, unicode: '\u2028 \u{1F375}' },
          },
        });
      }
      const event = await publishEvent(tx, ws.id, 'location.updated', {
        text: AWKWARD,
        list: [1, 2.5, -0, 1e21],
      });
      const webhookId = newId();
      await sql`INSERT INTO webhooks (workspace_id, id, url, secret, event_types, description)
        VALUES (${ws.id}, ${webhookId}, 'https://example.com/hook?a=1&b=2', 'whsec_x',
                ${['location.updated', 'with "quote", comma', AWKWARD]}, ${AWKWARD})`.execute(tx);
      await sql`INSERT INTO webhook_deliveries (workspace_id, id, webhook_id, event_id, event_type, status, last_error)
        VALUES (${ws.id}, ${newId()}, ${webhookId}, ${event.id}, 'location.updated', 'failed', ${AWKWARD})`.execute(
        tx,
      );
    });
  }
  await sql`INSERT INTO sessions (id, user_id, csrf_token, ip, user_agent, expires_at)
    VALUES ('sess-1', ${owner.id}, 'csrf', '::1', ${AWKWARD}, now() + interval '1 day')`.execute(db);
  await sql`INSERT INTO sign_in_failures (email, failures, first_failed_at)
    VALUES ('x@example.com', 3, '2026-01-02 03:04:05.678901+08')`.execute(db);
}

/** Row counts of every table we back up, seen as the system (row-level security shows all). */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'kysely_%' ORDER BY 1`.execute(db);
  return asSystem(db, async (tx) => {
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(name)}`.execute(tx);
      counts[name] = rows[0]!.n;
    }
    return counts;
  });
}

async function forcedTables(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relforcerowsecurity ORDER BY 1`.execute(db);
  return rows.map((r) => r.name);
}

/** The manifest without its time stamp, and everything after it. */
async function readBack(file: string) {
  const text = gunzipSync(await fs.readFile(file));
  const nl = text.indexOf(10);
  const manifest = JSON.parse(text.subarray(0, nl).toString('utf8'));
  delete manifest.createdAt;
  return { manifest, body: text.subarray(nl + 1) };
}

const isEmpty = (counts: Record<string, number>) => Object.values(counts).every((n) => n === 0);

beforeAll(async () => {
  [source, target, scratch] = await Promise.all([
    createTestDatabase(),
    createTestDatabase(),
    createTestDatabase(),
  ]);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-backup-'));
  first = path.join(dir, 'first.gz');
  await makeData(source.db);
});

afterAll(async () => {
  await Promise.all([source?.drop(), target?.drop(), scratch?.drop()]);
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round-trips every row exactly, across workspaces and row-level security', async () => {
    const made = await backupDatabase(source.url, first);
    const counts = await rowCounts(source.db);
    expect(made.rows).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    expect(made.tables).toBe(Object.keys(counts).length);
    expect(counts.audit_log).toBeGreaterThanOrEqual(100);
    expect(counts.workspaces).toBe(2);
    expect((await fs.stat(first)).mode & 0o777).toBe(0o600);
    await expect(fs.access(`${first}.partial`)).rejects.toThrow();

    const restored = await restoreDatabase(target.url, first);
    expect(restored.rows).toBe(made.rows);
    expect(await rowCounts(target.db)).toEqual(counts);

    const second = path.join(dir, 'second.gz');
    await backupDatabase(target.url, second);
    const a = await readBack(first);
    const b = await readBack(second);
    expect(b.manifest).toEqual(a.manifest);
    expect(b.body.equals(a.body)).toBe(true);

    // Values that need escaping came back as they were, and NULL stayed apart from "\N".
    const other = await target.db
      .selectFrom('users')
      .select(['name', 'locale'])
      .where('email', '=', 'Other@Example.com')
      .executeTakeFirstOrThrow();
    expect(other).toEqual({ name: AWKWARD, locale: '\\N' });
    const owner = await target.db
      .selectFrom('users')
      .select('locale')
      .where('email', '=', 'owner@example.com')
      .executeTakeFirstOrThrow();
    expect(owner.locale).toBeNull();
    const event = await asSystem(target.db, (tx) =>
      tx
        .selectFrom('events')
        .select('payload')
        .where('type', '=', 'location.updated')
        .executeTakeFirstOrThrow(),
    );
    expect(event.payload).toEqual({ text: AWKWARD, list: [1, 2.5, 0, 1e21] });

    // Row-level security is back on: without a scope the tenant tables show nothing.
    expect(await forcedTables(target.db)).toEqual(await forcedTables(source.db));
    expect(await target.db.selectFrom('memberships').select('user_id').execute()).toEqual([]);
  });

  it('refuses a database that has rows, and changes nothing', async () => {
    const before = await rowCounts(target.db);
    await expect(restoreDatabase(target.url, first)).rejects.toThrow(/not empty \(rows in .*workspaces/);
    expect(await rowCounts(target.db)).toEqual(before);
  });

  it('refuses a damaged or foreign file and leaves the target empty', async () => {
    const whole = await fs.readFile(first);
    const text = gunzipSync(whole);
    const cases: [string, Buffer, RegExp][] = [
      ['truncated gzip', whole.subarray(0, Math.floor(whole.length * 0.8)), /damaged|ends early/],
      [
        'cut inside a table',
        gzipSync(text.subarray(0, text.indexOf('@table audit_log') + 400)),
        /ends early|ends inside/,
      ],
      ['without its end line', gzipSync(text.subarray(0, text.lastIndexOf('@end'))), /ends early/],
      [
        'a row too few',
        gzipSync(Buffer.from(text.toString('utf8').replace(/\n[^\n@\\][^\n]*\n\\\.\n/, '\n\\.\n'))),
        /wrong number of rows/,
      ],
      ['not gzip', Buffer.from('hello'), /damaged or not a Rapport backup/],
      ['not a backup', gzipSync('{"hello": 1}\n'), /not a Rapport backup/],
    ];
    for (const [name, bytes, message] of cases) {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.gz`);
      await fs.writeFile(file, bytes);
      await expect(restoreDatabase(scratch.url, file), name).rejects.toThrow(message);
      expect(isEmpty(await rowCounts(scratch.db)), name).toBe(true);
      expect(await forcedTables(scratch.db), name).toEqual(await forcedTables(source.db));
    }
  });

  it('refuses a backup made at another schema version', async () => {
    const text = gunzipSync(await fs.readFile(first)).toString('utf8');
    const nl = text.indexOf('\n');
    const manifest = JSON.parse(text.slice(0, nl));
    manifest.migrations.push('2999-01-01T0000-from-the-future');
    const file = path.join(dir, 'future.gz');
    await fs.writeFile(file, gzipSync(JSON.stringify(manifest) + text.slice(nl)));
    await expect(restoreDatabase(scratch.url, file)).rejects.toThrow(
      /made at schema version 2999-01-01T0000-from-the-future .* Restore it with the Rapport version that made it/,
    );
    expect(isEmpty(await rowCounts(scratch.db))).toBe(true);
  });

  it('leaves no partial file when a backup fails, and keeps what was at the path', async () => {
    const occupied = path.join(dir, 'occupied');
    await fs.mkdir(occupied);
    await fs.writeFile(path.join(occupied, 'keep'), 'x');
    await expect(backupDatabase(source.url, occupied)).rejects.toThrow();
    await expect(fs.access(`${occupied}.partial`)).rejects.toThrow();
    expect(await fs.readFile(path.join(occupied, 'keep'), 'utf8')).toBe('x');
  });
});
