// The workspace's WeChat Official Account for template messages: its app id and app secret
// (write-only), and the API base (WeChat's own unless a proxy stands in). Saved, it can send a test.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProviderMutations, type Provider } from '../../../api/distribution';
import { useNotify } from '../../../components/useNotify';
import { useFieldErrors } from '../useFieldErrors';
import { wechatBody, wechatFormValues, type WechatValues } from './provider-form';
import { SecretField } from './SecretField';
import { ProviderCard, ProviderFormActions } from './ProviderCard';

interface Props {
  workspaceId: string;
  provider: Provider | undefined;
  canEdit: boolean;
}

export function WechatProviderCard(props: Props) {
  return (
    <ProviderCard channel="wechat" {...props}>
      {/* Saving gives a new updatedAt: the form starts over from the saved provider, secrets empty. */}
      <WechatForm key={props.provider?.updatedAt ?? 'new'} {...props} />
    </ProviderCard>
  );
}

function WechatForm({ workspaceId, provider, canEdit }: Props) {
  const { t } = useTranslation();
  const { save } = useProviderMutations(workspaceId);
  const notify = useNotify();
  const fieldErrors = useFieldErrors();
  const [form] = Form.useForm<WechatValues>();
  const secretSet = provider?.secretsSet.includes('appSecret') ?? false;

  return (
    <Form<WechatValues>
      form={form}
      name="wechat-provider"
      layout="vertical"
      disabled={!canEdit}
      initialValues={wechatFormValues(provider)}
      onFinish={(values) =>
        save.mutate(
          { channel: 'wechat', body: wechatBody(values) },
          { onSuccess: () => notify.success(t('common.saved')), onError: fieldErrors(form) },
        )
      }
    >
      <Form.Item
        name={['config', 'appId']}
        label={t('distribution.outreach.appId')}
        rules={[{ required: true, whitespace: true, max: 100 }]}
      >
        <Input placeholder="wx1234567890abcdef" style={{ maxWidth: 320 }} />
      </Form.Item>
      <SecretField name="appSecret" label={t('distribution.outreach.appSecret')} isSet={secretSet} />
      <Form.Item
        name={['config', 'apiBase']}
        label={t('distribution.outreach.apiBase')}
        extra={t('distribution.outreach.apiBaseHelp')}
        rules={[{ required: true, type: 'url' }]}
      >
        <Input style={{ maxWidth: 420 }} />
      </Form.Item>
      <ProviderFormActions
        channel="wechat"
        workspaceId={workspaceId}
        saving={save.isPending}
        saved={!!provider}
      />
    </Form>
  );
}
