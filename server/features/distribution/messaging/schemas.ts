// Route shapes of the SMS and WeChat provider settings. The provider body and answer are in
// common/distribution/providers.ts.
import { z } from 'zod';
import { providerSchema } from '../../../../common/distribution/providers';

export const providersParams = z.object({ workspaceId: z.uuid() });
export const providerParams = z.object({ workspaceId: z.uuid(), channel: z.enum(['sms', 'wechat']) });

export const providerListSchema = z.object({ items: z.array(providerSchema) });

export const testSendBody = z.object({
  /** A phone number (E.164, or national in the workspace's phone country) or a WeChat openid. */
  to: z.string().trim().min(1).max(100),
  /** WeChat only: the template to send the test with. */
  templateId: z.string().trim().min(1).max(100).optional(),
});
export type TestSendBody = z.infer<typeof testSendBody>;

export const testSendResultSchema = z.object({
  ok: z.literal(true),
  providerMessageId: z.string().nullable(),
});
