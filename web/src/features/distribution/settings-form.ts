// Between a distribution's settings as the API has them (common/distribution) and the values of
// the console's form. The form names its fields by the API's paths (settings.reminders.max…), so
// the API's field errors land on them; only a few things differ: blank texts are "none" (null or
// left out), the order trigger has an on/off switch, and each kind sends only its own settings.
import { settingsSchemaOf, type DistributionKind } from '../../../../common/distribution/distributions';
import { isMessageKind } from './kinds';

export interface TemplateValues {
  subject?: string;
  body?: string;
}

export interface SettingsValues {
  callToAction?: Record<string, string | undefined>;
  allowedOrigins?: string[];
  display?: 'popup' | 'slidein';
  urlPattern?: string;
  event?: string;
  delaySeconds?: number | null;
  scrollPercent?: number | null;
  exitIntent?: boolean;
  samplePercent?: number | null;
  cooldownDays?: number | null;
  resetSeconds?: number | null;
  templates?: Record<string, TemplateValues | undefined>;
  embedFirstQuestion?: boolean;
  reminders?: { afterDays?: number | null; max?: number | null };
  trigger?: { enabled?: boolean; afterDays?: number | null; locationIds?: string[]; channels?: string[] };
  wechatTemplateId?: string;
}

export interface DistributionValues {
  kind: DistributionKind;
  name: string;
  locationId?: string | null;
  settings: SettingsValues;
}

/** When the order trigger is switched on for the first time. */
const TRIGGER_DAYS = 7;

const text = (v: string | null | undefined): string => (v ?? '').trim();
const orNull = (v: string | null | undefined): string | null => text(v) || null;
/** An emptied number box is "the default" (undefined), so the API fills it in. */
const num = (v: number | null | undefined): number | undefined => (v === null ? undefined : v);

/** Only the languages with something typed in. */
function filled<T>(byLanguage: Record<string, T | undefined> | undefined, keep: (v: T) => T | null) {
  const out: Record<string, T> = {};
  for (const [lang, v] of Object.entries(byLanguage ?? {})) {
    const kept = v === undefined ? null : keep(v);
    if (kept !== null) out[lang] = kept;
  }
  return out;
}

/** The `settings` of a create or update request, for the kind. */
export function toSettings(kind: DistributionKind, v: SettingsValues): Record<string, unknown> {
  switch (kind) {
    case 'link':
      return {};
    case 'qr':
      return { callToAction: filled(v.callToAction, (s) => text(s) || null) };
    case 'embed':
      return { allowedOrigins: v.allowedOrigins ?? [] };
    case 'kiosk':
      return { resetSeconds: num(v.resetSeconds) };
    case 'widget':
      return {
        allowedOrigins: v.allowedOrigins ?? [],
        display: v.display,
        urlPattern: orNull(v.urlPattern),
        event: orNull(v.event),
        delaySeconds: num(v.delaySeconds),
        scrollPercent: v.scrollPercent ?? null,
        exitIntent: v.exitIntent ?? false,
        samplePercent: num(v.samplePercent),
        cooldownDays: num(v.cooldownDays),
      };
  }
  const trigger = v.trigger?.enabled
    ? {
        on: 'order',
        afterDays: v.trigger.afterDays ?? TRIGGER_DAYS,
        locationIds: v.trigger.locationIds ?? [],
        channels: v.trigger.channels ?? [],
      }
    : null;
  return {
    templates: filled(v.templates, (tpl) => {
      const subject = kind === 'email' ? text(tpl.subject) : '';
      const body = text(tpl.body);
      if (!subject && !body) return null;
      return subject ? { subject, body } : { body };
    }),
    ...(kind === 'email' ? { embedFirstQuestion: v.embedFirstQuestion ?? true } : {}),
    reminders: { afterDays: num(v.reminders?.afterDays), max: num(v.reminders?.max) },
    trigger,
    ...(kind === 'wechat' && text(v.wechatTemplateId) ? { wechatTemplateId: text(v.wechatTemplateId) } : {}),
  };
}

/** The kind's defaults, as the API would fill them in. */
export function defaultSettings(kind: DistributionKind): Record<string, unknown> {
  return settingsSchemaOf(kind).parse({}) as Record<string, unknown>;
}

/** The form's values for settings the API gave (or the kind's defaults for a new one). */
export function toFormValues(kind: DistributionKind, settings: Record<string, unknown>): SettingsValues {
  const s = { ...defaultSettings(kind), ...settings } as SettingsValues & {
    urlPattern?: string | null;
    event?: string | null;
    trigger?: { afterDays: number; locationIds: string[]; channels: string[] } | null;
  };
  if (kind === 'widget') return { ...s, urlPattern: s.urlPattern ?? '', event: s.event ?? '' };
  if (!isMessageKind(kind)) return s;
  const { trigger, ...rest } = s;
  return {
    ...rest,
    trigger: trigger
      ? { enabled: true, ...trigger }
      : { enabled: false, afterDays: TRIGGER_DAYS, locationIds: [], channels: [] },
  };
}
