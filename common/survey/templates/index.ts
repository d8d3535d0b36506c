// The built-in questionnaire templates a workspace can start a survey from.
import { cesAfterService } from './ces-after-service';
import { csatAfterPurchase } from './csat-after-purchase';
import { npsRelationship } from './nps-relationship';
import { servqual } from './servqual';
import { storeVisit } from './store-visit';
import type { SurveyTemplate } from './template';
import { unboxing } from './unboxing';
import { websiteNps } from './website-nps';

export type { SurveyTemplate, TemplateCategory, TemplateLanguage } from './template';
export { TEMPLATE_CATEGORIES, TEMPLATE_LANGUAGES } from './template';
export { SERVQUAL_DIMENSIONS } from './servqual';
export { STORE_VISIT_ATTRIBUTES } from './store-visit';

/** In the order the template gallery lists them. Treat as read-only: copy a definition to edit it. */
export const BUILT_IN_TEMPLATES: readonly SurveyTemplate[] = [
  npsRelationship,
  csatAfterPurchase,
  cesAfterService,
  servqual,
  storeVisit,
  unboxing,
  websiteNps,
];

export function findTemplate(key: string): SurveyTemplate | undefined {
  return BUILT_IN_TEMPLATES.filter((t) => t.key === key)[0];
}
