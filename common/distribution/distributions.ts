// Distributions (M2): the ways one survey reaches people, each tracked on its own. The API's
// request and answer shapes, shared by the server and the console.
import { z } from 'zod';

export const DISTRIBUTION_KINDS = [
  'link',
  'qr',
  'embed',
  'email',
  'sms',
  'wechat',
  'widget',
  'kiosk',
] as const;
export const distributionKindSchema = z.enum(DISTRIBUTION_KINDS);
export type DistributionKind = z.infer<typeof distributionKindSchema>;

/** The channels a personal invitation goes out on. */
export const MESSAGE_CHANNELS = ['email', 'sms', 'wechat'] as const;
export const messageChannelSchema = z.enum(MESSAGE_CHANNELS);
export type MessageChannel = z.infer<typeof messageChannelSchema>;
export const isMessageKind = (kind: DistributionKind): kind is MessageChannel =>
  (MESSAGE_CHANNELS as readonly string[]).includes(kind);

export const DISTRIBUTION_STATUSES = ['active', 'paused', 'archived'] as const;
export const distributionStatusSchema = z.enum(DISTRIBUTION_STATUSES);

/** Text per survey language, e.g. { en: 'Tell us', 'zh-CN': '告诉我们' }. */
const perLanguage = (max: number) => z.record(z.string().min(2).max(35), z.string().max(max));

/** An origin such as https://shop.example.com (scheme, host, optional port; no path). */
export const originSchema = z
  .string()
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'an origin such as https://shop.example.com');

export const linkSettingsSchema = z.object({}).strict();

export const qrSettingsSchema = z
  .object({
    /** The call to action printed on the A6 card; a default in each language when absent. */
    callToAction: perLanguage(120).default({}),
  })
  .strict();

export const embedSettingsSchema = z
  .object({
    /** Sites allowed to frame the survey; empty allows any. */
    allowedOrigins: z.array(originSchema).max(50).default([]),
  })
  .strict();

export const widgetSettingsSchema = z
  .object({
    allowedOrigins: z.array(originSchema).max(50).default([]),
    display: z.enum(['popup', 'slidein']).default('popup'),
    /** Pages it may show on: `*` matches any characters, e.g. https://shop.example.com/checkout/*. */
    urlPattern: z.string().max(500).nullable().default(null),
    /** Show after rapport('track', event); null shows on page load. */
    event: z.string().max(100).nullable().default(null),
    delaySeconds: z.number().int().min(0).max(3600).default(0),
    /** Show once the visitor has scrolled this far down the page (per cent); null: any. */
    scrollPercent: z.number().int().min(1).max(100).nullable().default(null),
    /** Show when the pointer leaves the page towards the browser's bar. */
    exitIntent: z.boolean().default(false),
    samplePercent: z.number().min(0).max(100).default(100),
    /** Days before the same person may be shown a survey again (any widget of the workspace). */
    cooldownDays: z.number().int().min(0).max(365).default(30),
  })
  .strict();

export const kioskSettingsSchema = z
  .object({
    /** Back to the first page after this long without a touch. */
    resetSeconds: z.number().int().min(10).max(3600).default(60),
  })
  .strict();

export const reminderRuleSchema = z.object({
  afterDays: z.number().int().min(1).max(60).default(3),
  /** 0: no reminders. */
  max: z.number().int().min(0).max(5).default(1),
});

/** An automatic invitation N days after an order, optionally only for some stores or channels. */
export const orderTriggerSchema = z.object({
  on: z.literal('order'),
  afterDays: z.number().int().min(0).max(90),
  locationIds: z.array(z.uuid()).max(500).default([]),
  channels: z.array(z.string().max(30)).max(50).default([]),
});

export const messageTemplateSchema = z.object({
  /** Email only. */
  subject: z.string().max(200).optional(),
  /** Placeholders: {{name}}, {{survey}}, {{link}}, {{workspace}} (server/features/distribution/message-template.ts). */
  body: z.string().max(5000),
});

export const messageSettingsSchema = z
  .object({
    /** Per survey language; a built-in text in that language when absent. */
    templates: z.record(z.string().min(2).max(35), messageTemplateSchema).default({}),
    /** Email: the survey's first question inside the mail, each answer a link. */
    embedFirstQuestion: z.boolean().default(true),
    reminders: reminderRuleSchema.prefault({}),
    trigger: orderTriggerSchema.nullable().default(null),
    /** WeChat: the Official Account's template id. */
    wechatTemplateId: z.string().max(100).optional(),
  })
  .strict();

const base = {
  name: z.string().trim().min(1).max(200),
  locationId: z.uuid().nullable().optional(),
};
export const createDistributionBody = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('link'), settings: linkSettingsSchema.prefault({}) }),
  z.object({ ...base, kind: z.literal('qr'), settings: qrSettingsSchema.prefault({}) }),
  z.object({ ...base, kind: z.literal('embed'), settings: embedSettingsSchema.prefault({}) }),
  z.object({ ...base, kind: z.literal('widget'), settings: widgetSettingsSchema.prefault({}) }),
  z.object({ ...base, kind: z.literal('kiosk'), settings: kioskSettingsSchema.prefault({}) }),
  z.object({ ...base, kind: z.literal('email'), settings: messageSettingsSchema.prefault({}) }),
  z.object({ ...base, kind: z.literal('sms'), settings: messageSettingsSchema.prefault({}) }),
  z.object({ ...base, kind: z.literal('wechat'), settings: messageSettingsSchema.prefault({}) }),
]);
export type CreateDistributionBody = z.infer<typeof createDistributionBody>;

export type WidgetSettings = z.infer<typeof widgetSettingsSchema>;
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;
export type MessageSettings = z.infer<typeof messageSettingsSchema>;
export type QrSettings = z.infer<typeof qrSettingsSchema>;
export type EmbedSettings = z.infer<typeof embedSettingsSchema>;
export type DistributionSettings =
  Record<string, never> | QrSettings | EmbedSettings | WidgetSettings | KioskSettings | MessageSettings;

/** The settings schema of a kind: what PATCH checks a new `settings` against. */
export function settingsSchemaOf(kind: DistributionKind): z.ZodType<DistributionSettings> {
  switch (kind) {
    case 'link':
      return linkSettingsSchema as z.ZodType<DistributionSettings>;
    case 'qr':
      return qrSettingsSchema;
    case 'embed':
      return embedSettingsSchema;
    case 'widget':
      return widgetSettingsSchema;
    case 'kiosk':
      return kioskSettingsSchema;
    default:
      return messageSettingsSchema;
  }
}

export const updateDistributionBody = z
  .object({
    name: base.name.optional(),
    status: distributionStatusSchema.optional(),
    locationId: base.locationId,
    /** Checked against the distribution's kind. */
    settings: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** Per distribution: what happened to what it sent, and what came back. */
export const distributionStatsSchema = z.object({
  /** Invitations sent (message kinds) or times the widget was shown; null where nothing is sent. */
  sent: z.number().int().nullable(),
  /** Accepted by the mail relay or the SMS/WeChat provider. */
  delivered: z.number().int().nullable(),
  /** Mails opened or links followed; page views for links, QR codes, embeds and kiosks. */
  opened: z.number().int(),
  started: z.number().int(),
  completed: z.number().int(),
  bounced: z.number().int().nullable(),
  unsubscribed: z.number().int().nullable(),
  failed: z.number().int().nullable(),
  /** Skipped: unsubscribed, no consent, over the frequency cap. */
  skipped: z.number().int().nullable(),
  scheduled: z.number().int().nullable(),
  /** completed ÷ the base below; null when the base is 0. */
  responseRate: z.number().nullable(),
  /** Kiosks count completions per respondent who began (one page load serves a whole day). */
  rateBase: z.enum(['delivered', 'shown', 'opened', 'started']),
});
export type DistributionStats = z.infer<typeof distributionStatsSchema>;

export const distributionSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  kind: distributionKindSchema,
  name: z.string(),
  code: z.string(),
  status: distributionStatusSchema,
  locationId: z.uuid().nullable(),
  settings: z.record(z.string(), z.unknown()),
  /** The address people open: /d/:code for links and QR codes, /k/:code for a kiosk. */
  url: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  stats: distributionStatsSchema,
});
export type Distribution = z.infer<typeof distributionSchema>;
