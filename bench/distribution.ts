// Distribution (M2), on a running `rapport start` (web and worker in one process):
// 1. The website widget's weight on every page of a shop: gzip -9 bytes of GET /w/widget.js,
//    against Formbricks' website loader (@formbricks/js, the script a site adds).
// 2. What a shop's visitor downloads to see a pop-up survey: the loader, the survey page (HTML)
//    and every script and stylesheet it names, gzipped, against Formbricks' loader plus its survey
//    renderer (@formbricks/surveys, the UMD bundle a site loads to show a survey).
// 3. Email invitations per second: a pasted list of addresses to POST …/invitations, the send job
//    through SMTP to a sink on loopback, from the request to the last mail received, against
//    nodemailer alone sending as many mails of the same size to the same sink over the same number of
//    pooled connections (the floor: what SMTP itself costs here).
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { storeVisitSurvey } from '../common/survey/fixtures';
import { SEND_CONCURRENCY } from '../server/features/distribution/outreach/send-due';
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
const INVITATIONS = 1000;
const gz = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/** An SMTP server that counts what it receives (and its size), nothing more. */
async function countingSink() {
  let received = 0;
  let bytes = 0;
  let waiter: { n: number; resolve: () => void } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      stream.on('data', (c: Buffer) => (bytes += c.length));
      stream.on('end', () => {
        received++;
        if (waiter && received >= waiter.n) waiter.resolve();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get received() {
      return received;
    },
    get bytes() {
      return bytes;
    },
    reset() {
      received = 0;
      bytes = 0;
    },
    waitFor: (n: number) =>
      new Promise<void>((resolve) => {
        if (received >= n) resolve();
        else waiter = { n, resolve };
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function publishSurvey(a: Api) {
  const made = await api<{ id: string }>(a, 'POST', '/surveys', {
    name: 'Bench: invitations',
    from: { definition: storeVisitSurvey },
  });
  return api<{ id: string; key: string }>(a, 'POST', `/surveys/${made.id}/publish`);
}

/** The bytes a visitor's browser fetches for a shown pop-up: the survey page and what it names. */
async function popupWeight(url: string, surveyUrl: string) {
  const page = await fetch(surveyUrl);
  if (page.status !== 200) throw new Error(`GET ${surveyUrl}: ${page.status}`);
  const html = await page.text();
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="(\/[^"]+)"/gi)].map((m) => m[1]!);
  let bytes = gz(html);
  for (const ref of refs) {
    const asset = await fetch(new URL(ref, url));
    if (asset.status !== 200) throw new Error(`GET ${ref}: ${asset.status}`);
    bytes += gz(Buffer.from(await asset.arrayBuffer()));
  }
  return { bytes, files: refs.length };
}

/** nodemailer alone: the same number of connections kept open, every mail handed over at once. */
async function nodemailerDirect(
  sinkUrl: string,
  n: number,
  mail: { subject: string; text: string; html: string },
) {
  const url = new URL(sinkUrl);
  url.searchParams.set('pool', 'true');
  url.searchParams.set('maxConnections', String(SEND_CONCURRENCY));
  const transport = nodemailer.createTransport(url.toString());
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      transport.sendMail({ from: 'Bench <bench@localhost>', to: `person${i}@example.com`, ...mail }),
    ),
  );
  const ms = performance.now() - t0;
  transport.close();
  return ms;
}

export async function benchDistribution(): Promise<BenchResult> {
  const sink = await countingSink();
  const dir = await tempDataDir('rapport-bench-distribution-');
  const server = await startRapport(['--data-dir', dir, '--role', 'all'], { SMTP_URL: sink.url });
  try {
    const key = (
      await runCli(['apikeys:create', '--workspace', 'demo', '--role', 'owner', '--data-dir', dir])
    )
      .trim()
      .split('\n')
      .at(-1)!;
    const headers = { authorization: `Bearer ${key}` };
    const a: Api = { url: server.url, ws: await keyWorkspaceId(server.url, headers), headers };
    const survey = await publishSurvey(a);
    await api(a, 'PUT', '/contact-rules', {
      frequencyCapDays: null,
      quietHours: { enabled: false, start: '21:00', end: '09:00' },
      emailsPerMinute: 100_000,
    });

    // 1 and 2: weights.
    const loader = Buffer.from(await (await fetch(`${server.url}/w/widget.js`)).arrayBuffer());
    const widget = await api<{ code: string }>(a, 'POST', `/surveys/${survey.id}/distributions`, {
      kind: 'widget',
      name: 'Bench pop-up',
    });
    const shown = await popupWeight(
      server.url,
      `${server.url}/s/${survey.key}?d=${widget.code}&ch=widget&embed=1`,
    );
    const fb = (file: string) => fs.readFile(path.join(root, 'node_modules', '@formbricks', file));
    const fbLoader = gz(await fb('js/dist/index.js'));
    const fbSurveys = gz(await fb('surveys/dist/index.umd.js'));

    // 3: invitations per second, against nodemailer straight to the same sink.
    const email = await api<{ id: string }>(a, 'POST', `/surveys/${survey.id}/distributions`, {
      kind: 'email',
      name: 'Bench invitations',
      settings: { reminders: { afterDays: 3, max: 0 } },
    });
    const ours: number[] = [];
    const direct: number[] = [];
    let mailBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      sink.reset();
      const recipients = Array.from({ length: INVITATIONS }, (_, i) => ({
        address: `run${run}.person${i}@example.com`,
        name: `Person ${i}`,
      }));
      const t0 = performance.now();
      const made = await api<{ queued: number }>(a, 'POST', `/distributions/${email.id}/invitations`, {
        recipients,
      });
      if (made.queued !== INVITATIONS) throw new Error(`${made.queued} of ${INVITATIONS} invitations queued`);
      await sink.waitFor(INVITATIONS);
      ours.push(performance.now() - t0);
      mailBytes = Math.round(sink.bytes / INVITATIONS);

      sink.reset();
      const filler = 'x'.repeat(Math.max(0, Math.round(mailBytes / 2) - 200));
      direct.push(
        await nodemailerDirect(sink.url, INVITATIONS, {
          subject: 'Bench',
          text: filler,
          html: `<p>${filler}</p>`,
        }),
      );
    }
    const perSecond = (ms: number) => INVITATIONS / (ms / 1000);
    const oursRate = median(ours.map(perSecond));
    const directRate = median(direct.map(perSecond));
    const totalOurs = gz(loader) + shown.bytes;
    const totalFb = fbLoader + fbSurveys;
    return {
      name: 'distribution',
      command: 'npm run bench -- distribution',
      date: new Date().toISOString(),
      machine: machine(),
      figures: [
        {
          metric: 'website widget loader on every page, gzip -9',
          unit: 'B',
          ours: gz(loader),
          baseline: fbLoader,
          baselineName: '@formbricks/js (the loader a site adds)',
          ratio: Number((gz(loader) / fbLoader).toFixed(2)),
          runs: 1,
        },
        {
          metric: 'a shown pop-up survey: loader + survey page + its scripts and styles, gzip -9',
          unit: 'B',
          ours: totalOurs,
          baseline: totalFb,
          baselineName: '@formbricks/js + @formbricks/surveys UMD bundle',
          ratio: Number((totalOurs / totalFb).toFixed(2)),
          runs: 1,
        },
        {
          metric: `email invitations sent per second (${INVITATIONS} pasted addresses → job → SMTP sink)`,
          unit: 'mails/s',
          ours: Number(oursRate.toFixed(1)),
          baseline: Number(directRate.toFixed(1)),
          baselineName: `nodemailer alone: ${SEND_CONCURRENCY} pooled connections, the same mails, all at once`,
          ratio: Number((oursRate / directRate).toFixed(2)),
          runs: RUNS,
        },
      ],
      notes:
        `The pop-up figure counts the survey page of the store-visit fixture (${shown.files} scripts and ` +
        `styles) as served inside the widget's iframe. Formbricks' side leaves out the script its ` +
        `loader fetches from a Formbricks server (js-core, not published on npm), so it is smaller ` +
        `than what a site really loads. Invitations: ${INVITATIONS} per run, ${mailBytes} B per mail ` +
        `on average (HTML and text with the NPS question as links); our time runs from the API ` +
        `request to the last mail at the sink and includes making the invitations and the job's ` +
        `wake-up; both sides keep ${SEND_CONCURRENCY} SMTP connections open.`,
    };
  } finally {
    await stopRapport(server);
    await sink.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
