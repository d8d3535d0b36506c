// The frame of a provider's settings (SMS gateway, WeChat account): title, when it was last saved,
// what it is for, the form, and a test message once it is saved; and the form's buttons (save, and
// remove after a confirmation).
import { Button, Card, Flex, Popconfirm, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProviderMutations, type Provider } from '../../../api/distribution';
import { useNotify } from '../../../components/useNotify';
import { formatDateTime } from '../../../i18n/format';
import { TestMessage } from './TestMessage';

interface Props {
  channel: 'sms' | 'wechat';
  workspaceId: string;
  provider: Provider | undefined;
  canEdit: boolean;
  /** The settings form; keyed by the provider's updatedAt so that saving starts it over. */
  children: ReactNode;
}

export function ProviderCard({ channel, workspaceId, provider, canEdit, children }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      title={t(`distribution.outreach.${channel}Title`)}
      extra={
        provider && (
          <Typography.Text type="secondary">
            {t('distribution.outreach.updated', { time: formatDateTime(provider.updatedAt) })}
          </Typography.Text>
        )
      }
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary">
        {t(`distribution.outreach.${channel}Help`)}
      </Typography.Paragraph>
      {children}
      {provider && <TestMessage workspaceId={workspaceId} channel={channel} disabled={!canEdit} />}
    </Card>
  );
}

/** Save, and once saved, remove (confirmed: SMS or WeChat invitations are skipped without it). */
export function ProviderFormActions(props: {
  channel: 'sms' | 'wechat';
  workspaceId: string;
  saving: boolean;
  saved: boolean;
}) {
  const { t } = useTranslation();
  const { remove } = useProviderMutations(props.workspaceId);
  const notify = useNotify();
  return (
    <Flex gap={8} wrap>
      <Button type="primary" htmlType="submit" loading={props.saving}>
        {t('common.save')}
      </Button>
      {props.saved && (
        <Popconfirm
          title={t('distribution.outreach.removeConfirm')}
          description={<div style={{ maxWidth: 320 }}>{t('distribution.outreach.removeHelp')}</div>}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            remove.mutate(props.channel, {
              onSuccess: () => notify.success(t('distribution.outreach.removed')),
              onError: notify.error,
            })
          }
        >
          <Button danger>{t('common.delete')}</Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
