// What zod cannot know about a dashboard's widgets: their ids are unique, the questions, items and
// options they name exist in their survey, and each metric fits its question (an NPS metric on an
// NPS question, a matrix row for a matrix…). The first fault is a 400 naming the field, e.g.
// `widgets.3.config.metric.questionId`. Returns the widgets as stored.
import type { Scale } from '../../../../common/analytics/metrics';
import type { MetricSpec } from '../../../../common/analytics/query';
import { CHOICE_TYPES, type Widget } from '../../../../common/analytics/widgets';
import type { Tx } from '../../../db/database';
import { AppError, badRequest } from '../../../platform/errors';
import { resolveMeasured } from '../query/measured';
import { loadAnalyticsQuestions, type AnalyticsQuestion } from '../scope/questions';
import { existingSurveyIds } from './store';

export class WidgetFault extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Checks the widgets of a survey's dashboard (surveyId given: widgets measure it) or of the
 * workspace overview (surveyId null: each widget names its own survey of this workspace).
 */
export async function checkWidgets(
  tx: Tx,
  workspaceId: string,
  surveyId: string | null,
  widgets: readonly Widget[],
): Promise<Widget[]> {
  const seen = new Set<string>();
  for (const [i, w] of widgets.entries()) {
    if (seen.has(w.id)) throw badRequest(`Two widgets have the id "${w.id}".`, `widgets.${i}.id`);
    seen.add(w.id);
  }
  const questionsOf = await surveyQuestions(tx, workspaceId, surveyId, widgets);
  return widgets.map((w, i) => {
    const at = (field: string) => `widgets.${i}.${field}`;
    const target = surveyId ?? w.config.surveyId;
    if (surveyId !== null && w.config.surveyId !== undefined && w.config.surveyId !== surveyId)
      throw badRequest("A survey dashboard's widgets measure that survey.", at('config.surveyId'));
    if (!target) throw badRequest('An overview widget names its survey.', at('config.surveyId'));
    const questions = questionsOf.get(target);
    if (!questions) throw badRequest('No such survey in this workspace.', at('config.surveyId'));
    try {
      checkWidget(w, questions);
    } catch (e) {
      if (e instanceof WidgetFault) throw badRequest(e.message, at(e.field));
      throw e;
    }
    // A survey dashboard's widgets need not repeat the survey they are in.
    if (surveyId === null) return w;
    const { surveyId: _same, ...config } = w.config;
    return { ...w, config } as Widget;
  });
}

/** The questions of every survey the widgets measure; surveys not in the workspace are left out. */
async function surveyQuestions(
  tx: Tx,
  workspaceId: string,
  surveyId: string | null,
  widgets: readonly Widget[],
): Promise<Map<string, AnalyticsQuestion[]>> {
  const ids =
    surveyId !== null
      ? [surveyId]
      : [...new Set(widgets.flatMap((w) => (w.config.surveyId ? [w.config.surveyId] : [])))];
  const existing = await existingSurveyIds(tx, workspaceId, ids);
  const byId = new Map<string, AnalyticsQuestion[]>();
  for (const id of ids) if (existing.has(id)) byId.set(id, await loadAnalyticsQuestions(tx, workspaceId, id));
  return byId;
}

/** Throws a WidgetFault (field relative to the widget) when the widget does not fit the questions. */
export function checkWidget(w: Widget, questions: readonly AnalyticsQuestion[]): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  switch (w.type) {
    case 'metric_tile':
    case 'trend':
    case 'league_table':
      return checkMetric(w.config.metric, questions, 'config.metric');
    case 'breakdown': {
      checkMetric(w.config.metric, questions, 'config.metric');
      if (w.config.by.startsWith('answer:')) {
        const q = byId.get(w.config.by.slice('answer:'.length));
        if (!q || !(CHOICE_TYPES as readonly string[]).includes(q.type))
          throw new WidgetFault('config.by', 'A breakdown by answer needs a choice question of this survey.');
      }
      return;
    }
    case 'distribution': {
      const q = byId.get(w.config.questionId);
      if (q && (CHOICE_TYPES as readonly string[]).includes(q.type)) {
        if (w.config.item !== '') throw new WidgetFault('config.item', `Question "${q.id}" has no items.`);
        return;
      }
      // A scored question: pictured point by point, as the metric API's distribution measures it.
      const spec = {
        kind: 'distribution' as const,
        questionId: w.config.questionId,
        item: w.config.item,
        box: 2,
      };
      measure(spec, questions, (field) => (field === 'metric.item' ? 'config.item' : 'config.questionId'));
      return;
    }
    case 'comments':
      if (w.config.npsGroup && !questions.some((q) => q.type === 'nps'))
        throw new WidgetFault(
          'config.npsGroup',
          'Promoters and detractors need an NPS question in the survey.',
        );
      return;
  }
}

/**
 * The metric fits the questions by the same rules as the metric API (measured.ts), so a saved
 * widget never asks for what the API would refuse; a dashboard also wants a single figure.
 */
function checkMetric(m: MetricSpec, questions: readonly AnalyticsQuestion[], at: string): void {
  if (m.kind === 'distribution')
    throw new WidgetFault(`${at}.kind`, 'A distribution is its own widget, not a single figure.');
  // measured.ts names fields from `metric.`; a widget's metric sits at `config.metric.`.
  const scale = measure(m, questions, (field) => `${at}${field.slice('metric'.length)}`);
  if ((m.kind === 'top_box' || m.kind === 'bottom_box') && scale && m.box >= scale.max - scale.min + 1)
    throw new WidgetFault(`${at}.box`, 'The box must leave part of the scale out.');
}

/** resolveMeasured, its 400 turned into a WidgetFault at the widget's field; the scale measured. */
function measure(
  m: MetricSpec,
  questions: readonly AnalyticsQuestion[],
  fieldOf: (field: string) => string,
): Scale | null {
  try {
    return resolveMeasured(m, questions)[0]?.scale ?? null;
  } catch (e) {
    if (e instanceof AppError && e.field?.startsWith('metric'))
      throw new WidgetFault(fieldOf(e.field), e.message);
    throw e;
  }
}
