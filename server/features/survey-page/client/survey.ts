/// <reference lib="dom" />
// The survey page with JavaScript: pages change in place with the same logic engine the server
// runs (common/survey/logic.ts), answers are checked as they are given, progress is kept on the
// device and posted to the intake, and the final answers are sent with retries.
import type { Answers, Question } from '../../../../common/survey/definition';
import { own } from '../../../../common/survey/condition';
import { FORM_FIELDS } from '../../../../common/survey/form-fields';
import { chooseEnding, nextStep, pipe, visibleQuestions, walkSurvey } from '../../../../common/survey/logic';
import { validateSubmission } from '../../../../common/survey/validate-answers';
import type { SurveyPageConfig } from '../page-config';
import { CONFIG_ELEMENT_ID, FORM_ID, STATUS_ID } from '../page-config';
import { errorTextId, fillText } from '../text-keys';
import type { Control } from './dom';
import { byId, each, readForm, writeForm } from './dom';
import type { ProgressStore } from './progress-store';
import { progressStore } from './progress-store';
import { COMPLETE_EVENT } from './frame-messages';

/** One save as the intake takes it (POST /s/:key/responses). */
export interface SubmitBody {
  idempotencyKey: string;
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  language: string;
  complete: boolean;
  currentPage: string;
  pageSeconds: Record<string, number>;
}

/** What a host page (the kiosk) changes: where the finished response goes, and what follows the ending. */
export interface SurveyPageHooks {
  /** Takes the complete response instead of the intake; the ending shows once it resolves. */
  complete?: (response: SubmitBody) => Promise<void>;
  /** The ending is showing. */
  ended?: () => void;
}

export interface SurveyPageControl {
  /** Back to the first page with no answers, as a new attempt with this idempotency key. */
  reset(session: string): void;
}

export function start(): void {
  const el = byId(CONFIG_ELEMENT_ID);
  if (!el || typeof fetch !== 'function' || typeof FormData !== 'function' || !FormData.prototype.getAll)
    return;
  const cfg = JSON.parse(el.textContent || '') as SurveyPageConfig;
  const store = progressStore(cfg.key);
  const form = byId<HTMLFormElement>(FORM_ID);
  if (cfg.page === null || !form) {
    if (cfg.mode === 'live') store.clear(); // an ending: this survey is done on this device
    return;
  }
  surveyPage(cfg, form, store);
}

export function surveyPage(
  cfg: SurveyPageConfig,
  form: HTMLFormElement,
  store: ProgressStore,
  hooks: SurveyPageHooks = {},
): SurveyPageControl {
  const def = cfg.definition;
  const T = cfg.texts;
  const live = cfg.mode === 'live';
  const questions: Record<string, Question> = {};
  const pageOf: Record<string, string> = {};
  def.pages.forEach((p) =>
    p.questions.forEach((q) => {
      questions[q.id] = q;
      pageOf[q.id] = p.id;
    }),
  );
  let answers: Record<string, unknown> = { ...cfg.answers };
  let session = cfg.session;
  let current = cfg.page as string;
  let busy = false;
  let clicked = '';
  let shownAt = Date.now();
  const seconds: Record<string, number> = {};
  /** Error codes shown now, by question id. */
  const shown: Record<string, string> = {};

  const field = (name: string) => form.querySelector(`[name="${name}"]`) as HTMLInputElement | null;
  const section = (page: string) => form.querySelector(`section[data-page="${page}"]`) as HTMLElement | null;
  const questionsOn = (page: string) =>
    (def.pages.filter((p) => p.id === page)[0] || { questions: [] }).questions;
  const ctx = () => ({ answers: answers as Answers, hidden: cfg.hidden });
  const navButton = (value: string) =>
    form.querySelector(`button[value="${value}"]`) as HTMLButtonElement | null;
  const status = (text: string) => {
    const box = byId(STATUS_ID);
    if (box) box.textContent = text;
  };

  /** Reads the current page, applies display logic (which may enable more fields) until stable. */
  function read(): void {
    for (let round = 0; round < 20; round++) {
      const raw = readForm(form, questionsOn(current));
      for (const q of questionsOn(current)) {
        delete answers[q.id];
        if (own(raw, q.id) !== undefined) answers[q.id] = raw[q.id];
      }
      const visible = visibleQuestions(def, current, ctx()).map((q) => q.id);
      let changed = false;
      for (const q of questionsOn(current)) {
        const box = byId<HTMLFieldSetElement>('q-' + q.id);
        const show = visible.indexOf(q.id) >= 0;
        if (!box || box.hidden !== show) continue;
        box.hidden = box.disabled = !show;
        if (!show) setError(q, undefined);
        changed = true;
      }
      if (!changed) return;
    }
  }

  function refresh(): void {
    read();
    each<HTMLElement>(document, '[data-tpl]', (e) => {
      e.textContent = pipe(e.getAttribute('data-tpl') || '', ctx(), def, cfg.language);
    });
    each<HTMLElement>(form, '.st', (group) => {
      const on = group.querySelector('input:checked') as HTMLInputElement | null;
      each<HTMLInputElement>(group, 'input', (i) => {
        (i.parentNode as HTMLElement).classList.toggle('on', !!on && Number(i.value) <= Number(on.value));
      });
    });
    const path = walkSurvey(def, answers, cfg.hidden).pages;
    const index = path.indexOf(current);
    const n = index + 1 || 1;
    const total = Math.max(path.length, n);
    const text = fillText(T.progress || '', { n, total });
    const percent = Math.round(((n - 1) * 100) / total);
    const next = navButton('next');
    const back = navButton('back');
    if (next) next.textContent = T['end' in nextStep(def, current, ctx()) ? 'submit' : 'next'] || '';
    if (back) back.hidden = index <= 0;
    each<HTMLElement>(document, '.bar', (bar) => {
      bar.setAttribute('aria-valuenow', String(percent));
      bar.setAttribute('aria-valuetext', text);
      (bar.firstElementChild as HTMLElement).style.width = percent + '%';
    });
    each<HTMLElement>(document, '.pn', (p) => (p.textContent = text));
    each<HTMLElement>(form, '.pt.sr', (h) => (h.textContent = text));
    if (live) store.save({ session, answers, page: current });
  }

  function setError(q: Question, code: string | undefined): void {
    const box = byId('e-' + q.id);
    if (box) box.textContent = code ? T[errorTextId(q, code)] || '' : '';
    if (code) shown[q.id] = code;
    else delete shown[q.id];
    const wrap = byId('q-' + q.id);
    if (wrap)
      each<Control>(wrap, 'input,select,textarea', (c) =>
        code ? c.setAttribute('aria-invalid', 'true') : c.removeAttribute('aria-invalid'),
      );
  }

  /** Error codes by question id; `complete` adds the required checks. */
  function errors(complete: boolean): Record<string, string> {
    const result = validateSubmission(def, { answers, hidden: cfg.hidden }, { complete });
    const found: Record<string, string> = {};
    if (!result.ok)
      for (const e of result.errors) if (own(found, e.questionId) === undefined) found[e.questionId] = e.code;
    return found;
  }

  function focusQuestion(q: Question): void {
    const c = byId('q-' + q.id);
    const target = c && (c.querySelector('input:not([type=hidden]),select,textarea') as HTMLElement | null);
    if (target) target.focus();
  }

  function tick(): void {
    seconds[current] = (seconds[current] || 0) + (Date.now() - shownAt) / 1000;
    shownAt = Date.now();
  }

  function show(page: string): void {
    const from = section(current);
    const to = section(page);
    if (!from || !to) return;
    tick();
    from.hidden = true;
    (from.firstElementChild as HTMLFieldSetElement).disabled = true;
    to.hidden = false;
    (to.firstElementChild as HTMLFieldSetElement).disabled = false;
    current = page;
    const pageInput = field(FORM_FIELDS.page);
    if (pageInput) pageInput.value = page;
    const summary = form.querySelector('.es');
    if (summary) summary.parentNode!.removeChild(summary);
    refresh();
    const heading = to.querySelector('.pt') as HTMLElement | null;
    if (heading) heading.focus();
  }

  function body(complete: boolean): SubmitBody {
    tick();
    const pageSeconds: Record<string, number> = {};
    for (const id of Object.keys(seconds)) pageSeconds[id] = Math.round(seconds[id] || 0);
    return {
      idempotencyKey: session,
      answers: walkSurvey(def, answers, cfg.hidden).answers,
      hidden: cfg.hidden,
      language: cfg.language,
      complete,
      currentPage: current,
      pageSeconds,
    };
  }

  function post(complete: boolean): Promise<Response> {
    return fetch(cfg.intake, {
      method: 'POST',
      credentials: 'same-origin',
      keepalive: !complete,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body(complete)),
    });
  }

  /** The attempt has a row on the server: the page resumed one, or a partial save went out. */
  let onServer = Object.keys(cfg.answers).length > 0;

  /** A partial save: fire and forget (the page keeps the answers on the device as well). */
  function savePartial(): void {
    if (!live) return;
    // Someone who only looked (nothing answered, still on the first page) leaves no response behind.
    const walk = walkSurvey(def, answers, cfg.hidden);
    if (!onServer && current === walk.pages[0] && Object.keys(walk.answers).length === 0) return;
    onServer = true;
    post(false).catch(() => undefined);
  }

  function next(): void {
    read();
    const found = errors(true);
    let first: Question | undefined;
    for (const q of visibleQuestions(def, current, ctx())) {
      setError(q, own(found, q.id));
      if (!first && own(found, q.id)) first = q;
    }
    if (first) return focusQuestion(first);
    const step = nextStep(def, current, ctx());
    if ('page' in step) {
      show(step.page);
      savePartial();
    } else void submit();
  }

  function back(): void {
    const path = walkSurvey(def, answers, cfg.hidden).pages;
    const index = path.indexOf(current);
    if (index > 0) show(path[index - 1] as string);
  }

  function setBusy(on: boolean): void {
    busy = on;
    each<HTMLButtonElement>(form, 'button', (b) => (b.disabled = on));
  }

  async function submit(): Promise<void> {
    if (hooks.complete) {
      setBusy(true);
      const kept = await hooks.complete(body(true)).then(
        () => true,
        () => false,
      );
      setBusy(false);
      return kept ? finish(chooseEnding(def, ctx())) : status(T.sendFailed || '');
    }
    if (!live) return finish(chooseEnding(def, ctx()));
    setBusy(true);
    status(T.sending || '');
    for (let wait = 1000; ; wait = Math.min(wait * 2, 30000)) {
      const res = await post(true).catch(() => null);
      if (res && res.ok) {
        const reply = (await res.json().catch(() => null)) as { ending?: unknown } | null;
        return finish(reply && typeof reply.ending === 'string' ? reply.ending : chooseEnding(def, ctx()));
      }
      if (res && res.status < 500 && res.status !== 408 && res.status !== 429) {
        setBusy(false);
        return refused(await res.json().catch(() => null));
      }
      status(T.retrying || '');
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** A 4xx reply: errors at their questions ({error: {field: 'answers.<id>', code, details}}), else a line. */
  function refused(reply: unknown): void {
    const error = (reply && (reply as { error?: unknown }).error) as
      { code?: string; field?: string; details?: { field?: string; code?: string }[] } | undefined;
    const faults = error ? (Array.isArray(error.details) ? error.details : [error]) : [];
    let first: Question | undefined;
    for (const f of faults) {
      const m = /^answers\.([a-z0-9_]+)/.exec(String(f.field || ''));
      const q = m ? own(questions, m[1] as string) : undefined;
      if (!q) continue;
      if (!first) {
        first = q;
        if (pageOf[q.id] !== current) show(pageOf[q.id] as string);
      }
      setError(q, String(f.code || ''));
    }
    status(first ? '' : T[messageFor(error && error.code)] || '');
    if (first) focusQuestion(first);
  }

  function finish(ending: string): void {
    const target = document.querySelector(`[data-ending="${ending}"]`) ? ending : chooseEnding(def, ctx());
    form.hidden = true;
    each<HTMLElement>(document, '.prog', (p) => (p.hidden = true));
    refresh(); // re-pipes the ending's text
    if (live) store.clear();
    // A website's widget hears of it (frame-messages.ts) and closes.
    if (live) document.dispatchEvent(new CustomEvent(COMPLETE_EVENT));
    each<HTMLElement>(document, '[data-ending]', (s) => {
      s.hidden = s.getAttribute('data-ending') !== target;
      if (!s.hidden) (s.querySelector('.pt') as HTMLElement).focus();
    });
    if (hooks.ended) hooks.ended();
  }

  /** The kiosk's loop: the first page again, nothing answered, a new attempt — without a reload. */
  function reset(nextSession: string): void {
    answers = {};
    session = nextSession;
    const sessionInput = field(FORM_FIELDS.session);
    if (sessionInput) sessionInput.value = session;
    for (const id of Object.keys(questions)) {
      writeForm(form, questions[id] as Question, undefined);
      setError(questions[id] as Question, undefined);
    }
    each<HTMLSelectElement>(form, '.rk select', (s) => s.setAttribute('data-v', s.value));
    setBusy(false);
    status('');
    form.hidden = false;
    each<HTMLElement>(document, '.prog', (p) => (p.hidden = false));
    each<HTMLElement>(document, '[data-ending]', (s) => (s.hidden = true));
    show(walkSurvey(def, answers, cfg.hidden).pages[0] || current);
    for (const id of Object.keys(seconds)) delete seconds[id];
    shownAt = Date.now();
  }

  /** Changes that help as the respondent goes: "other" text ticks its box, ranks swap places. */
  function assist(target: Control, type: string): void {
    const wrap = target.closest('[data-q]');
    if (!wrap) return;
    const other = wrap.querySelector('input[value="__other"]') as HTMLInputElement | null;
    const text = wrap.querySelector('.ot') as HTMLInputElement | null;
    if (target === text && other && text.value.trim() !== '') other.checked = true;
    if (target === other && !other.checked && other.type === 'checkbox' && text) text.value = '';
    if (type === 'change' && target.tagName === 'SELECT' && target.closest('.rk')) {
      const previous = target.getAttribute('data-v') || '';
      each<HTMLSelectElement>(wrap, 'select', (s) => {
        if (s !== target && s.value === target.value && target.value !== '') s.value = previous;
        s.setAttribute('data-v', s.value);
      });
    }
  }

  function onInput(e: Event): void {
    const target = e.target as Control;
    assist(target, e.type);
    refresh();
    const wrap = target.closest ? target.closest('[data-q]') : null;
    const q = wrap ? own(questions, wrap.getAttribute('data-q') || '') : undefined;
    // As they type, only an error already shown is updated; leaving a field (change) checks it.
    if (!q || (e.type === 'input' && own(shown, q.id) === undefined)) return;
    setError(q, own(errors(own(shown, q.id) !== undefined), q.id));
  }

  // Progress kept on this device wins when it is this session's, or when the server has none.
  const saved = live ? store.load() : null;
  const serverEmpty = Object.keys(cfg.answers).length === 0 && current === (def.pages[0] && def.pages[0].id);
  if (saved && (saved.session === cfg.session || serverEmpty)) {
    answers = saved.answers;
    session = saved.session || session;
    const sessionInput = field(FORM_FIELDS.session);
    if (sessionInput) sessionInput.value = session;
    for (const id of Object.keys(questions)) writeForm(form, questions[id] as Question, own(answers, id));
  }
  each<HTMLSelectElement>(form, '.rk select', (s) => s.setAttribute('data-v', s.value));
  refresh();
  const path = walkSurvey(def, answers, cfg.hidden).pages;
  if (saved && saved.page !== current && path.indexOf(saved.page) >= 0) show(saved.page);

  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('click', (e) => {
    const button = (e.target as Element).closest ? (e.target as Element).closest('button') : null;
    if (button) clicked = (button as HTMLButtonElement).value;
  });
  form.addEventListener('submit', (e) => {
    const submitter = (e as SubmitEvent).submitter as HTMLButtonElement | null | undefined;
    const nav = (submitter && submitter.value) || clicked || 'next';
    clicked = '';
    if (busy) return e.preventDefault();
    if (nav === 'email_resume') return; // the server sends the link: a plain post
    e.preventDefault();
    try {
      if (nav === 'back') back();
      else next();
    } catch {
      // Something failed half-way: let the server take over with a plain post.
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = FORM_FIELDS.nav;
      input.value = nav;
      form.appendChild(input);
      form.submit();
    }
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') savePartial();
  });
  form.setAttribute('data-ready', '');
  return { reset };
}

function messageFor(code: string | undefined): string {
  if (code === 'survey_closed') return 'closedTitle';
  if (code === 'survey_not_open') return 'notOpenTitle';
  if (code === 'already_responded') return 'alreadyTitle';
  if (code === 'token_required') return 'tokenMessage';
  return 'sendFailed';
}
