// The dashboard benchmark's data (bench/dashboard.ts): the workspace, its 50 stores and the survey,
// 1,000,000 responses × 10 answers written as CSV from a seeded generator, COPYed into PostgreSQL.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { surveyDefinitionSchema, type SurveyDefinition } from '../common/survey/definition';
import { inWorkspace, type Db } from '../server/db/database';
import { generator } from '../server/platform/demo/seeded-random';
import { newId } from '../server/platform/ids';
import { createWorkspace } from '../server/platform/workspaces/create-workspace';

export const RESPONSES = Number(process.env.BENCH_DASHBOARD_RESPONSES ?? 1_000_000);
export const WARMUPS = 3;
export const RUNS = 30;
export const TIME_ZONE = 'Asia/Shanghai';
export const SLUG = 'dashboard-bench';
export const SEED = 20261122;
/** Two years of Shanghai calendar days; wave 1 is the first year, wave 2 the second. */
export const START = Date.parse('2024-11-22T00:00:00+08:00');
export const WAVE_2 = Date.parse('2025-11-22T00:00:00+08:00');
export const END = Date.parse('2026-11-22T00:00:00+08:00');
const REGIONS = ['华东', '华南', '华北', '西南', '华中'];
const STORES_PER_REGION = 10;
const RATINGS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'];
const CHANNELS: [string, number][] = [
  ['link', 0.5],
  ['qr', 0.35],
  ['email', 0.15],
];
const LANGUAGES: [string, number][] = [
  ['zh-CN', 0.8],
  ['en', 0.2],
];
const DEVICES: [string, number][] = [
  ['mobile', 0.7],
  ['desktop', 0.25],
  ['tablet', 0.05],
];
const BATCH = 10_000;

const RESPONSE_COLUMNS = [
  'workspace_id',
  'id',
  'survey_id',
  'version',
  'wave_id',
  'session_hash',
  'status',
  'answers',
  'language',
  'channel',
  'location_id',
  'device_class',
  'ending',
  'started_at',
  'updated_at',
  'completed_at',
  'rolled_up',
];
/** item ('') and value_text (NULL) take their column defaults. */
const ANSWER_COLUMNS = [
  'workspace_id',
  'response_id',
  'question_id',
  'survey_id',
  'question_type',
  'value_num',
  'complete',
  'answered_at',
];

const weighted = (r: number, options: [string, number][]): string => {
  let acc = 0;
  for (const [value, weight] of options) {
    acc += weight;
    if (r < acc) return value;
  }
  return options.at(-1)![0];
};
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(x)));
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** A UUIDv7-shaped id (as newId makes) from the completion time; `i` in the last group keeps it unique. */
function idAt(ms: number, i: number, random: () => number): string {
  const t = hex(ms, 12);
  const r = hex(Math.floor(random() * 0xfff), 3);
  const v = hex(0x8000 | Math.floor(random() * 0x3fff), 4);
  return `${t.slice(0, 8)}-${t.slice(8)}-7${r}-${v}-${hex(i, 12)}`;
}

const DEFINITION: SurveyDefinition = surveyDefinitionSchema.parse({
  defaultLanguage: 'zh-CN',
  languages: ['zh-CN', 'en'],
  pages: [
    {
      id: 'overall',
      questions: [
        {
          id: 'nps',
          type: 'nps',
          required: true,
          title: { 'zh-CN': '您向朋友推荐我们的可能性有多大？', en: 'How likely are you to recommend us?' },
        },
        {
          id: 'sat',
          type: 'csat',
          required: true,
          title: { 'zh-CN': '总体而言，您的满意度如何？', en: 'Overall, how satisfied were you?' },
        },
      ],
    },
    {
      id: 'details',
      questions: RATINGS.map((id, k) => ({
        id,
        type: 'rating',
        points: 5,
        required: true,
        title: { 'zh-CN': `细项 ${k + 1}`, en: `Aspect ${k + 1}` },
      })),
    },
  ],
  endings: [{ id: 'thanks', title: { 'zh-CN': '谢谢！', en: 'Thank you!' } }],
});

export interface World {
  workspaceId: string;
  surveyId: string;
  waves: [string, string];
  stores: string[];
}

/** The workspace (Shanghai time), its 5 regions × 10 stores, the published survey and its two waves. */
export async function makeWorld(db: Db): Promise<World> {
  const userId = newId();
  await db
    .insertInto('users')
    .values({ id: userId, email: `bench-${userId}@example.com`, name: 'Bench', password_hash: 'unused' })
    .execute();
  const ws = await createWorkspace(db, {
    name: 'Dashboard bench',
    slug: SLUG,
    defaultLanguage: 'zh-CN',
    timeZone: TIME_ZONE,
    currency: 'CNY',
    phoneCountry: 'CN',
    ownerUserId: userId,
  });
  const surveyId = newId();
  const waves: [string, string] = [newId(), newId()];
  const stores: string[] = [];
  await inWorkspace(db, ws.id, async (tx) => {
    const brand = await tx
      .selectFrom('locations')
      .select('id')
      .where('workspace_id', '=', ws.id)
      .where('kind', '=', 'brand')
      .executeTakeFirstOrThrow();
    for (const [r, name] of REGIONS.entries()) {
      const regionId = newId();
      await tx
        .insertInto('locations')
        .values({
          workspace_id: ws.id,
          id: regionId,
          parent_id: brand.id,
          kind: 'region',
          name: `${name}区`,
          code: `R${r + 1}`,
          position: r,
        })
        .execute();
      for (let s = 0; s < STORES_PER_REGION; s++) {
        const storeId = newId();
        stores.push(storeId);
        await tx
          .insertInto('locations')
          .values({
            workspace_id: ws.id,
            id: storeId,
            parent_id: regionId,
            kind: 'store',
            name: `${name}${String(s + 1).padStart(2, '0')}店`,
            code: `R${r + 1}S${s + 1}`,
            position: s,
          })
          .execute();
      }
    }
    await tx
      .insertInto('surveys')
      .values({
        workspace_id: ws.id,
        id: surveyId,
        key: `dash${surveyId.slice(-8)}`,
        name: '门店体验调查',
        status: 'published',
        draft: JSON.stringify(DEFINITION),
        draft_changed: false,
        latest_version: 1,
        settings: '{}',
        created_by: userId,
      })
      .execute();
    await tx
      .insertInto('survey_versions')
      .values({
        workspace_id: ws.id,
        survey_id: surveyId,
        version: 1,
        definition: JSON.stringify(DEFINITION),
        published_by: userId,
      })
      .execute();
    for (const [i, id] of waves.entries()) {
      await tx
        .insertInto('survey_waves')
        .values({
          workspace_id: ws.id,
          id,
          survey_id: surveyId,
          number: i + 1,
          name: i === 0 ? '第一年' : '第二年',
          opens_at: new Date(i === 0 ? START : WAVE_2),
          closes_at: new Date(i === 0 ? WAVE_2 : END),
        })
        .execute();
    }
  });
  return { workspaceId: ws.id, surveyId, waves, stores };
}

function write(out: WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(text, (e) => (e ? reject(e) : undefined));
    if (ok) resolve();
    else out.once('drain', resolve);
  });
}
const close = (out: WriteStream) =>
  new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));

/**
 * The two CSV files COPY and DuckDB both read: responses (completion times uniform over the two
 * years, written in time order as they would arrive) and their ten answers each. Each store has
 * its own level and wave 2 is a little better, so groups differ.
 */
export async function writeCsvs(world: World, responsesFile: string, answersFile: string) {
  const random = generator(SEED);
  const times = new Float64Array(RESPONSES);
  for (let i = 0; i < RESPONSES; i++) times[i] = START + Math.floor(random() * (END - START));
  times.sort();
  const storeLevel = world.stores.map(() => (random() - 0.5) * 2.4);
  const normal = () => (random() + random() + random() + random() - 2) * Math.sqrt(3);

  const responses = createWriteStream(responsesFile);
  const answers = createWriteStream(answersFile);
  await write(responses, RESPONSE_COLUMNS.join(',') + '\n');
  await write(answers, ANSWER_COLUMNS.join(',') + '\n');
  const { workspaceId: ws, surveyId } = world;
  for (let start = 0; start < RESPONSES; start += BATCH) {
    const rLines: string[] = [];
    const aLines: string[] = [];
    for (let i = start; i < Math.min(RESPONSES, start + BATCH); i++) {
      const completed = times[i]!;
      const id = idAt(completed, i, random);
      const store = Math.floor(random() * world.stores.length);
      const wave = completed < WAVE_2 ? 0 : 1;
      const latent = storeLevel[store]! + (wave === 1 ? 0.35 : 0) + normal();
      const values: Record<string, number> = {
        nps: clamp(7.6 + 1.6 * latent, 0, 10),
        sat: clamp(3.7 + 0.7 * latent + 0.4 * normal(), 1, 5),
      };
      for (const q of RATINGS) values[q] = clamp(3.6 + 0.5 * latent + 0.7 * normal(), 1, 5);
      const at = new Date(completed).toISOString();
      const began = new Date(completed - 60_000 - Math.floor(random() * 540_000)).toISOString();
      const answersJson = JSON.stringify(values).replaceAll('"', '""');
      rLines.push(
        [
          ws,
          id,
          surveyId,
          1,
          world.waves[wave],
          hex(i, 64),
          'complete',
          `"${answersJson}"`,
          weighted(random(), LANGUAGES),
          weighted(random(), CHANNELS),
          world.stores[store],
          weighted(random(), DEVICES),
          'thanks',
          began,
          at,
          at,
          'false',
        ].join(','),
      );
      const prefix = `${ws},${id},`;
      const suffix = `,true,${at}`;
      aLines.push(`${prefix}nps,${surveyId},nps,${values.nps}${suffix}`);
      aLines.push(`${prefix}sat,${surveyId},csat,${values.sat}${suffix}`);
      for (const q of RATINGS) aLines.push(`${prefix}${q},${surveyId},rating,${values[q]}${suffix}`);
    }
    await write(responses, rLines.join('\n') + '\n');
    await write(answers, aLines.join('\n') + '\n');
  }
  await close(responses);
  await close(answers);
  return { bytes: (await fs.stat(responsesFile)).size + (await fs.stat(answersFile)).size };
}

/**
 * COPY as the cluster's superuser: COPY FROM refuses a table whose row-level security applies to
 * the role, and the app role is subject to it (FORCE) — restore.ts lifts FORCE in its transaction
 * for the same reason. Returns the seconds of each COPY.
 */
export async function copyIn(superuserUrl: string, responsesFile: string, answersFile: string) {
  const client = new pg.Client(superuserUrl);
  await client.connect();
  try {
    const copy = async (table: string, columns: string[], file: string) => {
      const t0 = performance.now();
      await pipeline(
        createReadStream(file),
        client.query(
          copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true)`),
        ),
      );
      return (performance.now() - t0) / 1000;
    };
    const responses = await copy('responses', RESPONSE_COLUMNS, responsesFile);
    const answers = await copy('response_answers', ANSWER_COLUMNS, answersFile);
    // What autovacuum does to freshly loaded tables sooner or later, done now so every run plans alike.
    const t0 = performance.now();
    await client.query('VACUUM ANALYZE responses, response_answers');
    const vacuum = (performance.now() - t0) / 1000;
    return { responses, answers, vacuum };
  } finally {
    await client.end();
  }
}

export async function rollupStats(superuserUrl: string, workspaceId: string) {
  const client = new pg.Client(superuserUrl);
  await client.connect();
  try {
    await client.query('VACUUM ANALYZE response_rollups');
    const { rows } = await client.query<{ n: number; bytes: string }>(
      `SELECT count(*)::int AS n, pg_total_relation_size('response_rollups')::text AS bytes
       FROM response_rollups WHERE workspace_id = $1`,
      [workspaceId],
    );
    return { rows: rows[0]!.n, bytes: Number(rows[0]!.bytes) };
  } finally {
    await client.end();
  }
}
