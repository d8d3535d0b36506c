// What a printable QR card says, read in the workspace's transaction (drawing happens after it):
// per page the store's name (or the survey's when the card is for no store), the call to action in
// the card's language, the staff/table label and the short address the code carries. With
// all=stores, one page per store of the workspace, each code carrying that store's code.
import { qrSettingsSchema } from '../../../../common/distribution/distributions';
import { LANGUAGES, type Language } from '../../../../common/roles';
import type { Tx } from '../../../db/database';
import { badRequest } from '../../../platform/errors';
import { distributionUrl } from '../links';
import type { DistributionRow } from '../store';
import { CARD_TEXTS } from './card-texts';
import { findQrDistribution, qrFileName } from './find-qr-distribution';
import type { QrCardQuery } from './schemas';
import { storeLocations, surveyName, workspaceForCard, type CardLocation } from './store';

/** The most pages one all=stores card file holds. */
export const MAX_CARD_PAGES = 500;

export interface QrCardPage {
  /** The store's name, or the survey's when the card is for no store. */
  title: string;
  callToAction: string;
  /** "Table 12 · Served by Li Wei", or null. */
  label: string | null;
  /** What the code encodes, printed small under it. */
  url: string;
}

export interface QrCard {
  language: Language;
  workspaceName: string;
  /** The PDF's title. */
  title: string;
  fileName: string;
  pages: QrCardPage[];
}

export interface BuildQrCardOptions {
  distributionId: string;
  query: QrCardQuery;
  /** The server's public address, which every code starts with. */
  publicUrl: string;
}

export async function buildQrCard(tx: Tx, workspaceId: string, opts: BuildQrCardOptions): Promise<QrCard> {
  const { query } = opts;
  if (query.all && query.loc) throw badRequest('Ask for one store (loc) or all stores, not both.', 'all');
  const { distribution, location } = await findQrDistribution(tx, workspaceId, {
    distributionId: opts.distributionId,
    loc: query.loc,
  });
  const workspace = await workspaceForCard(tx, workspaceId);
  const language = query.lang ?? asCardLanguage(workspace.default_language);
  const texts = CARD_TEXTS[language];
  const callToAction = ownCallToAction(distribution, language) ?? texts.callToAction;
  const label =
    [query.table && texts.table(query.table), query.staff && texts.staff(query.staff)]
      .filter(Boolean)
      .join(' · ') || null;

  const pageFor = (store: CardLocation | null, fallbackTitle: string): QrCardPage => ({
    title: store?.name ?? fallbackTitle,
    callToAction,
    label,
    url: distributionUrl(opts.publicUrl, distribution.kind, distribution.code, {
      // A store from the query (or every store) travels in the code; the distribution's own
      // location needs no parameter: the response is attributed to it anyway.
      loc: query.all || query.loc ? store?.code : null,
      staff: query.staff,
      table: query.table,
    }),
  });

  let pages: QrCardPage[];
  if (query.all) {
    const stores = await storeLocations(tx, workspaceId);
    if (stores.length === 0) throw badRequest('The workspace has no store locations yet.', 'all');
    // The file is drawn while the request waits: a few seconds for hundreds of pages, not minutes.
    if (stores.length > MAX_CARD_PAGES)
      throw badRequest(
        `${stores.length} stores are more than one file takes (${MAX_CARD_PAGES}); download cards per store (loc).`,
        'all',
      );
    pages = stores.map((store) => pageFor(store, ''));
  } else {
    pages = [pageFor(location, await surveyName(tx, workspaceId, distribution.survey_id))];
  }

  return {
    language,
    workspaceName: workspace.name,
    title: `${distribution.name} — ${callToAction}`,
    fileName: qrFileName(
      [distribution.name, query.all ? 'stores' : location?.code, query.table, query.staff],
      'pdf',
    ),
    pages,
  };
}

function asCardLanguage(tag: string): Language {
  return (LANGUAGES as readonly string[]).includes(tag) ? (tag as Language) : 'en';
}

/** A qr distribution's own call to action in that language, when it has one. */
function ownCallToAction(distribution: DistributionRow, language: Language): string | null {
  if (distribution.kind !== 'qr') return null;
  const settings = qrSettingsSchema.safeParse(distribution.settings);
  return settings.success ? settings.data.callToAction[language]?.trim() || null : null;
}
