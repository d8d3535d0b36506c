// GET /d/:code — the short address links and QR codes carry. It redirects to the survey page with
// the distribution's code and the link's own parameters (store, staff, table, hidden fields); the
// survey page counts the open and the intake attributes the response.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { inWorkspace } from '../../db/database';
import type { App } from '../../platform/http/types';
import { surveyPageUrl } from './links';
import { distributionCodeOwner, findDistributionWithSurvey } from './store';

const codeParams = z.object({ code: z.string().max(16) });

export default async function distributionPublicRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/d/:code',
    { schema: { hide: true, params: codeParams, querystring: z.record(z.string(), z.string().max(500)) } },
    async (req, reply) => {
      const owner = await distributionCodeOwner(db, req.params.code);
      if (!owner) return notFoundPage(reply);
      const d = await inWorkspace(db, owner.workspaceId, (tx) =>
        findDistributionWithSurvey(tx, owner.workspaceId, { id: owner.distributionId }),
      );
      if (!d) return notFoundPage(reply);
      const extra = Object.fromEntries(
        Object.entries(req.query).filter(([k]) => !['d', 'ch', 't', 'r', 'p'].includes(k)),
      );
      return reply
        .header('cache-control', 'no-store')
        .redirect(surveyPageUrl('', d.survey_key, d, extra), 302);
    },
  );
}

function notFoundPage(reply: FastifyReply) {
  return reply.status(404).type('text/plain; charset=utf-8').send('This link is not known.');
}
