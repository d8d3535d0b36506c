// Inviting someone: their email and the role they will have.
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInvitationMutations } from '../../api/invitations';
import type { CreatedInvitation, Role } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useRoleOptions } from '../../components/roles';
import { useNotify } from '../../components/useNotify';

interface Fields {
  email: string;
  role: Role;
}

interface Props {
  open: boolean;
  workspaceId: string;
  myRole: Role;
  onClose: () => void;
  onCreated: (created: CreatedInvitation) => void;
}

export function InviteModal({ open, workspaceId, myRole, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { create } = useInvitationMutations(workspaceId);
  const notify = useNotify();
  const roleOptions = useRoleOptions(myRole);

  return (
    <FormModal<Fields>
      open={open}
      name="invite"
      title={t('invitations.invite')}
      okText={t('invitations.send')}
      pending={create.isPending}
      onCancel={onClose}
      initialValues={{ role: 'agent' }}
      onFinish={(values, form) =>
        create.mutate(values, {
          onSuccess: (created) => {
            onClose();
            onCreated(created);
          },
          onError: notify.formError(form, ['email', 'role']),
        })
      }
    >
      <Form.Item
        name="email"
        label={t('invitations.email')}
        rules={[{ required: true, type: 'email', message: t('auth.emailInvalid') }]}
      >
        <Input type="email" autoComplete="off" autoFocus />
      </Form.Item>
      <Form.Item name="role" label={t('invitations.role')} extra={t('invitations.roleHelp')}>
        <Select options={roleOptions} />
      </Form.Item>
    </FormModal>
  );
}
