// "Edit settings" of a distribution: its name and the settings of its kind (the kind itself stays:
// a printed QR code cannot become an email). The API checks the settings against the kind.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDistributionMutations, type Distribution } from '../../api/distribution';
import { FormModal } from '../../components/FormModal';
import { useNotify } from '../../components/useNotify';
import { DistributionFields } from './fields/DistributionFields';
import { hasStore } from './kinds';
import { toFormValues, toSettings, type DistributionValues } from './settings-form';
import { useFieldErrors } from './useFieldErrors';

interface Props {
  workspaceId: string;
  distribution: Distribution | null;
  languages: readonly string[];
  onClose: () => void;
}

export function EditDistributionModal({ workspaceId, distribution: d, languages, onClose }: Props) {
  const { t } = useTranslation();
  const { update } = useDistributionMutations(workspaceId, d?.surveyId ?? '');
  const notify = useNotify();
  const fieldErrors = useFieldErrors();
  return (
    <FormModal<DistributionValues>
      open={d !== null}
      name="edit-distribution"
      title={t('distribution.form.edit', { name: d?.name ?? '' })}
      okText={t('common.save')}
      pending={update.isPending}
      width={760}
      onCancel={onClose}
      initialValues={
        d
          ? {
              kind: d.kind,
              name: d.name,
              locationId: d.locationId,
              settings: toFormValues(d.kind, d.settings),
            }
          : undefined
      }
      onFinish={(values, form) => {
        if (!d) return;
        update.mutate(
          {
            id: d.id,
            name: values.name.trim(),
            ...(hasStore(d.kind) ? { locationId: values.locationId ?? null } : {}),
            settings: toSettings(d.kind, values.settings ?? {}),
          },
          {
            onSuccess: () => {
              notify.success(t('common.saved'));
              onClose();
            },
            onError: fieldErrors(form),
          },
        );
      }}
    >
      <Form.Item
        name="name"
        label={t('distribution.form.name')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input />
      </Form.Item>
      {d && <DistributionFields kind={d.kind} languages={languages} />}
    </FormModal>
  );
}
