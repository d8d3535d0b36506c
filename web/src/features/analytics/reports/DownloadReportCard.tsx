// "Download PDF now": the survey's report made on the spot by GET …/report.pdf|docx (a link the
// session cookie authorises) for all responses or the last whole week or month. Filtered reports
// and large ones are the Exports tab's business (a job with progress).
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  REPORT_PERIODS,
  reportFileUrl,
  type ReportFormat,
  type ReportPeriod,
} from '../../../api/analytics-reports';
import { languageName } from '../../surveys/status';

interface Props {
  workspaceId: string;
  surveyId: string;
}

export function DownloadReportCard({ workspaceId, surveyId }: Props) {
  const { t, i18n } = useTranslation();
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [period, setPeriod] = useState<ReportPeriod>('last_month');
  const [language, setLanguage] = useState<string>(
    (REPORT_LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'en',
  );
  return (
    <Form layout="vertical" aria-label={t('reports.download.title')}>
      <Typography.Paragraph type="secondary">{t('reports.download.help')}</Typography.Paragraph>
      <Flex gap={16} wrap align="end">
        <Form.Item label={t('reports.download.period')} style={{ minWidth: 200 }}>
          <Select
            aria-label={t('reports.download.period')}
            value={period}
            onChange={setPeriod}
            options={REPORT_PERIODS.map((p) => ({ value: p, label: t(`reports.periods.${p}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('reports.download.format')} style={{ minWidth: 160 }}>
          <Select
            aria-label={t('reports.download.format')}
            value={format}
            onChange={setFormat}
            options={REPORT_FORMATS.map((f) => ({ value: f, label: t(`reports.formats.${f}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('reports.download.language')} style={{ minWidth: 160 }}>
          <Select
            aria-label={t('reports.download.language')}
            value={language}
            onChange={setLanguage}
            options={REPORT_LANGUAGES.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
          />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={reportFileUrl(workspaceId, surveyId, format, { language, period })}
            download
          >
            {t(`reports.download.button.${format}`)}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}
