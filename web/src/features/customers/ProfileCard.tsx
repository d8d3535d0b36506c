// A profile's own fields: name, tags, language, preferred channel and time zone, saved together.
import { Button, Card, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_CHANNELS,
  useCustomerMutations,
  type ConsentChannel,
  type Customer,
} from '../../api/customers';
import { LANGUAGES, type Language } from '../../api/types';
import { timeZones } from '../../components/time-zones';
import { useNotify } from '../../components/useNotify';
import { LANGUAGE_NAMES } from '../../i18n';
import { channelName } from './labels';

interface Fields {
  name: string;
  tags: string[];
  language: Language | null;
  preferredChannel: ConsentChannel | null;
  timeZone: string | null;
}

const FIELDS = ['name', 'tags', 'language', 'preferredChannel', 'timeZone'] as const;

interface Props {
  workspaceId: string;
  customer: Customer;
  canEdit: boolean;
}

export function ProfileCard({ workspaceId, customer: c, canEdit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Fields>();
  const { update } = useCustomerMutations(workspaceId);
  const notify = useNotify();
  const zones = useMemo(() => timeZones().map((z) => ({ value: z, label: z })), []);
  return (
    <Card title={t('customers.profile.details')} size="small">
      <Form<Fields>
        form={form}
        name="customerProfile"
        // A fresh form after each save or merge: it shows what the server kept.
        key={c.updatedAt}
        layout="vertical"
        disabled={!canEdit}
        initialValues={{
          name: c.name,
          tags: c.tags,
          language: (c.language as Language | null) ?? null,
          preferredChannel: (c.preferredChannel as ConsentChannel | null) ?? null,
          timeZone: c.timeZone ?? null,
        }}
        onFinish={(values) =>
          update.mutate(
            {
              id: c.id,
              name: values.name.trim(),
              tags: values.tags,
              language: values.language ?? null,
              preferredChannel: values.preferredChannel ?? null,
              timeZone: values.timeZone ?? null,
            },
            { onSuccess: () => notify.success(t('common.saved')), onError: notify.formError(form, FIELDS) },
          )
        }
      >
        <Form.Item name="name" label={t('customers.fields.name')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="tags" label={t('customers.fields.tags')} extra={t('customers.profile.tagsHelp')}>
          <Select
            mode="tags"
            aria-label={t('customers.fields.tags')}
            tokenSeparators={[',']}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
        <Form.Item name="language" label={t('customers.fields.language')}>
          <Select
            aria-label={t('customers.fields.language')}
            allowClear
            placeholder={t('customers.profile.notSet')}
            options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          />
        </Form.Item>
        <Form.Item name="preferredChannel" label={t('customers.fields.preferredChannel')}>
          <Select
            aria-label={t('customers.fields.preferredChannel')}
            allowClear
            placeholder={t('customers.profile.notSet')}
            options={CONSENT_CHANNELS.map((ch) => ({ value: ch, label: channelName(t, ch) }))}
          />
        </Form.Item>
        <Form.Item
          name="timeZone"
          label={t('customers.fields.timeZone')}
          extra={t('customers.profile.timeZoneHelp')}
        >
          <Select
            aria-label={t('customers.fields.timeZone')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('customers.profile.notSet')}
            options={zones}
          />
        </Form.Item>
        {canEdit && (
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
