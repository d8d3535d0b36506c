// One question as HTML: a <fieldset> per question (so display logic can hide and disable it in one
// place), a <legend> for groups of controls or a <label> for a single one, the error linked with
// aria-describedby. Fields are named and prefilled through common/survey/form-fields.ts.
import type {
  LocalizedText,
  LogicContext,
  Question,
  QuestionOf,
  SurveyDefinition,
} from '../../../common/survey/definition';
import { fieldName, OTHER, writeFields } from '../../../common/survey/form-fields';
import { localize, own, pipe } from '../../../common/survey/logic';
import { MAX_OTHER_LENGTH } from '../../../common/survey/check-answer';
import { scaleOf } from '../../../common/survey/scales';
import type { SafeHtml } from './html';
import { attrs, markup } from './html';
import type { PageTextId } from './texts';
import { errorTextId, fillText, pageText } from './texts';

export interface RenderContext {
  def: SurveyDefinition;
  language: string;
  logic: LogicContext;
}

export const t = (rc: RenderContext, id: PageTextId, vars?: Record<string, string | number>) =>
  vars ? fillText(pageText(rc.language, id), vars) : pageText(rc.language, id);

/** Survey text in the page's language, piped; the raw template rides along so the script re-pipes. */
export function localText(rc: RenderContext, text: LocalizedText | undefined): SafeHtml {
  const raw = localize(text, rc.language, rc.def);
  if (raw.indexOf('{{') < 0) return markup`${raw}`;
  return markup`<span data-tpl="${raw}">${pipe(raw, rc.logic, rc.def, rc.language)}</span>`;
}

/** The same text as plain text (the document title, the error summary). */
export function plainText(rc: RenderContext, text: LocalizedText | undefined): string {
  return pipe(localize(text, rc.language, rc.def), rc.logic, rc.def, rc.language);
}

export interface QuestionState {
  visible: boolean;
  /** An answer error code (check-answer.ts) to show, if any. */
  error?: string;
}

/** What every type's body needs: the prefilled fields, ids and the shared control attributes. */
interface Scope {
  rc: RenderContext;
  q: Question;
  checked: (name: string, value: string) => boolean;
  valueOf: (name: string) => string;
  /** aria-describedby of the question: description, hint and error. */
  describedBy: string;
  invalid: boolean;
}

export function renderQuestion(rc: RenderContext, q: Question, state: QuestionState): SafeHtml {
  const pairs = writeFields(q, own(rc.logic.answers, q.id));
  const hint = hintOf(rc, q);
  const describedBy = [q.description ? `d-${q.id}` : '', hint ? `h-${q.id}` : '', `e-${q.id}`]
    .filter((s) => s !== '')
    .join(' ');
  const s: Scope = {
    rc,
    q,
    checked: (name, value) => pairs.some(([n, v]) => n === name && v === value),
    valueOf: (name) => pairs.filter(([n]) => n === name).map(([, v]) => v)[0] ?? '',
    describedBy,
    invalid: state.error !== undefined,
  };
  const single = isSingleControl(q);
  const required = q.required ? markup` <span class="req">${t(rc, 'required')}</span>` : '';
  const title = markup`<span class="qt">${localText(rc, q.title)}</span>${required}`;
  // Consent is one checkbox whose label is the title; single inputs get a label; groups a legend.
  const head =
    q.type === 'consent'
      ? body(s, title)
      : single
        ? markup`<label class="ql" for="i-${q.id}">${title}</label>`
        : markup`<legend class="ql">${title}</legend>`;
  const description = q.description
    ? markup`<p class="qd" id="d-${q.id}">${localText(rc, q.description)}</p>`
    : '';
  const hintLine = hint ? markup`<p class="hint" id="h-${q.id}">${hint}</p>` : '';
  const message = state.error !== undefined ? t(rc, errorTextId(q, state.error)) : '';
  const box = attrs({
    hidden: !state.visible,
    disabled: !state.visible,
    'aria-describedby': single || q.type === 'consent' ? null : describedBy,
  });
  return markup`<fieldset class="q" id="q-${q.id}" data-q="${q.id}"${box}>${head}${description}${hintLine}${
    q.type === 'consent' ? '' : body(s, title)
  }<p class="err" id="e-${q.id}">${message}</p></fieldset>`;
}

const isSingleControl = (q: Question) =>
  q.type === 'text' || q.type === 'number' || q.type === 'date' || q.type === 'dropdown';

function hintOf(rc: RenderContext, q: Question): string {
  const range = (min: unknown, max: unknown, low: PageTextId, high: PageTextId) =>
    min !== undefined && max !== undefined
      ? t(rc, 'between', { min: String(min), max: String(max) })
      : min !== undefined
        ? t(rc, low, { min: String(min) })
        : max !== undefined
          ? t(rc, high, { max: String(max) })
          : '';
  switch (q.type) {
    case 'multiple_choice': {
      const min = q.minPicks !== undefined && q.minPicks > 1 ? q.minPicks : undefined;
      if (min !== undefined && q.maxPicks !== undefined) return t(rc, 'pickRange', { min, max: q.maxPicks });
      return range(min, q.maxPicks, 'pickMin', 'pickMax');
    }
    case 'ranking':
      return t(rc, 'rankHint');
    case 'number':
      return range(q.min, q.max, 'atLeast', 'atMost');
    case 'date':
      return range(q.min, q.max, 'from', 'until');
    default:
      return '';
  }
}

/** Attributes every answer control shares. */
function control(s: Scope, extra: Record<string, string | number | boolean | undefined>): SafeHtml {
  return attrs({ ...extra, 'aria-invalid': s.invalid ? 'true' : undefined });
}

function body(s: Scope, title: SafeHtml): SafeHtml {
  const { q } = s;
  switch (q.type) {
    case 'nps':
    case 'csat':
    case 'ces': {
      const scale = scaleOf(q) ?? { min: 0, max: 10 };
      return scaleButtons(s, fieldName(q), scale.min, scale.max, 'numbers');
    }
    case 'rating':
      return scaleButtons(s, fieldName(q), 1, q.points, q.display);
    case 'single_choice':
    case 'multiple_choice':
      return choices(s, q);
    case 'dropdown': {
      const name = fieldName(q);
      const options = q.options.map(
        (o) =>
          markup`<option value="${o.id}"${attrs({ selected: s.checked(name, o.id) })}>${plainText(s.rc, o.label)}</option>`,
      );
      const select = control(s, { required: q.required, 'aria-describedby': s.describedBy });
      return markup`<select id="i-${q.id}" name="${name}"${select}><option value="">${t(s.rc, 'choose')}</option>${options}</select>`;
    }
    case 'ranking':
      return ranking(s, q);
    case 'matrix':
      return matrix(s, q);
    case 'importance_performance':
      return markup`${(['importance', 'performance'] as const).map((part) => {
        const custom = part === 'importance' ? q.importanceLabel : q.performanceLabel;
        const legend = custom ? localText(s.rc, custom) : t(s.rc, part);
        const scale = scaleButtons(s, fieldName(q, part), 1, q.points, 'numbers');
        return markup`<fieldset class="sub"><legend>${legend}</legend>${scale}</fieldset>`;
      })}`;
    case 'text':
      return textInput(s, q);
    case 'number': {
      const input = control(s, {
        inputmode: q.integer && (q.min ?? -1) >= 0 ? 'numeric' : 'decimal',
        autocomplete: 'off',
        required: q.required,
        'aria-describedby': s.describedBy,
      });
      return markup`<input type="text" id="i-${q.id}" name="${fieldName(q)}" value="${s.valueOf(fieldName(q))}"${input}>`;
    }
    case 'date': {
      const input = control(s, {
        min: q.min,
        max: q.max,
        required: q.required,
        'aria-describedby': s.describedBy,
      });
      return markup`<input type="date" id="i-${q.id}" name="${fieldName(q)}" value="${s.valueOf(fieldName(q))}"${input}>`;
    }
    case 'contact':
      return contact(s, q);
    case 'consent': {
      const box = control(s, {
        checked: s.checked(fieldName(q), 'yes'),
        required: q.required,
        'aria-describedby': s.describedBy,
      });
      return markup`<label class="ck" for="i-${q.id}"><input type="checkbox" id="i-${q.id}" name="${fieldName(q)}" value="yes"${box}>${title}</label>`;
    }
  }
}

const SMILEYS = ['😠', '🙁', '😐', '🙂', '😀'];

/** Radio buttons styled as a row of buttons: numbers, stars or faces. */
function scaleButtons(
  s: Scope,
  name: string,
  min: number,
  max: number,
  display: 'numbers' | 'stars' | 'smileys',
): SafeHtml {
  const values: number[] = [];
  for (let v = min; v <= max; v++) values.push(v);
  const chosen = Number(s.valueOf(name));
  const kind = display === 'stars' ? ' st' : display === 'smileys' ? ' sm' : '';
  const face = (v: number) => {
    if (display === 'numbers') return markup`${v}`;
    const glyph = display === 'stars' ? '★' : SMILEYS[Math.round(((v - min) * 4) / Math.max(1, max - min))];
    return markup`<i aria-hidden="true">${glyph}</i><i class="sr">${t(s.rc, 'ofScale', { n: v, max })}</i>`;
  };
  const buttons = values.map((v) => {
    const label = attrs({ class: display === 'stars' && v <= chosen ? 'on' : undefined });
    const input = control(s, { checked: s.checked(name, String(v)), required: s.q.required });
    return markup`<label${label}><input type="radio" name="${name}" value="${v}"${input}><span class="b">${face(v)}</span></label>`;
  });
  return markup`<div class="sc n${values.length}${kind}">${buttons}</div>`;
}

function choices(s: Scope, q: QuestionOf<'single_choice'> | QuestionOf<'multiple_choice'>): SafeHtml {
  const type = q.type === 'single_choice' ? 'radio' : 'checkbox';
  const name = fieldName(q);
  const required = q.type === 'single_choice' && q.required;
  const option = (value: string, label: SafeHtml | string) => {
    const input = control(s, { checked: s.checked(name, value), required });
    return markup`<label class="op"><input type="${type}" name="${name}" value="${value}"${input}><span>${label}</span></label>`;
  };
  const otherName = fieldName(q, 'other');
  const otherText = attrs({ 'aria-label': t(s.rc, 'other'), maxlength: MAX_OTHER_LENGTH });
  const other = q.other
    ? markup`${option(OTHER, t(s.rc, 'other'))}<input type="text" class="ot" name="${otherName}" value="${s.valueOf(otherName)}"${otherText}>`
    : '';
  return markup`<div class="ch">${q.options.map((o) => option(o.id, localText(s.rc, o.label)))}${other}</div>`;
}

function ranking(s: Scope, q: QuestionOf<'ranking'>): SafeHtml {
  const ranks: number[] = q.options.map((_o, i) => i + 1);
  const rows = q.options.map((o) => {
    const name = fieldName(q, o.id);
    const id = `i-${q.id}-${o.id}`;
    const choices = ranks.map(
      (r) => markup`<option${attrs({ selected: s.checked(name, String(r)) })}>${r}</option>`,
    );
    const select = control(s, { required: q.required });
    return markup`<div class="rr"><label for="${id}">${localText(s.rc, o.label)}</label><select id="${id}" name="${name}"${select}><option value="">–</option>${choices}</select></div>`;
  });
  return markup`<div class="rk">${rows}</div>`;
}

/** A table of radios on wide screens; CSS stacks it per row on phones, showing each cell's label. */
function matrix(s: Scope, q: QuestionOf<'matrix'>): SafeHtml {
  const col = (i: number) => `m-${q.id}--${i}`;
  const header = q.scale.map(
    (p, i) => markup`<th scope="col" id="${col(i)}">${localText(s.rc, p.label)}</th>`,
  );
  const rows = q.rows.map((row) => {
    const name = fieldName(q, row.id);
    const rowId = `m-${q.id}-${row.id}`;
    const cells = q.scale.map((p, i) => {
      const input = control(s, {
        checked: s.checked(name, String(p.value)),
        required: q.required,
        'aria-labelledby': `${rowId} ${col(i)}`,
      });
      return markup`<td><label><input type="radio" name="${name}" value="${p.value}"${input}><span class="b">${localText(s.rc, p.label)}</span></label></td>`;
    });
    return markup`<tr><th scope="row" id="${rowId}">${localText(s.rc, row.label)}</th>${cells}</tr>`;
  });
  return markup`<table class="mx"><thead><tr><td></td>${header}</tr></thead><tbody>${rows}</tbody></table>`;
}

function textInput(s: Scope, q: QuestionOf<'text'>): SafeHtml {
  const common = control(s, {
    id: `i-${q.id}`,
    name: fieldName(q),
    maxlength: q.maxLength,
    required: q.required,
    'aria-describedby': s.describedBy,
  });
  const value = s.valueOf(fieldName(q));
  // HTML drops a newline right after <textarea>: write one so the value's own first line survives.
  return q.multiline
    ? markup`<textarea rows="4"${common}>\n${value}</textarea>`
    : markup`<input type="text" value="${value}"${common}>`;
}

function contact(s: Scope, q: QuestionOf<'contact'>): SafeHtml {
  const field = (part: 'email' | 'phone') => {
    const id = `i-${q.id}-${part}`;
    const name = fieldName(q, part);
    const input = control(s, {
      type: part === 'email' ? 'email' : 'tel',
      autocomplete: part === 'email' ? 'email' : 'tel',
      maxlength: part === 'email' ? 254 : 20,
    });
    return markup`<label class="sl" for="${id}">${t(s.rc, part)}</label><input id="${id}" name="${name}" value="${s.valueOf(name)}"${input}>`;
  };
  return markup`${q.email ? field('email') : ''}${q.phone ? field('phone') : ''}`;
}
