// "Send a test message" through the saved provider, to a phone number or openid typed here (WeChat
// also needs a template); the provider's message id, or what went wrong, is shown under it.
import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProviderMutations, type ProviderChannel } from '../../../api/distribution';
import { errorText } from '../../../components/errors';

interface Props {
  workspaceId: string;
  channel: ProviderChannel;
  disabled: boolean;
}

interface Fields {
  to: string;
  templateId?: string;
}

export function TestMessage({ workspaceId, channel, disabled }: Props) {
  const { t } = useTranslation();
  const { test } = useProviderMutations(workspaceId);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const send = ({ to, templateId }: Fields) => {
    setOutcome(null);
    test.mutate(
      { channel, to: to.trim(), ...(templateId?.trim() ? { templateId: templateId.trim() } : {}) },
      {
        onSuccess: (r) =>
          setOutcome({
            ok: true,
            text: r.providerMessageId
              ? t('distribution.outreach.testSentId', { id: r.providerMessageId })
              : t('distribution.outreach.testSent'),
          }),
        onError: (e) => setOutcome({ ok: false, text: errorText(t, e) }),
      },
    );
  };
  return (
    <Form<Fields>
      name={`test-${channel}`}
      layout="vertical"
      disabled={disabled}
      onFinish={send}
      style={{ marginTop: 24 }}
      aria-label={t('distribution.outreach.test')}
    >
      <Flex gap={12} wrap align="flex-end">
        <Form.Item
          name="to"
          label={t(`distribution.outreach.testTo.${channel}`)}
          rules={[{ required: true, whitespace: true, max: 100 }]}
          style={{ flex: '1 1 220px', marginBottom: 8 }}
        >
          <Input />
        </Form.Item>
        {channel === 'wechat' && (
          <Form.Item
            name="templateId"
            label={t('distribution.message.wechatTemplateId')}
            rules={[{ required: true, whitespace: true, max: 100 }]}
            style={{ flex: '1 1 220px', marginBottom: 8 }}
          >
            <Input />
          </Form.Item>
        )}
        <Form.Item style={{ marginBottom: 8 }}>
          <Button htmlType="submit" icon={<SendOutlined />} loading={test.isPending}>
            {t('distribution.outreach.test')}
          </Button>
        </Form.Item>
      </Flex>
      {outcome && <Alert type={outcome.ok ? 'success' : 'error'} showIcon title={outcome.text} />}
    </Form>
  );
}
