// HTML by construction: every value put into markup`…` is escaped unless it is already SafeHtml,
// so survey texts, option labels, hidden values and answers can never become markup. (Not named
// `html`: Prettier would reformat such templates as HTML and change the page's whitespace.)

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

type Part = SafeHtml | string | number | boolean | null | undefined | Part[];

function render(part: Part): string {
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false || part === true) return '';
  return escapeHtml(String(part));
}

/** A template whose interpolations are escaped; arrays are joined; null, undefined and booleans vanish. */
export function markup(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Attributes: `true` writes a bare attribute, false/null/undefined none, anything else name="value". */
export function attrs(list: Record<string, string | number | boolean | null | undefined>): SafeHtml {
  let out = '';
  for (const name of Object.keys(list)) {
    const v = list[name];
    if (v === true) out += ` ${name}`;
    else if (v !== false && v !== null && v !== undefined) out += ` ${name}="${escapeHtml(String(v))}"`;
  }
  return new SafeHtml(out);
}

/** JSON for <script type="application/json">: `<` and line separators escaped, so it cannot end the element. */
export function jsonForScript(value: unknown): SafeHtml {
  return new SafeHtml(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}
