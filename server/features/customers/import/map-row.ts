// One row of the file → what it says about one customer, or why it is rejected. Everything that can
// be checked without the database is checked here: the column count, the match value, every
// identity (normalised as the API does), every attribute against its field, tags, language,
// time zone, channel and consent. An empty cell says nothing: it leaves the customer's value as it is.
import type { ConsentChannel, IdentityKind } from '../../../../common/customers/identities';
import { LANGUAGES, type Language } from '../../../../common/roles';
import { IANA_TIME_ZONES } from '../../../platform/workspaces/schemas';
import type { AttributeValue, FieldDefinition } from '../attributes';
import { coerceAttribute } from '../attributes';
import { normaliseIdentity } from '../identity';
import type { Target } from './targets';

export interface Candidate {
  row: number;
  /** The row as read, for the rejects report should the database refuse it. */
  cells: string[];
  /** The normalised value of the match-by identity. */
  key: string;
  name: string | null;
  attributes: Record<string, AttributeValue>;
  tags: string[] | null;
  language: Language | null;
  /** An IANA time zone, as Intl spells it. */
  timeZone: string | null;
  preferredChannel: ConsentChannel | null;
  consent: Partial<Record<ConsentChannel, 'granted' | 'withdrawn'>>;
  /** The other identities, normalised. */
  identities: { kind: IdentityKind; value: string; column: string }[];
}

export interface Reject {
  row: number;
  code: 'column_count' | 'missing_match_value' | 'invalid_value' | 'identity_taken';
  /** The column at fault, by its name in the file. */
  field: string | null;
  message: string;
  cells: string[];
}

export type Mapped = { ok: true; candidate: Candidate } | { ok: false; reject: Reject };

export interface RowMapperOptions {
  headers: string[];
  /** The target of each column, in the order of headers. */
  targets: Target[];
  matchBy: IdentityKind;
  fields: FieldDefinition[];
  phoneCountry: string | null;
}

const TAG_SEPARATORS = /[,;、，；]/;
const MAX_TAG = 50;
const MAX_TAGS = 50;
const MAX_NAME = 200;

const YES = new Set(['yes', 'y', 'true', '1', '是', '同意', 'sí', 'si']);
const NO = new Set(['no', 'n', 'false', '0', '否', '不同意']);

const LANGUAGE_WORDS: Record<string, Language> = {
  zh: 'zh-CN',
  'zh-cn': 'zh-CN',
  'zh-hans': 'zh-CN',
  zh_cn: 'zh-CN',
  中文: 'zh-CN',
  简体中文: 'zh-CN',
  chinese: 'zh-CN',
  'zh-tw': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-hant': 'zh-TW',
  zh_tw: 'zh-TW',
  繁體中文: 'zh-TW',
  繁体中文: 'zh-TW',
  en: 'en',
  english: 'en',
  英文: 'en',
  英语: 'en',
  inglés: 'en',
  ingles: 'en',
  es: 'es',
  spanish: 'es',
  español: 'es',
  espanol: 'es',
  西班牙语: 'es',
  西班牙語: 'es',
};
for (const l of LANGUAGES) LANGUAGE_WORDS[l.toLowerCase()] = l;

const CHANNEL_WORDS: Record<string, ConsentChannel> = {
  email: 'email',
  'e-mail': 'email',
  邮件: 'email',
  电子邮件: 'email',
  correo: 'email',
  sms: 'sms',
  短信: 'sms',
  text: 'sms',
  wechat: 'wechat',
  微信: 'wechat',
  weixin: 'wechat',
  phone: 'phone',
  电话: 'phone',
  teléfono: 'phone',
  telefono: 'phone',
  call: 'phone',
};

/** IANA names by their lower case: a spreadsheet's "asia/shanghai" is Asia/Shanghai. */
const TIME_ZONES = new Map([...IANA_TIME_ZONES].map((z) => [z.toLowerCase(), z]));

type Cell = { header: string; value: string };
type Step = (candidate: Candidate, cell: Cell) => string | null; // an error message, or null

/** Builds the mapper once per import: the per-row work is then a loop over prepared steps. */
export function rowMapper(opts: RowMapperOptions): (row: number, cells: string[]) => Mapped {
  const fieldByKey = new Map(opts.fields.map((f) => [f.key, f]));
  const matchColumn = opts.targets.findIndex((t) => t.type === 'identity' && t.kind === opts.matchBy);
  const steps = opts.targets.map((t) => stepFor(t, opts, fieldByKey));
  const width = opts.headers.length;

  return (row, cells) => {
    const reject = (code: Reject['code'], field: string | null, message: string): Mapped => ({
      ok: false,
      reject: { row, code, field, message, cells },
    });
    if (cells.length !== width) {
      return reject('column_count', null, `Expected ${width} columns, found ${cells.length}.`);
    }
    const header = opts.headers[matchColumn]!;
    const raw = cells[matchColumn]!.trim();
    if (!raw) return reject('missing_match_value', header, `No ${opts.matchBy} to match the customer by.`);
    const key = normaliseIdentity(opts.matchBy, raw, opts.phoneCountry);
    if (!key.ok) return reject('invalid_value', header, key.message);

    const candidate: Candidate = {
      row,
      cells,
      key: key.value,
      name: null,
      attributes: {},
      tags: null,
      language: null,
      timeZone: null,
      preferredChannel: null,
      consent: {},
      identities: [],
    };
    for (let i = 0; i < width; i++) {
      const step = steps[i];
      if (!step || i === matchColumn) continue;
      const value = cells[i]!.trim();
      if (!value) continue;
      const error = step(candidate, { header: opts.headers[i]!, value });
      if (error) return reject('invalid_value', opts.headers[i]!, error);
    }
    return { ok: true, candidate };
  };
}

function stepFor(target: Target, opts: RowMapperOptions, fields: Map<string, FieldDefinition>): Step | null {
  switch (target.type) {
    case 'ignore':
      return null;
    case 'name':
      return (c, { value }) => {
        if (value.length > MAX_NAME) return `Longer than ${MAX_NAME} characters.`;
        c.name = value;
        return null;
      };
    case 'identity':
      return (c, { header, value }) => {
        const n = normaliseIdentity(target.kind, value, opts.phoneCountry);
        if (!n.ok) return n.message;
        c.identities.push({ kind: target.kind, value: n.value, column: header });
        return null;
      };
    case 'tags':
      return (c, { value }) => {
        const tags = [
          ...new Set(
            value
              .split(TAG_SEPARATORS)
              .map((t) => t.trim())
              .filter(Boolean),
          ),
        ];
        if (tags.some((t) => t.length > MAX_TAG)) return `A tag is longer than ${MAX_TAG} characters.`;
        if (tags.length > MAX_TAGS) return `More than ${MAX_TAGS} tags.`;
        c.tags = tags;
        return null;
      };
    case 'language':
      return (c, { value }) => {
        const language = LANGUAGE_WORDS[value.toLowerCase()];
        if (!language) return `Not a language Rapport knows: use one of ${LANGUAGES.join(', ')}.`;
        c.language = language;
        return null;
      };
    case 'time_zone':
      return (c, { value }) => {
        const zone = TIME_ZONES.get(value.toLowerCase());
        if (!zone) return 'Not an IANA time zone: write it like Asia/Shanghai or America/Mexico_City.';
        c.timeZone = zone;
        return null;
      };
    case 'preferred_channel':
      return (c, { value }) => {
        const channel = CHANNEL_WORDS[value.toLowerCase()];
        if (!channel) return 'Not a channel: use email, sms, wechat or phone.';
        c.preferredChannel = channel;
        return null;
      };
    case 'consent':
      return (c, { value }) => {
        const v = value.toLowerCase();
        if (YES.has(v)) c.consent[target.channel] = 'granted';
        else if (NO.has(v)) c.consent[target.channel] = 'withdrawn';
        else return 'Expected yes or no (true/false, 1/0, 是/否, sí/no).';
        return null;
      };
    case 'attribute': {
      const field = fields.get(target.key);
      if (!field) throw new Error(`attribute.${target.key}: the mapping was checked against the fields`);
      return (c, { value }) => {
        const coerced = coerceAttribute(field, spreadsheetValue(field, value));
        if ('error' in coerced) return coerced.error;
        c.attributes[target.key] = coerced.value;
        return null;
      };
    }
  }
}

/**
 * Spreadsheets say TRUE, Yes or 是 for a boolean and 2024/3/5 for a date; the fields want
 * true/false and 2024-03-05.
 */
function spreadsheetValue(field: FieldDefinition, value: string): string {
  if (field.type === 'boolean') {
    const v = value.toLowerCase();
    return YES.has(v) ? 'true' : NO.has(v) ? 'false' : value;
  }
  if (field.type === 'date') {
    const m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(value);
    if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  }
  return value;
}
