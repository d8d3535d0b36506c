// POST /s/:key/responses — the public JSON intake the survey page's script (and integrators) use.
// 201 when the save made the response, 200 when it updated it or replayed a finished one.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { App } from '../../platform/http/types';
import { newId } from '../../platform/ids';
import { deviceClassOf } from './device-class';
import { intakeBody, intakeParams, intakeQuery, intakeReply } from './intake-schemas';
import { submitToSurvey } from './submit-to-survey';

/** The cookie that identifies a device, for surveys that take one response per device. */
export const DEVICE_COOKIE = 'rapport_device';

/**
 * Per IP and survey: generous enough for a kiosk or a store's shared Wi-Fi answering all day,
 * tight enough that one client cannot flood a survey.
 */
export const intakeRateLimit = {
  rateLimit: {
    max: 120,
    timeWindow: '1 minute',
    keyGenerator: (req: FastifyRequest) => `${req.ip}|${(req.params as { key?: string }).key ?? ''}`,
  },
};

export default async function intakeRoutes(app: App): Promise<void> {
  const { db } = app.deps;
  app.post(
    '/s/:key/responses',
    {
      config: intakeRateLimit,
      schema: {
        tags: ['survey intake'],
        summary: 'Save or submit a response (public; idempotent by idempotencyKey)',
        security: [],
        params: intakeParams,
        querystring: intakeQuery,
        body: intakeBody,
        response: { 200: intakeReply, 201: intakeReply },
      },
    },
    async (req, reply) => {
      const body = req.body;
      if (body.website) {
        // A bot filled the honeypot: answer as if saved, keep nothing.
        req.log.info({ survey: req.params.key }, 'honeypot filled; response dropped');
        return reply
          .status(201)
          .send({ responseId: newId(), status: body.complete ? 'complete' : 'partial', ending: null });
      }
      const saved = await submitToSurvey(db, req.params.key, {
        idempotencyKey: body.idempotencyKey,
        answers: body.answers,
        hidden: body.hidden,
        language: body.language,
        complete: body.complete,
        currentPage: body.currentPage ?? null,
        pageSeconds: body.pageSeconds,
        channel: body.channel ?? req.query.ch ?? 'link',
        locationCode: body.location ?? req.query.loc ?? null,
        token: body.token ?? req.query.t ?? null,
        distributionCode: body.distribution ?? req.query.d ?? null,
        version: body.version ?? null,
        answeredAt: body.answeredAt ? new Date(body.answeredAt) : null,
        deviceId: req.cookies[DEVICE_COOKIE] ?? null,
        deviceClass: deviceClassOf(req.headers['user-agent']),
      });
      return reply
        .status(saved.created ? 201 : 200)
        .send({ responseId: saved.responseId, status: saved.status, ending: saved.ending } satisfies z.infer<
          typeof intakeReply
        >);
    },
  );
}
