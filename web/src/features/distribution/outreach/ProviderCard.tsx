// The frame of a provider's settings (SMS gateway, WeChat account): title, when it was last saved,
// what it is for, the form, and a test message once it is saved.
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provider } from '../../../api/distribution';
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
