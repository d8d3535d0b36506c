// One built-in template's definition, as a survey made from it would start (in English).
import type { SurveyDefinition } from '../../../common/survey/definition';
import { notFound } from '../../platform/errors';
import { builtInTemplates } from './list-templates';

export function getBuiltInTemplate(key: string): SurveyDefinition {
  const found = builtInTemplates().find((t) => t.template.key === key);
  if (!found) throw notFound('template');
  // A copy: the cached definition is shared by every request.
  return structuredClone(found.definition);
}
