// /api/v1/workspaces/:workspaceId/surveys — questionnaires (M1): the draft, publishing, versions;
// waves and templates are in waves-routes.ts and templates-routes.ts, registered from here.
// Each route: authorize → validate (schema) → one use case in the workspace's transaction → present.
import { pageOf } from '../../../common/pagination';
import { inWorkspace } from '../../db/database';
import { authorize } from '../../platform/auth/authenticate';
import type { App } from '../../platform/http/types';
import { workspaceParams } from '../../platform/workspaces/schemas';
import { closeSurvey } from './close-survey';
import { createSurvey } from './create-survey';
import { deleteSurvey } from './delete-survey';
import { duplicateSurvey } from './duplicate-survey';
import { getSurvey } from './get-survey';
import { getVersion } from './get-version';
import { listSurveys } from './list-surveys';
import { listVersions } from './list-versions';
import {
  presentSurvey,
  presentSurveySummary,
  presentVersion,
  presentVersionSummary,
  presentWorkspaceTemplate,
} from './present';
import { publishSurvey } from './publish-survey';
import { saveAsTemplate } from './save-as-template';
import {
  createSurveyBody,
  duplicateSurveyBody,
  saveAsTemplateBody,
  surveyAnswerSchema,
  surveyListQuery,
  surveyParams,
  surveySummarySchema,
  updateSurveyBody,
  versionAnswerSchema,
  versionListSchema,
  versionParams,
  workspaceTemplateSchema,
} from './schemas';
import templatesRoutes from './templates-routes';
import { updateSurvey } from './update-survey';
import wavesRoutes from './waves-routes';

const tags = ['surveys'];

export default async function surveysRoutes(app: App): Promise<void> {
  const { db, env } = app.deps;

  app.get(
    '/workspaces/:workspaceId/surveys',
    {
      schema: {
        tags,
        summary: 'Surveys, newest first; filter by status and by part of the name (q)',
        params: workspaceParams,
        querystring: surveyListQuery,
        response: { 200: pageOf(surveySummarySchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.read');
      const page = await inWorkspace(db, actor.workspaceId, (tx) => listSurveys(tx, actor, req.query));
      return {
        items: page.items.map((s) => presentSurveySummary(s, env.publicUrl)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys',
    {
      schema: {
        tags,
        summary: 'Create a draft survey: blank, from a built-in or saved template, or from a definition',
        params: workspaceParams,
        body: createSurveyBody,
        response: { 201: surveyAnswerSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      const created = await inWorkspace(db, actor.workspaceId, (tx) => createSurvey(tx, actor, req.body));
      return reply.status(201).send(presentSurvey(created, env.publicUrl));
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId',
    {
      schema: {
        tags,
        summary: 'A survey with its draft and settings',
        params: surveyParams,
        response: { 200: surveyAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.read');
      const survey = await inWorkspace(db, actor.workspaceId, (tx) =>
        getSurvey(tx, actor, req.params.surveyId),
      );
      return presentSurvey(survey, env.publicUrl);
    },
  );

  app.patch(
    '/workspaces/:workspaceId/surveys/:surveyId',
    {
      schema: {
        tags,
        summary:
          'Rename, replace the draft or change the settings (a published survey changes at the next publish)',
        params: surveyParams,
        body: updateSurveyBody,
        response: { 200: surveyAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      const survey = await inWorkspace(db, actor.workspaceId, (tx) =>
        updateSurvey(tx, actor, req.params.surveyId, req.body),
      );
      return presentSurvey(survey, env.publicUrl);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/surveys/:surveyId',
    {
      schema: {
        tags,
        summary: 'Delete a survey without responses (409 survey_has_responses: close it instead)',
        params: surveyParams,
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      await inWorkspace(db, actor.workspaceId, (tx) => deleteSurvey(tx, actor, req.params.surveyId));
      return reply.status(204).send();
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/publish',
    {
      schema: {
        tags,
        summary: 'Publish the draft as the next version, or reopen a closed survey',
        params: surveyParams,
        response: { 200: surveyAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      const survey = await inWorkspace(db, actor.workspaceId, (tx) =>
        publishSurvey(tx, actor, req.params.surveyId),
      );
      return presentSurvey(survey, env.publicUrl);
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/close',
    {
      schema: {
        tags,
        summary: 'Stop collecting responses (publish again to reopen)',
        params: surveyParams,
        response: { 200: surveyAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      const survey = await inWorkspace(db, actor.workspaceId, (tx) =>
        closeSurvey(tx, actor, req.params.surveyId),
      );
      return presentSurvey(survey, env.publicUrl);
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/duplicate',
    {
      schema: {
        tags,
        summary: 'A new draft survey with a copy of this one’s draft and settings',
        params: surveyParams,
        body: duplicateSurveyBody.nullish(),
        response: { 201: surveyAnswerSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      const copy = await inWorkspace(db, actor.workspaceId, (tx) =>
        duplicateSurvey(tx, actor, req.params.surveyId, req.body ?? {}),
      );
      return reply.status(201).send(presentSurvey(copy, env.publicUrl));
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/save-as-template',
    {
      schema: {
        tags,
        summary: 'Save the draft as a template of this workspace',
        params: surveyParams,
        body: saveAsTemplateBody,
        response: { 201: workspaceTemplateSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      const template = await inWorkspace(db, actor.workspaceId, (tx) =>
        saveAsTemplate(tx, actor, req.params.surveyId, req.body),
      );
      return reply.status(201).send(presentWorkspaceTemplate(template));
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/versions',
    {
      schema: {
        tags,
        summary: 'The published versions, newest first, with their response counts',
        params: surveyParams,
        response: { 200: versionListSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.read');
      const rows = await inWorkspace(db, actor.workspaceId, (tx) =>
        listVersions(tx, actor, req.params.surveyId),
      );
      return { items: rows.map(presentVersionSummary) };
    },
  );

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/versions/:version',
    {
      schema: {
        tags,
        summary: 'One published version with its definition',
        params: versionParams,
        response: { 200: versionAnswerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.read');
      const row = await inWorkspace(db, actor.workspaceId, (tx) =>
        getVersion(tx, actor, req.params.surveyId, req.params.version),
      );
      return presentVersion(row);
    },
  );

  await wavesRoutes(app);
  await templatesRoutes(app);
}
