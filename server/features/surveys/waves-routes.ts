// /api/v1/workspaces/:workspaceId/surveys/:surveyId/waves — numbered collection periods of a survey.
import { inWorkspace } from '../../db/database';
import { authorize } from '../../platform/auth/authenticate';
import type { App } from '../../platform/http/types';
import { createWave } from './create-wave';
import { deleteWave } from './delete-wave';
import { listWaves } from './list-waves';
import { presentWave } from './present';
import {
  createWaveBody,
  patchWaveBody,
  surveyParams,
  waveListSchema,
  waveParams,
  waveSchema,
} from './schemas';
import { updateWave } from './update-wave';

const tags = ['surveys'];

export default async function wavesRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/surveys/:surveyId/waves',
    {
      schema: {
        tags,
        summary: 'The survey’s waves, by number, with their state and response counts',
        params: surveyParams,
        response: { 200: waveListSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.read');
      const rows = await inWorkspace(db, actor.workspaceId, (tx) =>
        listWaves(tx, actor, req.params.surveyId),
      );
      const now = new Date();
      return { items: rows.map((w) => presentWave(w, now)) };
    },
  );

  app.post(
    '/workspaces/:workspaceId/surveys/:surveyId/waves',
    {
      schema: {
        tags,
        summary: 'Add a wave (409 waves_overlap when it overlaps another wave of the survey)',
        params: surveyParams,
        body: createWaveBody,
        response: { 201: waveSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      const wave = await inWorkspace(db, actor.workspaceId, (tx) =>
        createWave(tx, actor, req.params.surveyId, req.body),
      );
      return reply.status(201).send(presentWave(wave));
    },
  );

  app.patch(
    '/workspaces/:workspaceId/surveys/:surveyId/waves/:waveId',
    {
      schema: {
        tags,
        summary: 'Rename a wave or change when it opens and closes',
        params: waveParams,
        body: patchWaveBody,
        response: { 200: waveSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      const wave = await inWorkspace(db, actor.workspaceId, (tx) =>
        updateWave(tx, actor, req.params.surveyId, req.params.waveId, req.body),
      );
      return presentWave(wave);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/surveys/:surveyId/waves/:waveId',
    {
      schema: {
        tags,
        summary: 'Delete a wave without responses (409 wave_has_responses)',
        params: waveParams,
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'surveys.write');
      await inWorkspace(db, actor.workspaceId, (tx) =>
        deleteWave(tx, actor, req.params.surveyId, req.params.waveId),
      );
      return reply.status(204).send();
    },
  );
}
