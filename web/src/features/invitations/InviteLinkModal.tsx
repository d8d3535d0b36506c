// After inviting: the link to share, and whether it also went out by email.
import { Alert, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatedInvitation } from '../../api/types';
import { CopyField } from '../../components/CopyField';

export function InviteLinkModal({
  created,
  onClose,
}: {
  created: CreatedInvitation | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={created !== null}
      title={t('invitations.createdTitle')}
      onOk={onClose}
      onCancel={onClose}
      footer={(_, { OkBtn }) => <OkBtn />}
      okText={t('secret.done')}
      destroyOnHidden
    >
      {created && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert
            type={created.emailed ? 'success' : 'info'}
            showIcon
            title={
              created.emailed
                ? t('invitations.emailed', { email: created.invitation.email })
                : t('invitations.notEmailed', { email: created.invitation.email })
            }
          />
          <CopyField value={created.link} label={t('invitations.link')} testId="invitation-link" />
        </Space>
      )}
    </Modal>
  );
}
