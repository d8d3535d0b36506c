// The demo workspace's distributions: a QR code for the store tables of the store-visit survey
// (the year of demo responses that came by QR is attributed to it, with page views to match), a
// kiosk in the Shanghai store, a pop-up for the online shop and an email campaign for brand NPS, so
// the distribute pages show something on first start.
import { sql } from 'kysely';
import type { CreateDistributionBody } from '../../../common/distribution/distributions';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { createDistribution } from './create-distribution';

export async function seedDemoDistributions(tx: Tx, actor: Actor): Promise<void> {
  const ws = actor.workspaceId;
  const surveys = await tx
    .selectFrom('surveys')
    .select(['id', 'name'])
    .where('workspace_id', '=', ws)
    .execute();
  const storeVisit = surveys.find((s) => s.name === 'Store visit');
  const brandNps = surveys.find((s) => s.name === 'Brand NPS');
  if (!storeVisit || !brandNps) return;
  const shanghai = await tx
    .selectFrom('locations')
    .select('id')
    .where('workspace_id', '=', ws)
    .where('code', '=', 'sh-jingan')
    .executeTakeFirst();

  const make = (surveyId: string, body: Omit<CreateDistributionBody, 'settings'> & { settings?: object }) =>
    createDistribution(tx, actor, surveyId, { settings: {}, ...body } as CreateDistributionBody);

  const qr = await make(storeVisit.id, {
    kind: 'qr',
    name: '桌贴二维码 Table QR codes',
    settings: {
      callToAction: { 'zh-CN': '扫码告诉我们您今天的体验', en: 'Scan to tell us about your visit' },
    },
  });
  await make(storeVisit.id, {
    kind: 'kiosk',
    name: '静安店平板 Jing’an tablet',
    locationId: shanghai?.id ?? null,
    settings: { resetSeconds: 60 },
  });
  await make(brandNps.id, {
    kind: 'widget',
    name: '网店弹窗 Online shop pop-up',
    settings: {
      allowedOrigins: [],
      display: 'slidein',
      urlPattern: null,
      event: 'purchase',
      delaySeconds: 3,
      scrollPercent: null,
      exitIntent: false,
      samplePercent: 50,
      cooldownDays: 30,
    },
  });
  await make(brandNps.id, {
    kind: 'email',
    name: '季度品牌调研 Quarterly brand survey',
    settings: { templates: {}, embedFirstQuestion: true, reminders: { afterDays: 3, max: 1 }, trigger: null },
  });

  // The year of store-visit responses that came by QR came through this distribution; about one
  // person in three who scans a table's code answers.
  await sql`
    UPDATE responses SET distribution_id = ${qr.id}
    WHERE workspace_id = ${ws} AND survey_id = ${storeVisit.id} AND channel = 'qr'`.execute(tx);
  await sql`
    INSERT INTO distribution_daily (workspace_id, distribution_id, day, opened)
    SELECT ${ws}, ${qr.id}, (r.completed_at AT TIME ZONE w.time_zone)::date, count(*) * 3
    FROM responses r JOIN workspaces w ON w.id = r.workspace_id
    WHERE r.workspace_id = ${ws} AND r.distribution_id = ${qr.id}
    GROUP BY 3`.execute(tx);
}
