// GET /workspaces/:workspaceId/distributions/:distributionId/embed — what to paste into a website
// for an embed (an <iframe>) or a widget (the iframe, and the loader's <script> tags).
import { inWorkspace } from '../../../db/database';
import { authorize } from '../../../platform/auth/authenticate';
import type { App } from '../../../platform/http/types';
import { distributionParams } from '../schemas';
import { distributionSnippet } from './embed-snippet';
import { embedSnippetReply } from './schemas';

export default async function embedRoutes(app: App): Promise<void> {
  const { db, env } = app.deps;

  app.get(
    '/workspaces/:workspaceId/distributions/:distributionId/embed',
    {
      schema: {
        tags: ['distribution'],
        summary: "An embed's or widget's snippet: the <iframe>, and for a widget the loader's <script>",
        params: distributionParams,
        response: { 200: embedSnippetReply },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'distributions.read');
      return inWorkspace(db, actor.workspaceId, (tx) =>
        distributionSnippet(tx, actor.workspaceId, req.params.distributionId, env.publicUrl),
      );
    },
  );
}
