// "Create workspace": you become its owner; it starts with a brand named after it.
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../api/types';
import { useCreateWorkspace, type WorkspaceFields as Fields } from '../../api/workspaces';
import { FormModal } from '../../components/FormModal';
import { useNotify } from '../../components/useNotify';
import { currentLanguage } from '../../i18n/index';
import { browserTimeZone, currencyFor, WORKSPACE_FIELDS, WorkspaceFields } from './WorkspaceFields';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (ws: Workspace) => void;
}

export function CreateWorkspaceModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateWorkspace();
  const notify = useNotify();
  const lang = currentLanguage();

  return (
    <FormModal<Fields>
      open={open}
      name="createWorkspace"
      title={t('workspace.create')}
      okText={t('workspace.createOk')}
      pending={create.isPending}
      onCancel={onClose}
      initialValues={{ defaultLanguage: lang, timeZone: browserTimeZone(), currency: currencyFor(lang) }}
      onFinish={(values, form) =>
        create.mutate(values, {
          onSuccess: (ws) => {
            notify.success(t('workspace.created', { name: ws.name }));
            onClose();
            onCreated(ws);
          },
          onError: notify.formError(form, WORKSPACE_FIELDS),
        })
      }
    >
      <WorkspaceFields />
    </FormModal>
  );
}
