// A provider's secret: write-only. When one is saved the box says so and stays empty; typing
// replaces it, leaving it empty keeps it.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ColorTag } from '../../../components/ColorTag';

interface Props {
  name: string;
  label: string;
  /** Whether the API has it (Provider.secretsSet). */
  isSet: boolean;
  extra?: string;
}

export function SecretField({ name, label, isSet, extra }: Props) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={['secrets', name]}
      label={
        <>
          {label}
          {isSet && (
            <span style={{ marginInlineStart: 8 }}>
              <ColorTag color="green">{t('distribution.outreach.secretSet')}</ColorTag>
            </span>
          )}
        </>
      }
      extra={extra ?? (isSet ? t('distribution.outreach.secretKeep') : undefined)}
      rules={[{ max: 500 }]}
    >
      <Input.Password autoComplete="new-password" placeholder={isSet ? '••••••••' : undefined} />
    </Form.Item>
  );
}
