// What a survey can start from: the built-in templates (common/survey/templates) and the ones this
// workspace saved, newest first.
import { surveyDefinitionSchema, type SurveyDefinition } from '../../../common/survey/definition';
import { BUILT_IN_TEMPLATES, type SurveyTemplate } from '../../../common/survey/templates';
import type { Tx } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { listTemplates as workspaceTemplates, type TemplateRow } from './store';

let parsed: { template: SurveyTemplate; definition: SurveyDefinition }[] | undefined;

/** The built-in templates with their parsed definitions (parsed once: they never change). */
export function builtInTemplates() {
  parsed ??= BUILT_IN_TEMPLATES.map((template) => ({
    template,
    definition: surveyDefinitionSchema.parse(template.definition),
  }));
  return parsed;
}

export async function listTemplates(
  tx: Tx,
  actor: Actor,
): Promise<{ builtIn: ReturnType<typeof builtInTemplates>; workspace: TemplateRow[] }> {
  return { builtIn: builtInTemplates(), workspace: await workspaceTemplates(tx, actor.workspaceId) };
}
