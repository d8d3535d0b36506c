// The demo workspace made on first start: a tea brand with 2 regions, 6 stores and an online shop,
// two published surveys from the built-in templates with a year of responses
// (features/analytics/demo-responses.ts), 40 customers with 18 months of orders and
// visits (features/customers/demo-customers.ts), owned by a demo account whose password is
// random and shown in the start banner.
import type { Db } from '../../db/database';
import { seedDemoResponses } from '../../features/analytics/demo-responses';
import { seedDemoCustomers } from '../../features/customers/demo-customers';
import { seedDemoDistributions } from '../../features/distribution/demo-distributions';
import { createSurvey } from '../../features/surveys/create-survey';
import { publishSurvey } from '../../features/surveys/publish-survey';
import { inWorkspace } from '../../db/database';
import type { Actor } from '../actor';
import { randomToken } from '../ids';
import { createLocation } from '../locations/create-location';
import { createUser } from '../users/create-user';
import { createWorkspace } from '../workspaces/create-workspace';

export const DEMO_EMAIL = 'demo@rapport.localhost';

const REGIONS = [
  {
    name: 'East China',
    code: 'east',
    stores: [
      ['Shanghai Jing’an', 'sh-jingan'],
      ['Hangzhou West Lake', 'hz-xihu'],
      ['Nanjing Xinjiekou', 'nj-xinjiekou'],
    ],
  },
  {
    name: 'South China',
    code: 'south',
    stores: [
      ['Guangzhou Tianhe', 'gz-tianhe'],
      ['Shenzhen Futian', 'sz-futian'],
      ['Xiamen Siming', 'xm-siming'],
    ],
  },
] as const;

/** Built-in template → survey name. They start in the workspace's language, Chinese. */
const SURVEYS = [
  ['store-visit', 'Store visit'],
  ['nps-relationship', 'Brand NPS'],
] as const;

export async function hasAnyWorkspace(db: Db): Promise<boolean> {
  return Boolean(await db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst());
}

/** Creates the demo workspace and returns its sign-in. */
export async function seedDemo(db: Db): Promise<{ email: string; password: string; workspaceId: string }> {
  const password = randomToken(9);
  const user = await createUser(db, { email: DEMO_EMAIL, name: 'Demo Owner', password });
  const ws = await createWorkspace(db, {
    name: 'Lumen Tea (demo)',
    slug: 'demo',
    defaultLanguage: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    phoneCountry: 'CN',
    ownerUserId: user.id,
  });
  const actor: Actor = {
    workspaceId: ws.id,
    role: 'owner',
    userId: user.id,
    apiKeyId: null,
    sessionId: null,
    ip: '127.0.0.1',
  };
  await inWorkspace(db, ws.id, async (tx) => {
    const brand = await tx
      .selectFrom('locations')
      .select('id')
      .where('workspace_id', '=', ws.id)
      .where('kind', '=', 'brand')
      .executeTakeFirstOrThrow();
    let position = 0;
    for (const region of REGIONS) {
      const r = await createLocation(tx, actor, {
        parentId: brand.id,
        kind: 'region',
        name: region.name,
        code: region.code,
        position: position++,
      });
      for (const [name, code] of region.stores) {
        await createLocation(tx, actor, { parentId: r.id, kind: 'store', name, code, position: position++ });
      }
    }
    await createLocation(tx, actor, {
      parentId: brand.id,
      kind: 'online',
      name: 'Online shop',
      code: 'online',
      position,
    });
    for (const [template, name] of SURVEYS) {
      const { survey } = await createSurvey(tx, actor, { name, from: { template } });
      await publishSurvey(tx, actor, survey.id);
    }
    // After the stores: the customers' orders and visits name them by code.
    await seedDemoCustomers(tx, actor);
    await seedDemoResponses(tx, ws.id);
    await seedDemoDistributions(tx, actor);
  });
  return { email: DEMO_EMAIL, password, workspaceId: ws.id };
}
