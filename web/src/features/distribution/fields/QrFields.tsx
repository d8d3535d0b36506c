// A QR code's settings: its store, and the call to action printed on its A6 card in each of the
// survey's languages (a built-in sentence in that language when left empty).
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../surveys/status';
import { StoreField } from './StoreField';

export function QrFields({ languages }: { languages: readonly string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <StoreField />
      <Typography.Text strong>{t('distribution.form.callToAction')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('distribution.form.callToActionHelp')}</Typography.Paragraph>
      {languages.map((lang) => (
        <Form.Item
          key={lang}
          name={['settings', 'callToAction', lang]}
          label={languageName(lang, i18n.language)}
          rules={[{ max: 120 }]}
        >
          <Input placeholder={t('distribution.form.callToActionPlaceholder')} />
        </Form.Item>
      ))}
    </>
  );
}
