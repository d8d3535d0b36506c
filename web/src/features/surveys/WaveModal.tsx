// Opening or changing a wave: a name, when it opens and (optionally) when it closes, in the
// browser's time zone.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWaveMutations, type Wave } from '../../api/surveys';
import { FormModal } from '../../components/FormModal';
import { useNotify } from '../../components/useNotify';
import { fromLocalInput, toLocalInput } from './datetime';

interface Fields {
  name?: string;
  opensAt: string;
  closesAt?: string;
}

const FIELDS = ['name', 'opensAt', 'closesAt'] as const;

interface Props {
  workspaceId: string;
  surveyId: string;
  /** undefined: closed; null: a new wave. */
  wave: Wave | null | undefined;
  onClose: () => void;
}

export function WaveModal({ workspaceId, surveyId, wave, onClose }: Props) {
  const { t } = useTranslation();
  const { create, update } = useWaveMutations(workspaceId, surveyId);
  const notify = useNotify();
  return (
    <FormModal<Fields>
      open={wave !== undefined}
      name="wave"
      title={wave ? t('surveys.waves.edit') : t('surveys.waves.create')}
      okText={wave ? t('common.save') : t('surveys.waves.createOk')}
      pending={create.isPending || update.isPending}
      onCancel={onClose}
      initialValues={{
        name: wave?.name ?? '',
        opensAt: toLocalInput(wave?.opensAt ?? new Date().toISOString()),
        closesAt: toLocalInput(wave?.closesAt),
      }}
      onFinish={(values, form) => {
        const body = {
          name: values.name?.trim() ?? '',
          opensAt: fromLocalInput(values.opensAt)!,
          closesAt: fromLocalInput(values.closesAt),
        };
        const done = {
          onSuccess: () => {
            notify.success(t('common.saved'));
            onClose();
          },
          onError: notify.formError(form, FIELDS),
        };
        if (wave) update.mutate({ id: wave.id, ...body }, done);
        else create.mutate(body, done);
      }}
    >
      <Form.Item name="name" label={t('surveys.waves.name')} rules={[{ max: 200 }]}>
        <Input placeholder={t('surveys.waves.namePlaceholder')} autoFocus />
      </Form.Item>
      <Form.Item
        name="opensAt"
        label={t('surveys.waves.opensAt')}
        rules={[
          {
            validator: (_, v?: string) =>
              fromLocalInput(v)
                ? Promise.resolve()
                : Promise.reject(new Error(t('surveys.waves.opensRequired'))),
          },
        ]}
      >
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item
        name="closesAt"
        label={t('surveys.waves.closesAt')}
        extra={t('surveys.waves.closesHelp')}
        dependencies={['opensAt']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v?: string) => {
              const closes = fromLocalInput(v);
              const opens = fromLocalInput(getFieldValue('opensAt') as string);
              return !closes || !opens || closes > opens
                ? Promise.resolve()
                : Promise.reject(new Error(t('surveys.waves.closesAfterOpens')));
            },
          }),
        ]}
      >
        <Input type="datetime-local" />
      </Form.Item>
    </FormModal>
  );
}
