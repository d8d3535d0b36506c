// The Exports tab of a survey's analytics: ask for an export (format, language, the page's filters),
// then follow it in the list below until its file can be downloaded.
import { Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnalyticsTabProps } from '../tab-props';
import { ExportForm } from './ExportForm';
import { ExportList } from './ExportList';

export function ExportsTab({ workspaceId, surveyId, filters }: AnalyticsTabProps) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Title level={5}>{t('exports.newExport')}</Typography.Title>
      <ExportForm workspaceId={workspaceId} surveyId={surveyId} filters={filters ?? {}} />
      <Divider />
      <Typography.Title level={5}>{t('exports.list')}</Typography.Title>
      <ExportList workspaceId={workspaceId} surveyId={surveyId} />
    </div>
  );
}
