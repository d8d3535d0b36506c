// A new draft survey: blank (one required NPS question), from a built-in template, from a template
// this workspace saved, or from a definition. Its public key is random; nothing is published yet.
import { LANGUAGES } from '../../../common/roles';
import type { SurveyDefinition } from '../../../common/survey/definition';
import { findTemplate as findBuiltInTemplate } from '../../../common/survey/templates';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError, badRequest } from '../../platform/errors';
import { newId, randomToken } from '../../platform/ids';
import { blankDefinition, hasBlankTexts, parseDefinition, templateDefinition } from './definitions';
import type { SurveyWithCounts } from './present';
import { findTemplate, insertSurvey, NO_RESPONSES, workspaceLanguage } from './store';

export type SurveySource =
  | { template: string }
  | { workspaceTemplate: string }
  /** Already parsed by the body schema. */
  | { definition: SurveyDefinition };

export interface CreateSurveyOptions {
  name: string;
  /** Absent: the blank survey. */
  from?: SurveySource;
  /**
   * The language a blank survey or a built-in template starts in (default: the workspace's).
   * A copied definition keeps its own.
   */
  language?: string;
}

/** 9 random bytes: 12 URL-safe characters in /s/:key. */
export const newSurveyKey = (): string => randomToken(9);

export async function createSurvey(
  tx: Tx,
  actor: Actor,
  opts: CreateSurveyOptions,
): Promise<SurveyWithCounts> {
  const draft = await startingDefinition(tx, actor, opts);
  const survey = await insertSurvey(tx, {
    workspace_id: actor.workspaceId,
    id: newId(),
    key: newSurveyKey(),
    name: opts.name,
    draft: JSON.stringify(draft),
    created_by: actor.userId,
  });
  return { survey, counts: NO_RESPONSES };
}

async function startingDefinition(
  tx: Tx,
  actor: Actor,
  opts: CreateSurveyOptions,
): Promise<SurveyDefinition> {
  const { from, language } = opts;
  if (from && 'definition' in from) return from.definition;
  if (from && 'workspaceTemplate' in from) {
    const saved = await findTemplate(tx, actor.workspaceId, from.workspaceTemplate);
    if (!saved) {
      throw new AppError(404, 'not_found', 'No such template in this workspace.', 'from.workspaceTemplate');
    }
    return parseDefinition(saved.definition, 'from.workspaceTemplate');
  }
  if (from) {
    const template = findBuiltInTemplate(from.template);
    if (!template) throw new AppError(404, 'not_found', 'No such template.', 'from.template');
    const languages = template.definition.languages;
    if (language !== undefined && !languages.includes(language)) {
      throw badRequest(`This template is written in ${languages.join(', ')}.`, 'language');
    }
    const workspace = await workspaceLanguage(tx, actor.workspaceId);
    // The template's own default (English for every built-in) when it lacks the workspace's.
    const start =
      language ?? (languages.includes(workspace) ? workspace : template.definition.defaultLanguage);
    return templateDefinition(template, start);
  }
  const start = language ?? (await workspaceLanguage(tx, actor.workspaceId));
  if (!hasBlankTexts(start)) {
    throw badRequest(`A blank survey starts in ${LANGUAGES.join(', ')}.`, 'language');
  }
  return blankDefinition(start);
}
