// The invitation's words in each of the survey's languages: a subject (email) and a body with the
// placeholders {{name}}, {{survey}} and {{link}}. Left empty, a language gets the built-in text.
import { Form, Input, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MessageChannel } from '../../../api/distribution';
import { languageName } from '../../surveys/status';

const PLACEHOLDERS = '{{name}}, {{survey}}, {{link}}';

interface Props {
  channel: MessageChannel;
  languages: readonly string[];
}

export function TemplateFields({ channel, languages }: Props) {
  const { t, i18n } = useTranslation();
  const field = (lang: string, part: 'subject' | 'body') => ['settings', 'templates', lang, part];
  return (
    <>
      <Typography.Text strong>{t('distribution.message.templates')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('distribution.message.templatesHelp', { placeholders: PLACEHOLDERS })}
      </Typography.Paragraph>
      <Tabs
        size="small"
        items={languages.map((lang) => ({
          key: lang,
          label: languageName(lang, i18n.language),
          // Every language's fields stay in the form, whichever tab is open.
          forceRender: true,
          children: (
            <>
              {channel === 'email' && (
                <Form.Item
                  name={field(lang, 'subject')}
                  label={t('distribution.message.subject')}
                  rules={[{ max: 200 }]}
                >
                  <Input placeholder={t('distribution.message.builtIn')} />
                </Form.Item>
              )}
              <Form.Item
                name={field(lang, 'body')}
                label={t('distribution.message.body')}
                dependencies={[field(lang, 'subject')]}
                rules={[
                  { max: channel === 'sms' ? 500 : 5000 },
                  ({ getFieldValue }) => ({
                    validator: (_, body?: string) =>
                      !body?.trim() && (getFieldValue(field(lang, 'subject')) as string | undefined)?.trim()
                        ? Promise.reject(new Error(t('distribution.message.bodyRequired')))
                        : Promise.resolve(),
                  }),
                ]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 3, maxRows: 10 }}
                  placeholder={t('distribution.message.builtIn')}
                />
              </Form.Item>
            </>
          ),
        }))}
      />
    </>
  );
}
