// What a site's loader may know of a workspace: its live widgets (active, survey published) that
// may run on the asking site, and the CORS answer for that site.
import { widgetSettingsSchema, type WidgetSettings } from '../../../../common/distribution/distributions';
import type { Tx } from '../../../db/database';
import { surveyPageUrl } from '../links';
import { allowOriginFor, originAllowed } from './cors';
import type { WidgetConfig } from './schemas';
import { liveWidgets } from './store';

export interface SiteWidgets {
  /** Access-Control-Allow-Origin for the asking site, or null when no widget runs there. */
  allowOrigin: string | null;
  widgets: WidgetConfig[];
}

/**
 * @param origin the Origin header of the asking page (undefined for a request from no browser page)
 * @param publicUrl where Rapport is reached, for the survey addresses
 */
export async function siteWidgets(
  tx: Tx,
  workspaceId: string,
  origin: string | undefined,
  publicUrl: string,
): Promise<SiteWidgets> {
  const rows = await liveWidgets(tx, workspaceId);
  const live = rows.flatMap((row) => {
    const parsed = widgetSettingsSchema.safeParse(row.settings);
    return parsed.success ? [{ row, settings: parsed.data }] : [];
  });
  return {
    allowOrigin: allowOriginFor(
      live.map((w) => w.settings.allowedOrigins),
      origin,
    ),
    widgets: live
      .filter((w) => originAllowed(w.settings.allowedOrigins, origin))
      .map((w) => presentWidget(w.row.code, w.row.key, w.settings, publicUrl)),
  };
}

function presentWidget(code: string, surveyKey: string, s: WidgetSettings, publicUrl: string): WidgetConfig {
  return {
    code,
    surveyUrl: surveyPageUrl(publicUrl, surveyKey, { kind: 'widget', code }, { embed: '1' }),
    display: s.display,
    urlPattern: s.urlPattern,
    event: s.event,
    delaySeconds: s.delaySeconds,
    scrollPercent: s.scrollPercent,
    exitIntent: s.exitIntent,
    samplePercent: s.samplePercent,
    cooldownDays: s.cooldownDays,
  };
}
