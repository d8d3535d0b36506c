// Creating an API key: a name to recognise it by and the role it acts with.
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiKeyMutations } from '../../api/api-keys';
import type { CreatedApiKey, Role } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useRoleOptions } from '../../components/roles';
import { useNotify } from '../../components/useNotify';

interface Fields {
  name: string;
  role: Role;
}

interface Props {
  open: boolean;
  workspaceId: string;
  myRole: Role;
  onClose: () => void;
  onCreated: (created: CreatedApiKey) => void;
}

export function CreateApiKeyModal({ open, workspaceId, myRole, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { create } = useApiKeyMutations(workspaceId);
  const notify = useNotify();
  const roleOptions = useRoleOptions(myRole);

  return (
    <FormModal<Fields>
      open={open}
      name="createApiKey"
      title={t('apiKeys.create')}
      okText={t('apiKeys.createOk')}
      pending={create.isPending}
      onCancel={onClose}
      initialValues={{ role: 'viewer' }}
      onFinish={(values, form) =>
        create.mutate(values, {
          onSuccess: (created) => {
            onClose();
            onCreated(created);
          },
          onError: notify.formError(form, ['name', 'role']),
        })
      }
    >
      <Form.Item
        name="name"
        label={t('apiKeys.name')}
        extra={t('apiKeys.nameHelp')}
        rules={[{ required: true, whitespace: true, max: 100 }]}
      >
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="role" label={t('apiKeys.role')} extra={t('apiKeys.roleHelp')}>
        <Select options={roleOptions} />
      </Form.Item>
    </FormModal>
  );
}
