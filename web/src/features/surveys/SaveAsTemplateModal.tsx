// Saving a survey's draft as a template of this workspace, to start new surveys from.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSurveyMutations, type Survey } from '../../api/surveys';
import { FormModal } from '../../components/FormModal';
import { useNotify } from '../../components/useNotify';

interface Fields {
  name: string;
  description?: string;
}

const FIELDS = ['name', 'description'] as const;

interface Props {
  workspaceId: string;
  /** The survey to save, or null when closed. */
  survey: Survey | null;
  /** Saves pending edits first, so that the template holds what the builder shows. */
  beforeSave: () => Promise<boolean>;
  onClose: () => void;
}

export function SaveAsTemplateModal({ workspaceId, survey, beforeSave, onClose }: Props) {
  const { t } = useTranslation();
  const { saveAsTemplate } = useSurveyMutations(workspaceId);
  const notify = useNotify();
  return (
    <FormModal<Fields>
      open={survey !== null}
      name="template"
      title={t('surveys.template.title')}
      okText={t('surveys.template.ok')}
      pending={saveAsTemplate.isPending}
      initialValues={{ name: survey?.name ?? '', description: '' }}
      onCancel={onClose}
      onFinish={async ({ name, description }, form) => {
        if (!survey) return;
        await beforeSave();
        saveAsTemplate.mutate(
          { id: survey.id, name: name.trim(), description: description?.trim() ?? '' },
          {
            onSuccess: () => {
              notify.success(t('surveys.template.saved', { name: name.trim() }));
              onClose();
            },
            onError: notify.formError(form, FIELDS),
          },
        );
      }}
    >
      <Form.Item
        name="name"
        label={t('surveys.template.name')}
        rules={[{ required: true, whitespace: true }, { max: 200 }]}
      >
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="description" label={t('surveys.template.description')} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
