// The HTML a site pastes: an <iframe> of the survey (embeds and widgets alike), then a script. For
// an embed, one line that fits the frame to the survey's height as the page reports it (a
// rapport:height message from Rapport's origin and that very frame). For a widget, the loader's two
// <script> tags: the first defines the queue-style rapport() so a page may call rapport('identify',
// …) and rapport('track', …) before widget.js has loaded; the loader drains it.
import type { DistributionKind } from '../../../../common/distribution/distributions';
import type { Tx } from '../../../db/database';
import { AppError, notFound } from '../../../platform/errors';
import { escapeHtml } from '../../survey-page/html';
import { findSurvey } from '../../surveys/store';
import { surveyPageUrl } from '../links';
import { findDistribution } from '../store';

export const QUEUE_SNIPPET =
  'window.rapport=window.rapport||function(){(rapport.q=rapport.q||[]).push(arguments)};';

export interface EmbedSnippetInput {
  publicUrl: string;
  kind: Extract<DistributionKind, 'embed' | 'widget'>;
  code: string;
  surveyKey: string;
  /** The iframe's accessible name. */
  surveyName: string;
  workspaceSlug: string;
}

export function embedSnippet(input: EmbedSnippetInput): { iframe: string; script: string | null } {
  const src = surveyPageUrl(
    input.publicUrl,
    input.surveyKey,
    { kind: input.kind, code: input.code },
    { embed: '1' },
  );
  // Full width of its column up to the survey page's own width; tall enough for a page of questions
  // until the page says how tall it is.
  const iframe =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(input.surveyName)}" width="100%" height="640" ` +
    `loading="lazy" data-rapport-embed="${escapeHtml(input.code)}" ` +
    `style="display:block;width:100%;max-width:42rem;height:640px;border:0"></iframe>`;
  if (input.kind === 'embed') return { iframe, script: fitHeightScript(input.publicUrl, input.code) };
  const script =
    `<script>${QUEUE_SNIPPET}</script>\n` +
    `<script src="${escapeHtml(`${input.publicUrl}/w/widget.js`)}" data-workspace="${escapeHtml(input.workspaceSlug)}" async></script>`;
  return { iframe, script };
}

/** Resizes the embed's frame to the height its page posts; messages from anywhere else are ignored. */
function fitHeightScript(publicUrl: string, code: string): string {
  const frame = JSON.stringify(`iframe[data-rapport-embed="${code}"]`);
  const origin = JSON.stringify(new URL(publicUrl).origin);
  const js =
    `addEventListener("message",function(e){var f=document.querySelector(${frame}),d=e.data;` +
    `if(f&&e.source===f.contentWindow&&e.origin===${origin}&&d&&d.type==="rapport:height"&&` +
    `typeof d.height==="number")f.style.height=Math.max(120,Math.ceil(d.height))+"px"})`;
  // JSON.stringify leaves "<" alone: escape it so no value could close the <script>.
  return `<script>${js.replace(/</g, '\\u003c')}</script>`;
}

/** The snippet of an embed or widget distribution; 409 for other kinds. */
export async function distributionSnippet(
  tx: Tx,
  workspaceId: string,
  distributionId: string,
  publicUrl: string,
) {
  const d = await findDistribution(tx, workspaceId, distributionId);
  if (!d) throw notFound('distribution');
  if (d.kind !== 'embed' && d.kind !== 'widget')
    throw new AppError(409, 'wrong_distribution_kind', 'Only embeds and widgets have a snippet.');
  const survey = await findSurvey(tx, workspaceId, d.survey_id);
  const workspace = await tx
    .selectFrom('workspaces')
    .select('slug')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  if (!survey || !workspace) throw notFound('distribution');
  return embedSnippet({
    publicUrl,
    kind: d.kind,
    code: d.code,
    surveyKey: survey.key,
    surveyName: survey.name,
    workspaceSlug: workspace.slug,
  });
}
