// Asking for an export: the format (raw data in three formats, or the report in two), the language
// of labels, and the filters of the page's filter bar, which the export applies as they are.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilters } from '../../../api/analytics';
import { EXPORT_FORMATS, useExportMutations, type ExportFormat } from '../../../api/analytics-exports';
import { useSurvey } from '../../../api/surveys';
import { useNotify } from '../../../components/useNotify';
import { languageName } from '../../surveys/status';

interface Props {
  workspaceId: string;
  surveyId: string;
  filters: AnalyticsFilters;
}

/** Whether the filter bar narrows the responses at all. */
const filtered = (f: AnalyticsFilters) =>
  Object.values(f).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null));

export function ExportForm({ workspaceId, surveyId, filters }: Props) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const { create } = useExportMutations(workspaceId);
  const survey = useSurvey(workspaceId, surveyId);
  const languages = survey.data?.languages ?? [];
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [picked, setLanguage] = useState<string | null>(null);
  // The console's language when the survey has it, else the survey's own.
  const language =
    picked ??
    (languages.includes(i18n.language) ? i18n.language : (survey.data?.defaultLanguage ?? undefined));

  const start = () =>
    create.mutate(
      { surveyId, format, filters, ...(language ? { language } : {}) },
      { onSuccess: () => notify.success(t('exports.started')), onError: notify.error },
    );

  return (
    <Form layout="vertical" onFinish={start} aria-label={t('exports.newExport')}>
      <Form.Item label={t('exports.format')}>
        <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          <Flex vertical gap={4}>
            {EXPORT_FORMATS.map((f) => (
              <Radio key={f} value={f}>
                <Typography.Text strong>{t(`exports.formats.${f}`)}</Typography.Text>{' '}
                <Typography.Text type="secondary">{t(`exports.formatHelp.${f}`)}</Typography.Text>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      {languages.length > 1 && (
        <Form.Item label={t('exports.language')} style={{ maxWidth: 320 }}>
          <Select
            value={language}
            onChange={setLanguage}
            options={languages.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
            aria-label={t('exports.language')}
          />
        </Form.Item>
      )}
      <Typography.Paragraph type="secondary">
        {t(filtered(filters) ? 'exports.filtersApplied' : 'exports.filtersNone')}
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" icon={<DownloadOutlined />} loading={create.isPending}>
        {t('exports.start')}
      </Button>
    </Form>
  );
}
