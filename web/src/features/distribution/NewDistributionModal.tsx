// "New distribution": pick a kind, name it, and set what that kind needs. The kind's defaults are
// filled in (common/distribution), so a link needs only a name; the API's field errors appear under
// the field they name.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDistributionMutations, type Distribution, type DistributionKind } from '../../api/distribution';
import { FormModal } from '../../components/FormModal';
import { useNotify } from '../../components/useNotify';
import { DistributionFields } from './fields/DistributionFields';
import { KindPicker } from './KindPicker';
import { toFormValues, toSettings, type DistributionValues } from './settings-form';
import { useFieldErrors } from './useFieldErrors';

interface Props {
  open: boolean;
  workspaceId: string;
  surveyId: string;
  languages: readonly string[];
  onClose: () => void;
  onCreated: (d: Distribution) => void;
}

export function NewDistributionModal({ open, workspaceId, surveyId, languages, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { create } = useDistributionMutations(workspaceId, surveyId);
  const notify = useNotify();
  const fieldErrors = useFieldErrors();
  return (
    <FormModal<DistributionValues>
      open={open}
      name="new-distribution"
      title={t('distribution.form.create')}
      okText={t('distribution.form.createOk')}
      pending={create.isPending}
      width={760}
      onCancel={onClose}
      initialValues={{ kind: 'link', name: '', locationId: null, settings: toFormValues('link', {}) }}
      onFinish={(values, form) => {
        create.mutate(
          {
            kind: values.kind,
            name: values.name.trim(),
            locationId: values.locationId ?? null,
            settings: toSettings(values.kind, values.settings ?? {}),
          } as Parameters<typeof create.mutate>[0],
          {
            onSuccess: (d) => {
              notify.success(t('distribution.form.created', { name: d.name }));
              onCreated(d);
            },
            onError: fieldErrors(form),
          },
        );
      }}
    >
      <KindField />
      <Form.Item
        name="name"
        label={t('distribution.form.name')}
        extra={t('distribution.form.nameHelp')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input placeholder={t('distribution.form.namePlaceholder')} />
      </Form.Item>
      <KindSettings languages={languages} />
    </FormModal>
  );
}

/** Choosing another kind starts its settings from that kind's defaults. */
function KindField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<DistributionValues>();
  return (
    <Form.Item name="kind" label={t('distribution.form.kind')} rules={[{ required: true }]}>
      <KindPicker
        onChange={(kind: DistributionKind) => {
          form.setFieldsValue({ kind, settings: toFormValues(kind, {}) });
        }}
      />
    </Form.Item>
  );
}

function KindSettings({ languages }: { languages: readonly string[] }) {
  const kind = Form.useWatch('kind') as DistributionKind | undefined;
  return kind ? <DistributionFields key={kind} kind={kind} languages={languages} /> : null;
}
