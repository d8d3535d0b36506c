// The survey page, from the respondent's side, on a running `rapport start --role web`:
// 1. Page weight: gzip -9 bytes of every script and stylesheet the page of a ten-question survey
//    references (read from the served HTML, fetched from the server), against SurveyJS's
//    framework-free UI (survey-core + survey-js-ui: the minified bundles and the default theme).
// 2. Intake throughput: complete submissions per second to POST /s/:key/responses, each with its
//    own idempotency key and a valid answer set, against the database floor: the same rows (the
//    response, its answer facts, the event and its dispatch job) written straight through pg.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import type { SurveyDefinition } from '../common/survey/definition';
import { storeVisitSurvey } from '../common/survey/fixtures';
import { chooseEnding } from '../common/survey/logic';
import { validateSubmission } from '../common/survey/validate-answers';
import { answersToFacts } from '../server/features/responses/facts';
import { tenQuestionSurvey } from '../server/features/survey-page/fixtures';
import { newId, sha256 } from '../server/platform/ids';
import {
  api,
  keyWorkspaceId,
  machine,
  median,
  root,
  runCli,
  startRapport,
  stopRapport,
  tempDataDir,
  type Api,
  type BenchResult,
} from './lib';

const RUNS = 3;
const SECONDS = 8;
const CONNECTIONS = 10;
const GZIP_LEVEL = 9;
/** The issue's budget for all the page's JS + CSS, gzipped. */
const BUDGET_BYTES = 15 * 1024;

/** What a page needs to render a survey with SurveyJS's framework-free UI (its HTML/CSS/JS get-started). */
const SURVEYJS_FILES = [
  'survey-core/survey.core.min.js',
  'survey-js-ui/survey-js-ui.min.js',
  'survey-core/survey-core.min.css',
];

/** A detractor's full path through the store-visit survey: every page, seven answer facts. */
const ANSWERS = {
  nps: 3,
  visit_type: 'dine_in',
  issues: { picks: ['wait', 'food'] },
  satisfaction: 2,
  comment: 'The food was cold and we waited twenty minutes.',
  callback: false,
};
const HIDDEN = { store: 'Nanjing Road' };
const PAGE_SECONDS = { score: 9, details: 31, follow_up: 4 };
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

const gz = (body: Buffer) => gzipSync(body, { level: GZIP_LEVEL }).length;

/** Creates a survey from a definition through the API and publishes it. */
async function publishSurvey(a: Api, name: string, definition: SurveyDefinition) {
  const made = await api<{ id: string }>(a, 'POST', '/surveys', { name, from: { definition } });
  return api<{ id: string; key: string; status: string }>(a, 'POST', `/surveys/${made.id}/publish`);
}

interface PageWeight {
  gzBytes: number;
  rawBytes: number;
  htmlGzBytes: number;
  files: string[];
  encodings: string[];
}

/** Every <script src> and <link rel=stylesheet> of the served page, fetched and gzipped. */
async function pageWeight(url: string, key: string): Promise<PageWeight> {
  const pageUrl = `${url}/s/${key}?store=SH01&ch=qr`;
  const res = await fetch(pageUrl, { headers: { 'user-agent': PHONE_UA } });
  if (res.status !== 200) throw new Error(`GET ${pageUrl}: ${res.status}`);
  const html = await res.text();
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
  const scripts = (html.match(/<script\b[^>]*>/gi) ?? []).flatMap((t) => attr(t, 'src') ?? []);
  const styles = (html.match(/<link\b[^>]*>/gi) ?? [])
    .filter((t) => /^stylesheet$/i.test(attr(t, 'rel') ?? ''))
    .flatMap((t) => attr(t, 'href') ?? []);
  if (!scripts.length || !styles.length) throw new Error(`${pageUrl}: no script or no stylesheet found`);
  if (/<style\b/i.test(html)) throw new Error(`${pageUrl}: an inline <style> this bench does not count`);
  let gzBytes = 0;
  let rawBytes = 0;
  const encodings: string[] = [];
  for (const ref of [...scripts, ...styles]) {
    const asset = await fetch(new URL(ref, pageUrl), { headers: { 'accept-encoding': 'gzip, br' } });
    if (asset.status !== 200) throw new Error(`GET ${ref}: ${asset.status}`);
    encodings.push(asset.headers.get('content-encoding') ?? 'identity');
    const body = Buffer.from(await asset.arrayBuffer());
    rawBytes += body.length;
    gzBytes += gz(body);
  }
  return {
    gzBytes,
    rawBytes,
    htmlGzBytes: gz(Buffer.from(html)),
    files: [...scripts, ...styles].map((r) => path.basename(r)),
    encodings,
  };
}

async function surveyJsWeight(): Promise<{ gzBytes: number; version: string }> {
  let gzBytes = 0;
  for (const file of SURVEYJS_FILES) gzBytes += gz(await fs.readFile(path.join(root, 'node_modules', file)));
  const pkg = async (name: string) =>
    (
      JSON.parse(await fs.readFile(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  return {
    gzBytes,
    version: `survey-core ${await pkg('survey-core')}, survey-js-ui ${await pkg('survey-js-ui')}`,
  };
}

/** An address from the benchmarking range (198.18.0.0/15, RFC 2544) per request: one respondent each. */
const respondentIp = (n: number) => `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;

let respondents = 0;

async function intakeLoad(url: string, key: string) {
  const body = (idempotencyKey: string) =>
    JSON.stringify({
      idempotencyKey,
      answers: ANSWERS,
      hidden: HIDDEN,
      language: 'en',
      complete: true,
      pageSeconds: PAGE_SECONDS,
      channel: 'qr',
    });
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path: `/s/${key}/responses`,
        setupRequest: (req) => ({
          ...req,
          headers: {
            ...req.headers,
            'content-type': 'application/json',
            'user-agent': PHONE_UA,
            'x-forwarded-for': respondentIp(respondents++),
          },
          body: body(randomUUID()),
        }),
      },
    ],
  });
  if (r.non2xx || r.errors || r.timeouts) {
    throw new Error(
      `intake: ${r.non2xx} non-2xx (${JSON.stringify(r.statusCodeStats)}), ${r.errors} errors, ${r.timeouts} timeouts`,
    );
  }
  const created = r.statusCodeStats?.['201']?.count ?? 0;
  if (created !== r['2xx']) {
    throw new Error(`intake: ${r['2xx'] - created} of ${r['2xx']} saves were not new responses (no 201)`);
  }
  return { rps: r.requests.average, p99: r.latency.p99, created };
}

/** Per submission, the rows Rapport's intake writes, in one transaction, sent straight through pg. */
async function databaseFloor(
  dataDir: string,
  workspaceId: string,
  surveyId: string,
  version: number,
): Promise<{ rps: number; p99: number }> {
  const password = (await fs.readFile(path.join(dataDir, 'pg-password'), 'utf8')).trim();
  const port = (await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[3];
  const pool = new pg.Pool({
    connectionString: `postgres://rapport:${password}@127.0.0.1:${port}/rapport`,
    max: CONNECTIONS,
  });
  const checked = validateSubmission(
    storeVisitSurvey,
    { answers: ANSWERS, hidden: HIDDEN },
    { complete: true },
  );
  if (!checked.ok) throw new Error(`the bench's answers are invalid: ${JSON.stringify(checked.errors)}`);
  const ending = chooseEnding(storeVisitSurvey, { answers: checked.answers, hidden: checked.hidden });
  const facts = answersToFacts(storeVisitSurvey, checked.answers);
  const answersJson = JSON.stringify(checked.answers);
  const hiddenJson = JSON.stringify(checked.hidden);
  const secondsJson = JSON.stringify(PAGE_SECONDS);
  const factRows = facts
    .map((_, i) => {
      const p = 2 + i * 6;
      return `($1, $2, $${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, true, now())`;
    })
    .join(', ');

  const latencies: number[] = [];
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const c = await pool.connect();
        try {
          await c.query(`BEGIN; SELECT set_config('rapport.workspace_id', '${workspaceId}', true)`);
          const written = await c.query<{ id: string }>(
            `INSERT INTO responses (workspace_id, id, survey_id, version, wave_id, session_hash, once_key,
               status, answers, hidden, language, channel, location_id, device_class, page_seconds,
               current_page, ending, completed_at)
             VALUES ($1, $2, $3, $4, NULL, $5, NULL, 'complete', $6, $7, 'en', 'qr', NULL, 'mobile', $8,
               NULL, $9, now())
             ON CONFLICT (workspace_id, survey_id, session_hash) DO UPDATE SET status = excluded.status,
               once_key = excluded.once_key, answers = excluded.answers, hidden = excluded.hidden,
               language = excluded.language, page_seconds = responses.page_seconds || excluded.page_seconds,
               current_page = excluded.current_page, ending = excluded.ending,
               completed_at = excluded.completed_at, updated_at = now()
             WHERE responses.status = 'partial'
             RETURNING id, status, ending, xmax = 0 AS inserted`,
            [
              workspaceId,
              newId(),
              surveyId,
              version,
              sha256(randomUUID()),
              answersJson,
              hiddenJson,
              secondsJson,
              ending,
            ],
          );
          const responseId = written.rows[0]!.id;
          await c.query(
            `INSERT INTO response_answers (workspace_id, response_id, question_id, item, survey_id,
               question_type, value_num, value_text, complete, answered_at) VALUES ${factRows}`,
            [
              workspaceId,
              responseId,
              ...facts.flatMap((f) => [
                f.questionId,
                f.item,
                surveyId,
                f.questionType,
                f.valueNum,
                f.valueText,
              ]),
            ],
          );
          const eventId = newId();
          await c.query('INSERT INTO events (workspace_id, id, type, payload) VALUES ($1, $2, $3, $4)', [
            workspaceId,
            eventId,
            'response.submitted',
            JSON.stringify({
              responseId,
              surveyId,
              version,
              waveId: null,
              locationId: null,
              channel: 'qr',
              language: 'en',
            }),
          ]);
          await c.query("SELECT graphile_worker.add_job('events.dispatch', $1::json)", [
            JSON.stringify({ workspaceId, eventId }),
          ]);
          await c.query('COMMIT');
        } finally {
          c.release();
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / SECONDS,
    p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]!,
  };
}

export async function benchSurvey(): Promise<BenchResult> {
  const dir = await tempDataDir('rapport-bench-survey-');
  // Behind a proxy, each respondent's own address reaches the per-IP intake rate limit (120 a
  // minute per address and survey), as it does for real phones; the load sends one per request.
  const server = await startRapport(['--data-dir', dir, '--role', 'web'], { TRUST_PROXY: 'true' });
  try {
    const key = (
      await runCli(['apikeys:create', '--workspace', 'demo', '--role', 'analyst', '--data-dir', dir])
    )
      .trim()
      .split('\n')
      .at(-1)!;
    const headers = { authorization: `Bearer ${key}` };
    const ws = await keyWorkspaceId(server.url, headers);
    const a: Api = { url: server.url, ws, headers };
    const tenQuestions = await publishSurvey(a, 'Bench: ten questions', tenQuestionSurvey);
    const storeVisit = await publishSurvey(a, 'Bench: store visit', storeVisitSurvey);
    if (tenQuestions.status !== 'published' || storeVisit.status !== 'published')
      throw new Error('the bench surveys did not publish');

    const weights: PageWeight[] = [];
    const surveyJs: number[] = [];
    let surveyJsVersion = '';
    for (let i = 0; i < RUNS; i++) {
      weights.push(await pageWeight(server.url, tenQuestions.key));
      const sj = await surveyJsWeight();
      surveyJs.push(sj.gzBytes);
      surveyJsVersion = sj.version;
    }

    const completeCount = async () =>
      (await api<{ completeCount: number }>(a, 'GET', `/surveys/${storeVisit.id}`)).completeCount;
    const ours: { rps: number; p99: number }[] = [];
    const floor: { rps: number; p99: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const before = await completeCount();
      const load = await intakeLoad(server.url, storeVisit.key);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const stored = (await completeCount()) - before;
      // autocannon may stop with a few requests in flight, which the server still completes.
      if (stored < load.created || stored > load.created + CONNECTIONS) {
        throw new Error(`intake: ${load.created} responses acknowledged, ${stored} stored`);
      }
      ours.push(load);
      floor.push(await databaseFloor(dir, ws, storeVisit.id, 1));
    }

    const w = weights[0]!;
    const gzOurs = median(weights.map((x) => x.gzBytes));
    const gzBase = median(surveyJs);
    const rps = (xs: typeof ours) => median(xs.map((x) => x.rps));
    const p99 = (xs: typeof ours) => median(xs.map((x) => x.p99));
    return {
      name: 'survey',
      command: 'npm run bench -- survey',
      date: new Date().toISOString(),
      machine: machine(),
      figures: [
        {
          metric: 'survey page: all JS + CSS it loads, gzip -9, ten-question survey',
          unit: 'B',
          ours: gzOurs,
          baseline: gzBase,
          baselineName: 'SurveyJS framework-free UI: core + UI bundles + default theme CSS',
          ratio: Number((gzOurs / gzBase).toFixed(3)),
          runs: RUNS,
        },
        {
          metric: `complete submissions to POST /s/:key/responses, ${CONNECTIONS} connections, ${SECONDS} s`,
          unit: 'req/s',
          ours: Math.round(rps(ours)),
          baseline: Math.round(rps(floor)),
          baselineName: `the same rows in one transaction straight through pg, ${CONNECTIONS} clients`,
          ratio: Number((rps(ours) / rps(floor)).toFixed(2)),
          runs: RUNS,
        },
        {
          metric: 'p99 latency of the same',
          unit: 'ms',
          ours: p99(ours),
          baseline: Number(p99(floor).toFixed(1)),
          baselineName: `the same rows in one transaction straight through pg, ${CONNECTIONS} clients`,
          ratio: Number((p99(ours) / p99(floor)).toFixed(2)),
          runs: RUNS,
        },
      ],
      notes:
        `Page weight: GET /s/:key of the ten-question fixture (server/features/survey-page/fixtures.ts) ` +
        `from the running server; every <script src> and <link rel=stylesheet> it names ` +
        `(${w.files.join(', ')}) fetched and gzipped at level 9; budget ${BUDGET_BYTES} B ` +
        `(${gzOurs <= BUDGET_BYTES ? 'met' : 'MISSED'}). ` +
        (w.encodings.every((e) => e === 'gzip')
          ? `The server sends them gzipped itself (${w.rawBytes} B unpacked). `
          : `The server sends them ${w.encodings.join('/')} (${w.rawBytes} B). `) +
        `Not counted: the HTML ` +
        `document (ours ${w.htmlGzBytes} B gzipped, the survey's JSON configuration inline). SurveyJS ` +
        `(${surveyJsVersion}): ${SURVEYJS_FILES.join(' + ')}, what its HTML/CSS/JavaScript get-started ` +
        `page loads; not counted there: the survey JSON and the Open Sans web fonts its CSS fetches. ` +
        `Intake: the store-visit fixture (common/survey/fixtures.ts) created and published through the ` +
        `API; every request a new attempt (its own idempotency key; a detractor's complete answers: ` +
        `seven answer facts, ending "sorry"); every reply a 201, and the stored responses counted after ` +
        `each run. TRUST_PROXY is on and each request carries its own X-Forwarded-For, as phones behind ` +
        `a proxy would: the intake allows 120 saves a minute per address and survey. The floor's ` +
        `transaction: BEGIN + scope; the response upsert; one multi-row INSERT of the facts; the event ` +
        `INSERT; graphile_worker.add_job; COMMIT (6 round trips). Rapport makes 8 per submission: it ` +
        `also looks up the key (before the transaction), reads the survey with its version and waves ` +
        `(one statement) and looks for the attempt. Server, PostgreSQL and load generator share the 2 cores; the web process runs alone ` +
        `(--role web).`,
    };
  } finally {
    await stopRapport(server);
    await fs.rm(dir, { recursive: true, force: true });
  }
}
