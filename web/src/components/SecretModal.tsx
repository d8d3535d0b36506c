// A secret the server shows only once (API key, webhook signing secret): copy it now or lose it.
import { Alert, Modal, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from './CopyField';

interface Props {
  title: string;
  secret: string | null;
  /** What to do with the secret, shown under it. */
  help?: ReactNode;
  onClose: () => void;
}

export function SecretModal({ title, secret, help, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      footer={(_, { OkBtn }) => <OkBtn />}
      onOk={onClose}
      okText={t('secret.done')}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={t('secret.onceWarning')} />
        <CopyField value={secret ?? ''} label={t('secret.label')} testId="secret-value" />
        {help && <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>}
      </Space>
    </Modal>
  );
}
