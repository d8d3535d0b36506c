// A survey's status as a coloured tag, and who may change surveys (server: surveys.write).
import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from '../../api/surveys';
import type { Role } from '../../api/types';
import { ColorTag, type TagColor } from '../../components/ColorTag';

const COLORS: Record<SurveyStatus, TagColor> = {
  draft: 'grey',
  published: 'green',
  closed: 'orange',
};

export function SurveyStatusTag({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return <ColorTag color={COLORS[status]}>{t(`surveys.statuses.${status}`)}</ColorTag>;
}

/** A courtesy only: the server decides, and answers 403 otherwise. */
export const canEditSurveys = (role: Role | undefined): boolean =>
  role === 'owner' || role === 'admin' || role === 'analyst';

/** A language tag named in the console's language ("zh-TW" → "Chinese (Taiwan)"). */
export function languageName(tag: string, displayIn: string): string {
  try {
    return new Intl.DisplayNames([displayIn], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
