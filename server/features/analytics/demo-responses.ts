// The demo workspace's responses: a year of store visits and brand NPS answers across the stores,
// with comments in Chinese, English and Spanish, so the dashboards, comparisons, drivers and the
// comment search have something true to show on first start. Each store has its own level of
// service, and the NPS follows the attribute scores, so the driver and gap analyses find what was
// put in. Answers go through validateSubmission like real ones (invisible questions dropped).
import type { Answers, Question, SurveyDefinition } from '../../../common/survey/definition';
import { validateSubmission } from '../../../common/survey/validate-answers';
import type { Insertable } from 'kysely';
import type { Tx } from '../../db/database';
import type { ResponsesTable } from '../../db/schema';
import { generator, pick, type Rand } from '../../platform/demo/seeded-random';
import { newId, randomToken } from '../../platform/ids';
import { answersToFacts } from '../responses/facts';
import { factRows } from '../responses/store';
import { rebuildRollups } from './rollups/roll-up';

const DAY = 86_400_000;
const RESPONSES_PER_SURVEY = 900;

const COMMENTS: Record<'good' | 'bad', Record<string, string[]>> = {
  good: {
    'zh-CN': [
      '店员服务态度很好，茶也很香',
      '环境干净，出餐速度快',
      '价格实惠，下次还会再来',
      '新品很好喝，推荐给朋友了',
    ],
    en: ['Friendly staff and great tea', 'Quick service and a clean store', 'Good value, will come back'],
    es: ['El personal fue muy amable', 'Servicio rápido y tienda limpia'],
  },
  bad: {
    'zh-CN': [
      '排队太久，服务速度太慢',
      '店员态度冷淡，没有人招呼',
      '价格偏贵，分量太少',
      '想要的茶经常缺货',
      '桌子不干净，环境有待改善',
    ],
    en: ['Waited too long for my order', 'Staff were rude and unhelpful', 'Too expensive for what you get'],
    es: ['La espera fue demasiado larga', 'El precio es demasiado alto'],
  },
};

interface Store {
  id: string;
  /** How well this store serves, 0..1. */
  quality: number;
}

export async function seedDemoResponses(tx: Tx, workspaceId: string, now = Date.now()): Promise<number> {
  const rand = generator(20261123);
  const locations = await tx
    .selectFrom('locations')
    .select(['id', 'kind'])
    .where('workspace_id', '=', workspaceId)
    .where('kind', 'in', ['store', 'online'])
    .orderBy('position')
    .execute();
  const stores: Store[] = locations.map((l, i) => ({ id: l.id, quality: 0.35 + ((i * 37) % 60) / 100 }));
  const surveys = await tx
    .selectFrom('surveys as s')
    .innerJoin('survey_versions as v', (j) =>
      j
        .onRef('v.workspace_id', '=', 's.workspace_id')
        .onRef('v.survey_id', '=', 's.id')
        .onRef('v.version', '=', 's.latest_version'),
    )
    .select(['s.id', 'v.version', 'v.definition'])
    .where('s.workspace_id', '=', workspaceId)
    .execute();
  for (const survey of surveys) {
    const def = survey.definition as unknown as SurveyDefinition;
    const rows: Insertable<ResponsesTable>[] = [];
    const facts: { id: string; answers: Answers }[] = [];
    for (let i = 0; i < RESPONSES_PER_SURVEY; i++) {
      const store = pick(rand, stores);
      const language = rand() < 0.78 ? 'zh-CN' : rand() < 0.7 ? 'en' : 'es';
      // Service improves a little over the year, so trends and period comparisons move.
      const daysAgo = Math.floor(rand() * 365);
      const quality = Math.min(1, store.quality + (0.1 * (365 - daysAgo)) / 365);
      const checked = validateSubmission(
        def,
        { answers: answersFor(def, quality, language, rand), hidden: {} },
        { complete: true },
      );
      if (!checked.ok) continue;
      const id = newId();
      const at = new Date(now - daysAgo * DAY - Math.floor(rand() * DAY));
      rows.push({
        workspace_id: workspaceId,
        id,
        survey_id: survey.id,
        version: survey.version,
        wave_id: null,
        session_hash: randomToken(16),
        once_key: null,
        status: 'complete',
        answers: JSON.stringify(checked.answers),
        hidden: '{}',
        language,
        channel: store.id === stores.at(-1)?.id ? 'web' : pick(rand, ['qr', 'qr', 'receipt', 'email']),
        location_id: store.id,
        device_class: 'mobile',
        page_seconds: '{}',
        current_page: null,
        ending: 'thanks',
        started_at: new Date(at.getTime() - 90_000),
        updated_at: at,
        completed_at: at,
        customer_id: null,
      });
      facts.push({ id, answers: checked.answers });
    }
    // Responses and their facts in a few large inserts, so the first start stays quick.
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insertInto('responses')
        .values(rows.slice(i, i + 500))
        .execute();
    const factList = facts.flatMap((f) =>
      factRows(workspaceId, survey.id, f.id, answersToFacts(def, f.answers), true),
    );
    for (let i = 0; i < factList.length; i += 2000)
      await tx
        .insertInto('response_answers')
        .values(factList.slice(i, i + 2000))
        .execute();
  }
  return rebuildRollups(tx, workspaceId);
}

/** A 1..points score around the store's quality. */
function score(quality: number, points: number, rand: Rand): number {
  const x = quality * (points - 1) + 1 + (rand() - 0.5) * 2.2;
  return Math.max(1, Math.min(points, Math.round(x)));
}

function answersFor(def: SurveyDefinition, quality: number, language: string, rand: Rand): Answers {
  const answers: Answers = {};
  const questions: Question[] = def.pages.flatMap((p) => p.questions);
  const performances: number[] = [];
  for (const q of questions) {
    if (q.type === 'importance_performance') {
      const performance = score(quality, q.points, rand);
      performances.push((performance - 1) / (q.points - 1));
      answers[q.id] = { importance: score(0.6 + rand() * 0.4, q.points, rand), performance };
    }
  }
  const felt = performances.length ? performances.reduce((a, b) => a + b, 0) / performances.length : quality;
  const nps = Math.max(0, Math.min(10, Math.round(felt * 10 + (rand() - 0.35) * 3)));
  for (const q of questions) {
    if (q.type === 'nps') answers[q.id] = nps;
    else if (q.type === 'consent') answers[q.id] = false;
    else if (q.type === 'text' && rand() < 0.45) {
      const pool = COMMENTS[nps >= 7 ? 'good' : 'bad'][language] ?? COMMENTS.good.en!;
      answers[q.id] = pick(rand, pool);
    }
  }
  return answers;
}
