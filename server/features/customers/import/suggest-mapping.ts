// The mapping the wizard starts from, guessed from the column names in English, Chinese and
// Spanish ("手机号" → phone, "Correo" → email) and from the workspace's custom fields (a column
// named like a field's key or label → attribute.<key>). Each target is suggested once, for the
// first column that matches it; the rest are ignored until someone says otherwise.
const SYNONYMS: Record<string, string[]> = {
  name: [
    'name',
    'fullname',
    'customername',
    'customer',
    '姓名',
    '名字',
    '客户名称',
    '客户姓名',
    '顾客姓名',
    '名称',
    'nombre',
    'nombrecompleto',
    'cliente',
  ],
  phone: [
    'phone',
    'phonenumber',
    'mobile',
    'mobilephone',
    'mobilenumber',
    'cell',
    'cellphone',
    'tel',
    'telephone',
    '手机',
    '电话',
    '手机号',
    '手机号码',
    '电话号码',
    '联系电话',
    '移动电话',
    '手機',
    '電話',
    'teléfono',
    'telefono',
    'móvil',
    'movil',
    'celular',
    'númerodeteléfono',
    'numerodetelefono',
  ],
  email: [
    'email',
    'mail',
    'emailaddress',
    '邮箱',
    '电子邮件',
    '电子邮箱',
    '邮件',
    '郵箱',
    '電子郵件',
    'correo',
    'correoelectrónico',
    'correoelectronico',
  ],
  member_id: [
    'memberid',
    'membershipid',
    'membernumber',
    'membercard',
    'membercardnumber',
    'loyaltyid',
    'loyaltynumber',
    '会员号',
    '会员卡号',
    '会员编号',
    '会员id',
    '會員號',
    '會員卡號',
    'númerodesocio',
    'numerodesocio',
    'socio',
    'idsocio',
    'tarjetadesocio',
  ],
  wechat_openid: ['openid', 'wechatopenid', '微信openid'],
  wechat_unionid: ['unionid', 'wechatunionid', '微信unionid'],
  external_id: [
    'externalid',
    'customerid',
    'crmid',
    '客户编号',
    '客户id',
    '客户号',
    'idcliente',
    'idexterno',
  ],
  tags: ['tags', 'tag', 'labels', '标签', '標籤', 'etiquetas', 'etiqueta'],
  language: ['language', 'lang', 'locale', '语言', '語言', 'idioma'],
  time_zone: ['timezone', 'tz', '时区', '時區', 'zonahoraria', 'husohorario'],
  preferred_channel: [
    'preferredchannel',
    'channel',
    '首选渠道',
    '偏好渠道',
    '渠道',
    'canal',
    'canalpreferido',
  ],
  'consent.email': [
    'emailconsent',
    'consentemail',
    '邮件同意',
    '邮件营销同意',
    'consentimientoemail',
    'consentimientocorreo',
  ],
  'consent.sms': ['smsconsent', 'consentsms', '短信同意', '短信营销同意', 'consentimientosms'],
  'consent.wechat': ['wechatconsent', 'consentwechat', '微信同意', 'consentimientowechat'],
  'consent.phone': [
    'phoneconsent',
    'consentphone',
    '电话同意',
    'consentimientotelefono',
    'consentimientoteléfono',
  ],
};

/** Lower case, without spaces and punctuation: "E-mail Address" → "emailaddress". */
const normalise = (s: string) => s.toLowerCase().replace(/[\s_\-.:：()（）/#]+/g, '');

const BY_NAME = new Map<string, string>(
  Object.entries(SYNONYMS).flatMap(([target, names]) => [
    [normalise(target), target] as const,
    ...names.map((n) => [normalise(n), target] as const),
  ]),
);

export function suggestMapping(
  headers: string[],
  fields: { key: string; label: string }[],
): Record<string, string> {
  const byField = new Map<string, string>();
  for (const f of fields) {
    byField.set(normalise(f.key), `attribute.${f.key}`);
    byField.set(normalise(`attribute.${f.key}`), `attribute.${f.key}`);
    byField.set(normalise(f.label), `attribute.${f.key}`);
  }
  const taken = new Set<string>();
  const mapping: Record<string, string> = {};
  for (const header of headers) {
    const key = normalise(header);
    const guess = BY_NAME.get(key) ?? byField.get(key);
    if (guess && !taken.has(guess)) {
      taken.add(guess);
      mapping[header] = guess;
    } else {
      mapping[header] = 'ignore';
    }
  }
  return mapping;
}
