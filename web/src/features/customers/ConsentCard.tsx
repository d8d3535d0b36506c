// Consent per channel: granted or withdrawn, when and where it was given. Recording a change from
// the console stamps it with the time and the source "console".
import { Button, Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_CHANNELS,
  useCustomerMutations,
  type ConsentChannel,
  type Customer,
} from '../../api/customers';
import { ColorTag } from '../../components/ColorTag';
import { useNotify } from '../../components/useNotify';
import { formatDateTime } from '../../i18n/format';
import { channelName } from './labels';

interface Props {
  workspaceId: string;
  customer: Customer;
  canEdit: boolean;
}

export function ConsentCard({ workspaceId, customer: c, canEdit }: Props) {
  const { t } = useTranslation();
  const { update } = useCustomerMutations(workspaceId);
  const notify = useNotify();
  const record = (channel: ConsentChannel, status: 'granted' | 'withdrawn') =>
    update.mutate(
      { id: c.id, consent: { [channel]: { status, source: 'console' } } },
      { onSuccess: () => notify.success(t('common.saved')), onError: notify.error },
    );

  return (
    <Card title={t('customers.consent.title')} size="small">
      <List
        size="small"
        dataSource={[...CONSENT_CHANNELS]}
        renderItem={(ch) => {
          const consent = c.consent[ch];
          const granted = consent?.status === 'granted';
          return (
            <List.Item
              actions={
                canEdit
                  ? [
                      <Button
                        key="toggle"
                        size="small"
                        loading={update.isPending && update.variables?.consent?.[ch] !== undefined}
                        onClick={() => record(ch, granted ? 'withdrawn' : 'granted')}
                        aria-label={t(
                          granted ? 'customers.consent.withdrawFor' : 'customers.consent.grantFor',
                          {
                            channel: channelName(t, ch),
                          },
                        )}
                      >
                        {t(granted ? 'customers.consent.withdraw' : 'customers.consent.grant')}
                      </Button>,
                    ]
                  : undefined
              }
            >
              <Flex vertical gap={2}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{channelName(t, ch)}</Typography.Text>
                  {consent ? (
                    <ColorTag color={granted ? 'green' : 'orange'}>
                      {t(`customers.consent.${consent.status}`)}
                    </ColorTag>
                  ) : (
                    <ColorTag color="grey">{t('customers.consent.unknown')}</ColorTag>
                  )}
                </Flex>
                {consent && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('customers.consent.when', {
                      time: formatDateTime(consent.at),
                      source: consent.source,
                    })}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
