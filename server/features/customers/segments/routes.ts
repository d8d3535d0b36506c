// /api/v1/workspaces/:workspaceId/segments — saved customer segments (M4) with live counts, and
// the builder's preview. Each route: authorize → validate (schema) → one use case → present.
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import { presentSummary } from '../present';
import type { App } from '../../../platform/http/types';
import { workspaceParams } from '../../../platform/workspaces/schemas';
import { pageOf } from '../../../../common/pagination';
import { createSegment } from './create-segment';
import { deleteSegment } from './delete-segment';
import { getSegment } from './get-segment';
import { listSegments } from './list-segments';
import { presentSegment } from './present';
import { previewSegment } from './preview-segment';
import {
  createSegmentBody,
  previewSegmentBody,
  segmentListQuery,
  segmentParams,
  segmentPreviewSchema,
  segmentSchema,
  updateSegmentBody,
} from './schemas';
import { updateSegment } from './update-segment';

const tags = ['segments'];

export default async function segmentRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/segments',
    {
      schema: {
        tags,
        summary: 'Saved segments, newest first, each with the number of customers it matches now',
        params: workspaceParams,
        querystring: segmentListQuery,
        response: { 200: pageOf(segmentSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'segments.read');
      const page = await inWorkspace(db, actor.workspaceId, (tx) => listSegments(tx, actor, req.query));
      return { items: page.items.map((s) => presentSegment(s.row, s.count)), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/workspaces/:workspaceId/segments',
    {
      schema: {
        tags,
        summary:
          'Save a segment: conditions on attributes, tags, identities, RFM segment, consumer type, orders, NPS, location, consent, language',
        params: workspaceParams,
        body: createSegmentBody,
        response: { 201: segmentSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'segments.write');
      const made = await inWorkspace(db, actor.workspaceId, (tx) => createSegment(tx, actor, req.body));
      return reply.status(201).send(presentSegment(made.row, made.count));
    },
  );

  app.post(
    '/workspaces/:workspaceId/segments/preview',
    {
      schema: {
        tags,
        summary: 'How many customers a definition matches now, and the newest ten; saves nothing',
        params: workspaceParams,
        body: previewSegmentBody,
        response: { 200: segmentPreviewSchema },
      },
    },
    async (req) => {
      // The builder's tool, and the sample shows personal data: those who may build segments.
      const actor = await authorize(req, req.params.workspaceId, 'segments.write');
      const preview = await inWorkspace(db, actor.workspaceId, (tx) =>
        previewSegment(tx, actor, req.body.definition),
      );
      return { count: preview.count, sample: preview.sample.map(presentSummary) };
    },
  );

  app.get(
    '/workspaces/:workspaceId/segments/:segmentId',
    {
      schema: {
        tags,
        summary: 'One segment with its live count',
        params: segmentParams,
        response: { 200: segmentSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'segments.read');
      const got = await inWorkspace(db, actor.workspaceId, (tx) =>
        getSegment(tx, actor, req.params.segmentId),
      );
      return presentSegment(got.row, got.count);
    },
  );

  app.patch(
    '/workspaces/:workspaceId/segments/:segmentId',
    {
      schema: {
        tags,
        summary: 'Rename a segment or replace its definition',
        params: segmentParams,
        body: updateSegmentBody,
        response: { 200: segmentSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'segments.write');
      const got = await inWorkspace(db, actor.workspaceId, (tx) =>
        updateSegment(tx, actor, req.params.segmentId, req.body),
      );
      return presentSegment(got.row, got.count);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/segments/:segmentId',
    { schema: { tags, summary: 'Delete a segment (customers are untouched)', params: segmentParams } },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'segments.write');
      await inWorkspace(db, actor.workspaceId, (tx) => deleteSegment(tx, actor, req.params.segmentId));
      return reply.status(204).send();
    },
  );
}
