// The body of POST …/orders and …/events is one item or a batch ({orders: […]}). Zod's union
// cannot tell which of the two a failing body meant, so a batch item missing a field would come
// back as "Invalid input" naming nothing. These routes attach validation failures instead of
// throwing them, and this re-checks the body against the shape it claims (a batch when it has the
// list's key) to name the field at fault: `orders.3.externalId`, or `externalId` for one item.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { badRequest } from '../../../platform/errors';

export function checkedBody<T>(
  req: FastifyRequest & { body: T },
  list: string,
  batch: z.ZodType,
  single: z.ZodType,
): T {
  if (!req.validationError) return req.body;
  const raw: unknown = req.body;
  const claimed = raw !== null && typeof raw === 'object' && list in raw ? batch : single;
  const issue = claimed.safeParse(raw).error?.issues[0];
  throw badRequest(issue?.message ?? 'Invalid request.', issue?.path.join('.') || undefined);
}
