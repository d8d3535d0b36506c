// Creating or editing a scheduled report email: a name, how often, PDF or Word, the report's
// language, and the recipients as tags (pasting a list makes one tag per address).
import { Checkbox, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilters } from '../../../api/analytics';
import {
  MAX_RECIPIENTS,
  REPORT_FORMATS,
  REPORT_FREQUENCIES,
  REPORT_LANGUAGES,
  useReportScheduleMutations,
  type ReportFormat,
  type ReportFrequency,
  type ReportSchedule,
} from '../../../api/analytics-reports';
import { FormModal } from '../../../components/FormModal';
import { useNotify } from '../../../components/useNotify';
import { languageName } from '../../surveys/status';
import { firstInvalidRecipient, normaliseRecipients } from './recipients';

interface Fields {
  name: string;
  frequency: ReportFrequency;
  format: ReportFormat;
  language: string;
  recipients: string[];
  /** Only offered when the page's filter bar narrows the responses by more than dates. */
  useFilters?: boolean;
}

const FIELDS = ['name', 'frequency', 'format', 'language', 'recipients'] as const;

interface Props {
  workspaceId: string;
  surveyId: string;
  /** undefined: closed; null: a new schedule. */
  schedule: ReportSchedule | null | undefined;
  /** The page's filters without dates (a schedule covers whole weeks or months). */
  pageFilters: AnalyticsFilters;
  onClose: () => void;
}

/** Whether the filters narrow the responses at all. */
export const hasFilters = (f: AnalyticsFilters | undefined): boolean =>
  !!f && Object.values(f).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null));

export function ScheduleFormModal({ workspaceId, surveyId, schedule, pageFilters, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { create, update } = useReportScheduleMutations(workspaceId);
  const notify = useNotify();
  const defaultLanguage = (REPORT_LANGUAGES as readonly string[]).includes(i18n.language)
    ? i18n.language
    : 'en';

  return (
    <FormModal<Fields>
      open={schedule !== undefined}
      name="report-schedule"
      title={schedule ? t('reports.schedules.edit') : t('reports.schedules.create')}
      okText={schedule ? t('common.save') : t('reports.schedules.createOk')}
      pending={create.isPending || update.isPending}
      onCancel={onClose}
      initialValues={{
        name: schedule?.name ?? '',
        frequency: schedule?.frequency ?? 'weekly',
        format: schedule?.format ?? 'pdf',
        language: schedule?.language ?? defaultLanguage,
        recipients: schedule?.recipients ?? [],
        useFilters: false,
      }}
      onFinish={({ useFilters, recipients, ...fields }, form) => {
        const onError = notify.formError(form, FIELDS);
        const body = { ...fields, name: fields.name.trim(), recipients: normaliseRecipients(recipients) };
        const done = (text: string) => () => {
          notify.success(text);
          onClose();
        };
        if (schedule) {
          update.mutate({ id: schedule.id, ...body }, { onSuccess: done(t('common.saved')), onError });
        } else {
          const params = useFilters ? { filters: pageFilters } : {};
          create.mutate(
            { surveyId, ...body, params },
            { onSuccess: done(t('reports.schedules.created')), onError },
          );
        }
      }}
    >
      <Form.Item
        name="name"
        label={t('reports.schedules.name')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input placeholder={t('reports.schedules.namePlaceholder')} autoFocus />
      </Form.Item>
      <Form.Item
        name="frequency"
        label={t('reports.schedules.frequency')}
        extra={t('reports.schedules.frequencyHelp')}
      >
        <Radio.Group
          options={REPORT_FREQUENCIES.map((f) => ({ value: f, label: t(`reports.frequencies.${f}`) }))}
        />
      </Form.Item>
      <Form.Item name="format" label={t('reports.schedules.format')}>
        <Radio.Group options={REPORT_FORMATS.map((f) => ({ value: f, label: t(`reports.formats.${f}`) }))} />
      </Form.Item>
      <Form.Item name="language" label={t('reports.schedules.language')} style={{ maxWidth: 320 }}>
        <Select
          aria-label={t('reports.schedules.language')}
          options={REPORT_LANGUAGES.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
        />
      </Form.Item>
      <Form.Item
        name="recipients"
        label={t('reports.schedules.recipients')}
        extra={t('reports.schedules.recipientsHelp', { max: MAX_RECIPIENTS })}
        normalize={(tags: string[]) => normaliseRecipients(tags)}
        rules={[
          {
            validator: (_, value: string[] | undefined) => {
              const emails = value ?? [];
              if (emails.length === 0)
                return Promise.reject(new Error(t('reports.schedules.recipientsRequired')));
              if (emails.length > MAX_RECIPIENTS)
                return Promise.reject(
                  new Error(t('reports.schedules.tooManyRecipients', { max: MAX_RECIPIENTS })),
                );
              const bad = firstInvalidRecipient(emails);
              return bad
                ? Promise.reject(new Error(t('reports.schedules.recipientInvalid', { email: bad })))
                : Promise.resolve();
            },
          },
        ]}
      >
        <Select
          mode="tags"
          open={false}
          suffixIcon={null}
          tokenSeparators={[',', ';', ' ', '\n']}
          aria-label={t('reports.schedules.recipients')}
          placeholder="name@example.com"
        />
      </Form.Item>
      {!schedule && hasFilters(pageFilters) && (
        <Form.Item name="useFilters" valuePropName="checked">
          <Checkbox>{t('reports.schedules.useFilters')}</Checkbox>
        </Form.Item>
      )}
      {schedule && hasFilters(schedule.params.filters) && (
        <Typography.Paragraph type="secondary">{t('reports.schedules.keepsFilters')}</Typography.Paragraph>
      )}
    </FormModal>
  );
}
