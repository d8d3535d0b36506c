// Who may frame a survey page. The page says `frame-ancestors 'self'`; opened through an active
// embed or widget distribution (?d=<code>) of that very survey, it may be framed by the sites the
// distribution lists (any site when the list is empty). Every other page keeps 'self'.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { embedSettingsSchema } from '../../../../common/distribution/distributions';
import { inWorkspace, type Db } from '../../../db/database';
import { distributionCodeOwner, findDistributionWithSurvey } from '../store';

const SELF_ONLY = "frame-ancestors 'self'";
const framingSettings = z.object({ allowedOrigins: embedSettingsSchema.shape.allowedOrigins });

/** The frame-ancestors sources for a page of survey `surveyKey` opened with ?d=`code`, or null. */
export async function frameAncestorsOf(db: Db, surveyKey: string, code: string): Promise<string | null> {
  const owner = await distributionCodeOwner(db, code);
  if (!owner) return null;
  return inWorkspace(db, owner.workspaceId, async (tx) => {
    const d = await findDistributionWithSurvey(tx, owner.workspaceId, { id: owner.distributionId });
    if (!d || d.status !== 'active' || (d.kind !== 'embed' && d.kind !== 'widget')) return null;
    if (d.survey_key !== surveyKey) return null;
    // The widget's settings have allowedOrigins just as an embed's do (and more, which this ignores).
    const parsed = framingSettings.safeParse(d.settings);
    if (!parsed.success) return null;
    const sites = parsed.data.allowedOrigins;
    return sites.length ? ["'self'", ...sites].join(' ') : '*';
  });
}

/**
 * An onSend hook for the survey page's routes: an HTML page asked for with ?d= of an embed or
 * widget gets that distribution's frame-ancestors (and no X-Frame-Options, which would contradict it).
 */
export function allowEmbedFraming(db: Db) {
  return async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const code = (req.query as { d?: unknown } | undefined)?.d;
    const key = (req.params as { key?: unknown } | undefined)?.key;
    const csp = reply.getHeader('content-security-policy');
    const type = String(reply.getHeader('content-type') ?? '');
    if (typeof code !== 'string' || typeof key !== 'string' || !type.startsWith('text/html')) return payload;
    if (typeof csp !== 'string' || !csp.includes(SELF_ONLY)) return payload;
    const ancestors = await frameAncestorsOf(db, key, code);
    if (ancestors) {
      reply.header('content-security-policy', csp.replace(SELF_ONLY, `frame-ancestors ${ancestors}`));
      reply.removeHeader('x-frame-options');
    }
    return payload;
  };
}
