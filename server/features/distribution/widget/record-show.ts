// POST /w/:workspace/shown: the loader asks before it shows a widget. The server is the authority on
// the recontact cooldown (the browser's own record is only a shortcut): a person shown any survey of
// this workspace within the widget's cooldownDays is not shown another. A yes is recorded — the
// person's contact time and one "shown" for today — in the caller's transaction.
import { widgetSettingsSchema } from '../../../../common/distribution/distributions';
import type { Tx } from '../../../db/database';
import { AppError, notFound } from '../../../platform/errors';
import { sha256 } from '../../../platform/ids';
import { countDaily, findDistributionWithSurvey } from '../store';
import { originAllowed } from './cors';
import { claimWidgetContact } from './store';

export interface RecordShowInput {
  /** The widget distribution's public code. */
  code: string;
  /** The loader's visitor id (a hash of the identity, or random); hashed again before it is kept. */
  person: string;
  /** The asking page's Origin header, when a browser sent one. */
  origin: string | undefined;
}

export type ShowDecision = { show: true } | { show: false; reason: 'cooldown' };

export async function recordShow(tx: Tx, workspaceId: string, input: RecordShowInput): Promise<ShowDecision> {
  const d = await findDistributionWithSurvey(tx, workspaceId, { code: input.code });
  if (!d || d.kind !== 'widget' || d.status !== 'active' || d.survey_status !== 'published')
    throw notFound('widget');
  const settings = widgetSettingsSchema.parse(d.settings);
  if (!originAllowed(settings.allowedOrigins, input.origin))
    throw new AppError(403, 'forbidden', 'This widget does not run on this site.');
  const claimed = await claimWidgetContact(tx, workspaceId, sha256(input.person), settings.cooldownDays);
  if (!claimed) return { show: false, reason: 'cooldown' };
  await countDaily(tx, workspaceId, d.id, 'shown');
  return { show: true };
}
