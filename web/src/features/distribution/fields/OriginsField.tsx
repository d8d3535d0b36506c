// The sites allowed to show the survey (an embed's frame, the pop-up): origins typed or pasted as
// tags. The API checks each one and names the one that is not an origin.
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';

export function OriginsField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={['settings', 'allowedOrigins']}
      label={t('distribution.form.allowedOrigins')}
      extra={t('distribution.form.allowedOriginsHelp')}
    >
      <Select
        mode="tags"
        open={false}
        suffixIcon={null}
        tokenSeparators={[',', ' ', '\n']}
        aria-label={t('distribution.form.allowedOrigins')}
        placeholder="https://shop.example.com"
      />
    </Form.Item>
  );
}
