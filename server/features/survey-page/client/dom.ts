/// <reference lib="dom" />
// Small DOM helpers for the survey page's script, and the bridge between form controls and
// answers (common/survey/form-fields.ts). Old WebViews: no :has(), no NodeList iteration by for…of.
import type { Question } from '../../../../common/survey/definition';
import { fieldNames, readAnswers, writeFields } from '../../../../common/survey/form-fields';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export const byId = <T extends HTMLElement = HTMLElement>(id: string) =>
  document.getElementById(id) as T | null;

export function each<T extends Element>(root: ParentNode, selector: string, fn: (el: T) => void): void {
  const list = root.querySelectorAll(selector);
  for (let i = 0; i < list.length; i++) fn(list[i] as T);
}

/** Raw answers of `questions` from the form's enabled controls (FormData skips disabled ones). */
export function readForm(form: HTMLFormElement, questions: Question[]): Record<string, unknown> {
  const data = new FormData(form);
  return readAnswers(questions, (name) =>
    data.getAll(name).filter((v): v is string => typeof v === 'string'),
  );
}

/** Sets a question's controls to show `value` (undefined clears them). */
export function writeForm(form: HTMLFormElement, q: Question, value: unknown): void {
  const names = fieldNames(q);
  const pairs = writeFields(q, value);
  for (let i = 0; i < form.elements.length; i++) {
    const c = form.elements[i] as Control;
    if (names.indexOf(c.name) < 0) continue;
    const values = pairs.filter((p) => p[0] === c.name).map((p) => p[1]);
    if (c.type === 'radio' || c.type === 'checkbox')
      (c as HTMLInputElement).checked = values.indexOf(c.value) >= 0;
    else c.value = values[0] || '';
  }
}
