// The workspace's SMS gateway, reached by the generic HTTP adapter: where to POST, how the body is
// encoded and its field names, the sender id, how to authenticate, an optional HMAC signature, and
// for gateways that answer 200 to a refusal, the field of the reply that says it was accepted.
// Secrets are write-only. Saved, it can send a test message; removed, SMS invitations are skipped.
import { Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProviderMutations, type Provider } from '../../../api/distribution';
import { useNotify } from '../../../components/useNotify';
import { useFieldErrors } from '../useFieldErrors';
import { AUTH_SECRETS, smsBody, smsFormValues, type SmsValues } from './provider-form';
import { SecretField } from './SecretField';
import { ProviderCard, ProviderFormActions } from './ProviderCard';

interface Props {
  workspaceId: string;
  provider: Provider | undefined;
  canEdit: boolean;
}

export function SmsProviderCard(props: Props) {
  return (
    <ProviderCard channel="sms" {...props}>
      {/* Saving gives a new updatedAt: the form starts over from the saved provider, secrets empty. */}
      <SmsForm key={props.provider?.updatedAt ?? 'new'} {...props} />
    </ProviderCard>
  );
}

function SmsForm({ workspaceId, provider, canEdit }: Props) {
  const { t } = useTranslation();
  const { save } = useProviderMutations(workspaceId);
  const notify = useNotify();
  const fieldErrors = useFieldErrors();
  const [form] = Form.useForm<SmsValues>();
  const auth = (Form.useWatch(['config', 'auth'], form) ?? 'none') as SmsValues['config']['auth'];
  const signed =
    ((Form.useWatch(['config', 'signatureHeader'], form) as string | undefined) ?? '').trim() !== '';
  const accepting =
    ((Form.useWatch(['config', 'successPath'], form) as string | undefined) ?? '').trim() !== '';
  const isSet = (name: string) => provider?.secretsSet.includes(name) ?? false;

  return (
    <Form<SmsValues>
      form={form}
      name="sms-provider"
      layout="vertical"
      disabled={!canEdit}
      initialValues={smsFormValues(provider)}
      onFinish={(values) =>
        save.mutate(
          { channel: 'sms', body: smsBody(values) },
          { onSuccess: () => notify.success(t('common.saved')), onError: fieldErrors(form) },
        )
      }
    >
      <Form.Item
        name={['config', 'url']}
        label={t('distribution.outreach.url')}
        rules={[{ required: true, type: 'url' }]}
      >
        <Input placeholder="https://sms.example.com/api/send" />
      </Form.Item>
      <Form.Item name={['config', 'format']} label={t('distribution.outreach.format')}>
        <Radio.Group
          options={[
            { value: 'json', label: t('distribution.outreach.formatJson') },
            { value: 'form', label: t('distribution.outreach.formatForm') },
          ]}
        />
      </Form.Item>
      <Typography.Text strong>{t('distribution.outreach.fieldNames')}</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        {(['to', 'text', 'from'] as const).map((f) => (
          <Col xs={24} sm={8} key={f}>
            <Form.Item
              name={['config', 'fields', f]}
              label={t(`distribution.outreach.field.${f}`)}
              rules={[{ required: true, max: 50 }]}
            >
              <Input />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item
        name={['config', 'from']}
        label={t('distribution.outreach.from')}
        extra={t('distribution.outreach.fromHelp')}
        rules={[{ max: 50 }]}
      >
        <Input style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item name={['config', 'auth']} label={t('distribution.outreach.auth')}>
        <Select
          style={{ maxWidth: 320 }}
          aria-label={t('distribution.outreach.auth')}
          options={(['none', 'bearer', 'basic', 'header'] as const).map((a) => ({
            value: a,
            label: t(`distribution.outreach.authKinds.${a}`),
          }))}
        />
      </Form.Item>
      {auth === 'header' && (
        <Form.Item
          name={['config', 'authHeader']}
          label={t('distribution.outreach.authHeader')}
          rules={[{ required: true, max: 100 }]}
        >
          <Input placeholder="X-Api-Key" style={{ maxWidth: 320 }} />
        </Form.Item>
      )}
      {AUTH_SECRETS[auth].map((s) => (
        <SecretField key={s} name={s} label={t(`distribution.outreach.secrets.${s}`)} isSet={isSet(s)} />
      ))}
      <Form.Item
        name={['config', 'signatureHeader']}
        label={t('distribution.outreach.signatureHeader')}
        extra={t('distribution.outreach.signatureHelp')}
        rules={[{ max: 100 }]}
      >
        <Input placeholder="X-Signature" style={{ maxWidth: 320 }} />
      </Form.Item>
      {signed && (
        <SecretField
          name="signingKey"
          label={t('distribution.outreach.secrets.signingKey')}
          isSet={isSet('signingKey')}
        />
      )}
      <Form.Item
        name={['config', 'messageIdPath']}
        label={t('distribution.outreach.messageIdPath')}
        extra={t('distribution.outreach.messageIdPathHelp')}
        rules={[{ max: 100 }]}
      >
        <Input style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item
        name={['config', 'successPath']}
        label={t('distribution.outreach.successPath')}
        extra={t('distribution.outreach.successPathHelp')}
        rules={[{ max: 100 }]}
      >
        <Input placeholder="Code" style={{ maxWidth: 320 }} />
      </Form.Item>
      {accepting && (
        <Form.Item
          name={['config', 'successValues']}
          label={t('distribution.outreach.successValues')}
          extra={t('distribution.outreach.successValuesHelp')}
          rules={[{ required: true, type: 'array' }]}
        >
          <Select mode="tags" open={false} tokenSeparators={[',', '，']} style={{ maxWidth: 320 }} />
        </Form.Item>
      )}
      <ProviderFormActions
        channel="sms"
        workspaceId={workspaceId}
        saving={save.isPending}
        saved={!!provider}
      />
    </Form>
  );
}
