// A kiosk's settings: its store, and how long without a touch before it starts over for the next
// customer.
import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { StoreField } from './StoreField';

export function KioskFields() {
  const { t } = useTranslation();
  return (
    <>
      <StoreField />
      <Form.Item
        name={['settings', 'resetSeconds']}
        label={t('distribution.form.resetSeconds')}
        extra={t('distribution.form.resetSecondsHelp')}
        rules={[{ type: 'integer', min: 10, max: 3600 }]}
      >
        <InputNumber min={10} max={3600} precision={0} suffix={t('distribution.form.seconds')} />
      </Form.Item>
    </>
  );
}
