// Registering or editing a webhook: where to send, a note, which events.
import { Checkbox, Form, Input, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatedWebhook, Webhook } from '../../api/types';
import { useWebhookEventTypes, useWebhookMutations } from '../../api/webhooks';
import { FormModal } from '../../components/FormModal';
import { useNotify } from '../../components/useNotify';

interface Fields {
  url: string;
  description?: string;
  /** Subscribes to "*": every event type, including ones added later. */
  allEvents: boolean;
  eventTypes?: string[];
}

export const ALL_EVENTS = '*';

interface Props {
  workspaceId: string;
  /** undefined: closed; null: a new one. */
  webhook: Webhook | null | undefined;
  onClose: () => void;
  onCreated: (created: CreatedWebhook) => void;
}

const FIELDS = ['url', 'description', 'eventTypes'] as const;

/** The event checkboxes, hidden while "all events" is ticked. */
function EventTypesField() {
  const { t } = useTranslation();
  const eventTypes = useWebhookEventTypes();
  const all = Form.useWatch<boolean | undefined>('allEvents', Form.useFormInstance());
  return (
    <Form.Item
      name="eventTypes"
      hidden={all}
      dependencies={['allEvents']}
      rules={[
        ({ getFieldValue }) => ({
          validator: (_, types?: string[]) =>
            getFieldValue('allEvents') || (types?.length ?? 0) > 0
              ? Promise.resolve()
              : Promise.reject(new Error(t('webhooks.eventsRequired'))),
        }),
      ]}
    >
      {eventTypes.data ? (
        <Checkbox.Group
          aria-label={t('webhooks.events')}
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 4 }}
          options={eventTypes.data.map((e) => ({ value: e, label: <code>{e}</code> }))}
        />
      ) : (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      )}
    </Form.Item>
  );
}

export function WebhookFormModal({ workspaceId, webhook, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { create, update } = useWebhookMutations(workspaceId);
  const notify = useNotify();

  return (
    <FormModal<Fields>
      open={webhook !== undefined}
      name="webhook"
      title={webhook ? t('webhooks.edit') : t('webhooks.create')}
      okText={webhook ? t('common.save') : t('webhooks.createOk')}
      pending={create.isPending || update.isPending}
      onCancel={onClose}
      initialValues={{
        url: webhook?.url ?? '',
        description: webhook?.description ?? '',
        allEvents: webhook?.eventTypes.includes(ALL_EVENTS) ?? false,
        eventTypes: webhook?.eventTypes.filter((e) => e !== ALL_EVENTS) ?? [],
      }}
      onFinish={({ allEvents, eventTypes, url, description }, form) => {
        const body = {
          url,
          description: description?.trim() ?? '',
          eventTypes: allEvents ? [ALL_EVENTS] : (eventTypes ?? []),
        };
        const onError = notify.formError(form, FIELDS);
        if (webhook) {
          update.mutate(
            { id: webhook.id, ...body },
            {
              onSuccess: () => {
                notify.success(t('common.saved'));
                onClose();
              },
              onError,
            },
          );
        } else {
          create.mutate(body, {
            onSuccess: (created) => {
              onClose();
              onCreated(created);
            },
            onError,
          });
        }
      }}
    >
      <Form.Item
        name="url"
        label={t('webhooks.url')}
        extra={t('webhooks.urlHelp')}
        rules={[{ required: true, type: 'url', message: t('webhooks.urlInvalid') }]}
      >
        <Input type="url" placeholder="https://example.com/rapport-events" autoFocus />
      </Form.Item>
      <Form.Item name="description" label={t('webhooks.description')} rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="allEvents" valuePropName="checked" label={t('webhooks.events')}>
        <Checkbox>{t('webhooks.allEvents')}</Checkbox>
      </Form.Item>
      <EventTypesField />
    </FormModal>
  );
}
