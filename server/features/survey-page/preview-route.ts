// GET /api/v1/workspaces/:workspaceId/surveys/:surveyId/preview — the console's live preview: the
// real survey page, rendered from the draft (or a published version), in a mode that saves nothing.
import { z } from 'zod';
import { inWorkspace } from '../../db/database';
import { authorize } from '../../platform/auth/authenticate';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http/types';
import { randomToken } from '../../platform/ids';
import { loadDraftDefinition, loadVersionDefinition } from '../surveys/published';
import { surveyAssets } from './assets';
import { chooseLanguage, renderSurveyPage } from './render-page';

const previewParams = z.object({ workspaceId: z.string(), surveyId: z.uuid() });
const previewQuery = z.object({
  lang: z.string().max(35).optional(),
  version: z.coerce.number().int().min(1).optional(),
  page: z.string().max(40).optional(),
});

export default async function previewRoutes(app: App): Promise<void> {
  const { db } = app.deps;
  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/preview',
    {
      schema: {
        tags: ['surveys'],
        summary: 'The survey page as respondents see it (HTML), from the draft or a version; saves nothing',
        params: previewParams,
        querystring: previewQuery,
        produces: ['text/html'],
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.read');
      const { surveyId } = req.params;
      const found = await inWorkspace(db, actor.workspaceId, async (tx) => {
        const draft = await loadDraftDefinition(tx, actor.workspaceId, surveyId);
        if (!draft || !req.query.version) return draft;
        const definition = await loadVersionDefinition(tx, actor.workspaceId, surveyId, req.query.version);
        return definition ? { key: draft.key, definition } : null;
      });
      if (!found) throw notFound('survey');
      const { key, definition } = found;
      const pageId = definition.pages.some((p) => p.id === req.query.page)
        ? req.query.page!
        : definition.pages[0]!.id;
      const html = renderSurveyPage({
        key,
        definition,
        language: chooseLanguage(definition, req.query.lang, undefined),
        pageId,
        endingId: null,
        answers: {},
        hidden: {},
        errors: {},
        sessionKey: randomToken(18),
        mode: 'preview',
        // Nothing to post to: the preview's script moves between pages and never saves.
        actionUrl: '#',
        intakeUrl: '#',
        assets: await surveyAssets(),
        resume: { emailAvailable: false },
      });
      return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
    },
  );
}
