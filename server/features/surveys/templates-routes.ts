// /api/v1/workspaces/:workspaceId/survey-templates — the built-in templates and the workspace's own.
import { inWorkspace } from '../../db/database';
import { authorize } from '../../platform/auth/authenticate';
import type { App } from '../../platform/http/types';
import { workspaceParams } from '../../platform/workspaces/schemas';
import { storedDefinition } from './definitions';
import { deleteTemplate } from './delete-template';
import { getBuiltInTemplate } from './get-built-in-template';
import { getWorkspaceTemplate } from './get-workspace-template';
import { listTemplates } from './list-templates';
import { presentBuiltInTemplate, presentWorkspaceTemplate } from './present';
import {
  builtInTemplateParams,
  templateDefinitionAnswerSchema,
  templateListSchema,
  workspaceTemplateParams,
} from './schemas';

const tags = ['survey templates'];

export default async function templatesRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/survey-templates',
    {
      schema: {
        tags,
        summary: 'The built-in templates, and the ones this workspace saved (newest first)',
        params: workspaceParams,
        response: { 200: templateListSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.read');
      const { builtIn, workspace } = await inWorkspace(db, actor.workspaceId, (tx) =>
        listTemplates(tx, actor),
      );
      return {
        builtIn: builtIn.map((t) => presentBuiltInTemplate(t.template, t.definition)),
        workspace: workspace.map(presentWorkspaceTemplate),
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/survey-templates/built-in/:key',
    {
      schema: {
        tags,
        summary: 'A built-in template’s definition',
        params: builtInTemplateParams,
        response: { 200: templateDefinitionAnswerSchema },
      },
    },
    async (req) => {
      await authorize(req, req.params.workspaceId, 'surveys.read');
      return { definition: getBuiltInTemplate(req.params.key) };
    },
  );

  app.get(
    '/workspaces/:workspaceId/survey-templates/:templateId',
    {
      schema: {
        tags,
        summary: 'A saved template’s definition',
        params: workspaceTemplateParams,
        response: { 200: templateDefinitionAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.read');
      const row = await inWorkspace(db, actor.workspaceId, (tx) =>
        getWorkspaceTemplate(tx, actor, req.params.templateId),
      );
      return { definition: storedDefinition(row.definition) };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/survey-templates/:templateId',
    { schema: { tags, summary: 'Delete a saved template', params: workspaceTemplateParams } },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      await inWorkspace(db, actor.workspaceId, (tx) => deleteTemplate(tx, actor, req.params.templateId));
      return reply.status(204).send();
    },
  );
}
