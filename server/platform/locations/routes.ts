// /api/v1/workspaces/:workspaceId/locations — the brand → region → store tree.
// Each route: authorize → validate (schema) → one use case in the workspace's transaction → present.
import { inWorkspace } from '../../db/database';
import { authorize } from '../auth/authenticate';
import type { App } from '../http/types';
import { workspaceParams } from '../workspaces/schemas';
import { createLocation } from './create-location';
import { deleteLocation } from './delete-location';
import { presentLocation } from './present';
import {
  createLocationBody,
  locationListSchema,
  locationParams,
  locationSchema,
  updateLocationBody,
} from './schemas';
import { listLocations } from './store';
import { updateLocation } from './update-location';

const tags = ['locations'];

export default async function locationRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/locations',
    {
      schema: {
        tags,
        summary: 'The whole location tree, flat (parentId links)',
        params: workspaceParams,
        response: { 200: locationListSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'locations.read');
      const rows = await inWorkspace(db, actor.workspaceId, (tx) => listLocations(tx, actor.workspaceId));
      return { items: rows.map(presentLocation) };
    },
  );

  app.post(
    '/workspaces/:workspaceId/locations',
    {
      schema: {
        tags,
        summary: 'Add a location',
        params: workspaceParams,
        body: createLocationBody,
        response: { 201: locationSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'locations.write');
      const row = await inWorkspace(db, actor.workspaceId, (tx) => createLocation(tx, actor, req.body));
      return reply.status(201).send(presentLocation(row));
    },
  );

  app.patch(
    '/workspaces/:workspaceId/locations/:locationId',
    {
      schema: {
        tags,
        summary: 'Rename, recode, reorder or move a location',
        params: locationParams,
        body: updateLocationBody,
        response: { 200: locationSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'locations.write');
      const row = await inWorkspace(db, actor.workspaceId, (tx) =>
        updateLocation(tx, actor, req.params.locationId, req.body),
      );
      return presentLocation(row);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/locations/:locationId',
    { schema: { tags, summary: 'Delete a location that has nothing under it', params: locationParams } },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'locations.write');
      await inWorkspace(db, actor.workspaceId, (tx) => deleteLocation(tx, actor, req.params.locationId));
      return reply.status(204).send();
    },
  );
}
