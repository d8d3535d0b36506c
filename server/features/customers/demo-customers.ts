// The demo workspace's customers, so that a fresh console has people to show: 40 tea drinkers
// with Chinese names, mainland phone numbers, emails, tags and a few custom fields, 18 months of
// orders across the demo's stores and online shop (CNY), store visits, page views and messages.
// Written through the real use cases (createCustomer, recordOrders, recordEvents), and the same
// on every run: a seeded generator, not Math.random. Profiles are shaped so that RFM and the
// consumer types have something to tell apart: loyal regulars, lapsed buyers, newcomers, browsers.
import type { ConsentChannel } from '../../../common/customers/identities';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { singleField } from './activity/ingest-batch';
import { recordEvents } from './activity/record-events';
import { recordOrders } from './activity/record-orders';
import type { EventInput, OrderInput } from './activity/schemas';
import { createCustomer } from './create-customer';
import { defineField } from './customer-fields';
import type { CreateCustomerBody } from './schemas';
import { computeCustomerValues } from './value/compute-values';
import { generator, pick, type Rand } from '../../platform/demo/seeded-random';

/** Hanzi:pinyin. Customer i is SURNAMES[i % 20] + GIVEN[7i % 24]: 40 different names. */
const pairs = (s: string) => s.split(' ').map((p) => p.split(':') as [string, string]);
const SURNAMES = pairs(
  '王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou ' +
    '徐:xu 孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 林:lin 罗:luo 高:gao',
);
const GIVEN = pairs(
  '静:jing 伟:wei 芳:fang 敏:min 丽:li 强:qiang 磊:lei 洋:yang 艳:yan 勇:yong 军:jun 杰:jie ' +
    '娟:juan 涛:tao 明:ming 超:chao 秀英:xiuying 晓东:xiaodong 雨婷:yuting 子涵:zihan 浩然:haoran ' +
    '思琪:siqi 梓萱:zixuan 一鸣:yiming',
);
/** Store code (seed-demo.ts) : the city its customers live in. */
const STORES = pairs(
  'sh-jingan:上海 hz-xihu:杭州 nj-xinjiekou:南京 gz-tianhe:广州 sz-futian:深圳 xm-siming:厦门',
);

const PRODUCTS: [sku: string, name: string, price: number][] = [
  ['LT-LJ50', '西湖龙井 50g', 168],
  ['LT-TGY100', '安溪铁观音 100g', 128],
  ['LT-DHP', '武夷大红袍 礼盒', 238],
  ['LT-PE357', '普洱熟茶饼 357g', 298],
  ['LT-BHYZ', '白毫银针 100g', 268],
  ['LT-MLH', '茉莉花茶 100g', 68],
  ['LT-TEASET', '青瓷茶具套装', 458],
  ['LT-HC', '冷泡茶 6 瓶装', 59],
];
const TEAS = ['绿茶', '乌龙', '红茶', '普洱', '白茶', '花茶'];
const LEVELS = ['银卡', '金卡', '黑卡'];
const MESSAGES = ['新茶什么时候到？', '会员积分怎么用？', '可以开发票吗？'];

/** What kind of customer each of the 40 is, in order: how often and how lately they buy. */
type Profile = 'loyal' | 'regular' | 'occasional' | 'lapsed' | 'new' | 'browser';
const PROFILES: [Profile, number][] = [
  ['loyal', 8],
  ['regular', 8],
  ['occasional', 8],
  ['lapsed', 6],
  ['new', 5],
  ['browser', 5],
];

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** How many days ago each of a profile's orders was placed (18 months at most). */
function orderDays(profile: Profile, rand: Rand): number[] {
  const spaced = (from: number, to: number, every: number) => {
    const days: number[] = [];
    for (let d = from + rand() * every; d < to; d += every * (0.6 + rand() * 0.8)) days.push(d);
    return days;
  };
  switch (profile) {
    case 'loyal':
      return spaced(2, 540, 35);
    case 'regular':
      return spaced(10, 540, 75);
    case 'occasional':
      return spaced(30, 540, 200).slice(0, 3);
    case 'lapsed':
      return spaced(380, 540, 50);
    case 'new':
      return [3 + rand() * 25];
    case 'browser':
      return [];
  }
}

/** Customer `index`'s profile: name, identities (phone as people type it), fields, tags, consent. */
function customerBody(index: number, profile: Profile, rand: Rand): CreateCustomerBody & { phone: string } {
  const [surname, surnamePinyin] = SURNAMES[index % SURNAMES.length]!;
  const [given, givenPinyin] = GIVEN[(index * 7) % GIVEN.length]!;
  const city = STORES[index % STORES.length]![1];
  const digits = String(10_000_000 + index * 104_729).slice(-8);
  const phone = `138 ${digits.slice(0, 4)} ${digits.slice(4)}`;
  const member = profile === 'loyal' || profile === 'regular';
  const preferred: ConsentChannel = (['wechat', 'sms', 'email'] as const)[index % 3]!;
  return {
    phone,
    name: `${surname}${given}`,
    identities: [
      { kind: 'phone', value: phone },
      { kind: 'email', value: `${givenPinyin}.${surnamePinyin}${index + 1}@example.com` },
      ...(member ? [{ kind: 'member_id' as const, value: `LT${100_001 + index}` }] : []),
      ...(index % 3 === 0 ? [{ kind: 'wechat_openid' as const, value: `oLumen${pad(index)}demo` }] : []),
    ],
    attributes: {
      city,
      favourite_tea: pick(rand, TEAS),
      ...(index % 2 === 0
        ? { birthday: `${1970 + (index % 30)}-${pad(1 + (index % 12))}-${pad(1 + (index % 28))}` }
        : {}),
      ...(member ? { member_level: profile === 'loyal' ? pick(rand, LEVELS.slice(1)) : LEVELS[0]! } : {}),
    },
    tags: [
      ...(member ? ['会员'] : []),
      ...(profile === 'loyal' ? ['VIP'] : []),
      ...(index % 5 === 0 ? ['茶艺课'] : []),
      ...(index % 11 === 0 ? ['企业客户'] : []),
      ...(profile === 'browser' ? ['线上'] : []),
    ],
    language: 'zh-CN',
    preferredChannel: preferred,
    timeZone: 'Asia/Shanghai',
    consent: {
      [preferred]: { status: 'granted', source: 'demo' },
      ...(index % 7 === 0 ? { email: { status: 'withdrawn' as const, source: 'demo' } } : {}),
    },
  };
}

/** A customer's orders and touchpoints, found by phone as a till or a shop would send them. */
function activityOf(
  profile: Profile,
  phone: string,
  storeCode: string,
  rand: Rand,
  at: (daysAgo: number) => string,
  nextOrderId: () => string,
): { orders: OrderInput[]; events: EventInput[] } {
  const customer = { identities: [{ kind: 'phone' as const, value: phone }] };
  const orders: OrderInput[] = [];
  const events: EventInput[] = [];
  const touch = (kind: string, daysAgo: number, where: 'store' | 'online', properties: object) =>
    events.push({
      kind,
      customer,
      occurredAt: at(daysAgo),
      locationCode: where === 'store' ? storeCode : 'online',
      channel: where === 'store' ? 'store' : 'web',
      properties: properties as Record<string, unknown>,
    });
  for (const days of orderDays(profile, rand)) {
    const where = rand() < 0.25 ? 'online' : 'store';
    const items = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
      const [sku, name, price] = pick(rand, PRODUCTS);
      return { sku, name, quantity: rand() < 0.8 ? 1 : 2, price };
    });
    orders.push({
      externalId: nextOrderId(),
      customer,
      amount: items.reduce((sum, i) => sum + i.price * i.quantity, 0),
      items,
      locationCode: where === 'store' ? storeCode : 'online',
      channel: where,
      orderedAt: at(days),
    });
    // A purchase in a store follows a visit the same day; one online follows a page view.
    if (where === 'store')
      touch('store_visit', days + 0.02, where, { minutes: 10 + Math.floor(rand() * 40) });
    else touch('page_view', days + 0.02, where, { path: `/products/${items[0]!.sku.toLowerCase()}` });
  }
  // Browsers look and visit without buying; everyone else browses a little too.
  const looks = profile === 'browser' ? 6 : Math.floor(rand() * 3);
  for (let l = 0; l < looks; l++) {
    if (rand() < 0.4)
      touch('store_visit', 1 + rand() * 200, 'store', { minutes: 5 + Math.floor(rand() * 20) });
    else
      touch('page_view', 1 + rand() * 200, 'online', {
        path: `/products/${pick(rand, PRODUCTS)[0].toLowerCase()}`,
      });
  }
  if (rand() < 0.25) {
    events.push({
      kind: 'message',
      customer,
      occurredAt: at(rand() * 60),
      channel: 'wechat',
      properties: { direction: 'inbound', text: pick(rand, MESSAGES) },
    });
  }
  return { orders, events };
}

/** Adds the demo's customer fields, customers, orders and touchpoints (after its stores exist). */
export async function seedDemoCustomers(tx: Tx, actor: Actor, now = Date.now()): Promise<void> {
  const rand = generator(20261122);
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const fields = [
    { key: 'birthday', label: '生日', type: 'date', options: [] },
    { key: 'favourite_tea', label: '偏好茶类', type: 'choice', options: TEAS },
    { key: 'member_level', label: '会员等级', type: 'choice', options: LEVELS },
    { key: 'city', label: '城市', type: 'text', options: [] },
  ] as const;
  for (const [position, field] of fields.entries()) {
    await defineField(tx, actor, { ...field, options: [...field.options], position });
  }

  const orders: OrderInput[] = [];
  const events: EventInput[] = [];
  let orderNumber = 0;
  const nextOrderId = () => `LT-${String(++orderNumber).padStart(6, '0')}`;
  let index = 0;
  for (const [profile, count] of PROFILES) {
    for (let n = 0; n < count; n++, index++) {
      const { phone, ...body } = customerBody(index, profile, rand);
      await createCustomer(tx, actor, body, 'demo');
      const storeCode = STORES[index % STORES.length]![0];
      const activity = activityOf(profile, phone, storeCode, rand, at, nextOrderId);
      orders.push(...activity.orders);
      events.push(...activity.events);
    }
  }
  await recordOrders(tx, actor, { orders, fieldOf: singleField, source: 'demo' });
  await recordEvents(tx, actor, { events, fieldOf: singleField, source: 'demo' });
  // So that the first visit already shows RFM segments and consumer types (the nightly job and
  // "Recompute" keep them current afterwards).
  await computeCustomerValues(tx, actor.workspaceId);
}
