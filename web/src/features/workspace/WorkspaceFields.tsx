// The fields a workspace is made of, shared by "Create workspace" and the workspace settings.
import { Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../api/types';
import { timeZones } from '../../components/time-zones';
import { LANGUAGE_NAMES } from '../../i18n/index';

export const WORKSPACE_FIELDS = ['name', 'defaultLanguage', 'timeZone', 'currency'] as const;

const search = { optionFilterProp: 'label' } as const;

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A sensible first currency for someone working in this language. */
export function currencyFor(lang: Language): string {
  return { 'zh-CN': 'CNY', 'zh-TW': 'TWD', es: 'EUR', en: 'USD' }[lang];
}

export function WorkspaceFields() {
  const { t, i18n } = useTranslation();
  const zones = useMemo(() => timeZones().map((z) => ({ value: z, label: z })), []);
  const currencies = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'currency' });
    return Intl.supportedValuesOf('currency').map((c) => ({ value: c, label: `${c} — ${names.of(c) ?? c}` }));
  }, [i18n.language]);

  return (
    <>
      <Form.Item
        name="name"
        label={t('workspace.name')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item
        name="defaultLanguage"
        label={t('workspace.defaultLanguage')}
        extra={t('workspace.defaultLanguageHelp')}
        rules={[{ required: true }]}
      >
        <Select options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
      </Form.Item>
      <Form.Item name="timeZone" label={t('workspace.timeZone')} rules={[{ required: true }]}>
        <Select showSearch={search} options={zones} />
      </Form.Item>
      <Form.Item name="currency" label={t('workspace.currency')} rules={[{ required: true }]}>
        <Select showSearch={search} options={currencies} />
      </Form.Item>
    </>
  );
}
