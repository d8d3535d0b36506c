// Settings → Outreach: the rules that keep Rapport from pestering anyone (frequency cap, quiet
// hours, the email send rate) and the SMS and WeChat providers invitations go out through. Admins
// change them; others see the rules read-only, and not the providers (their settings are admins').
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProviders } from '../../../api/distribution';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { isAdmin } from '../../../components/roles';
import { useCurrentWorkspace } from '../../workspace/current';
import { ContactRulesCard } from './ContactRulesCard';
import { SmsProviderCard } from './SmsProviderCard';
import { WechatProviderCard } from './WechatProviderCard';

export function OutreachSettingsPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const canEdit = isAdmin(ws.role);
  const providers = useProviders(ws.id, canEdit);
  const provider = (channel: 'sms' | 'wechat') => providers.data?.find((p) => p.channel === channel);
  return (
    <div style={{ maxWidth: 820 }}>
      <PageHeader title={t('nav.outreach')} description={t('distribution.outreach.pageDescription')} />
      {!canEdit && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('distribution.outreach.adminsOnly')}
        />
      )}
      <ContactRulesCard workspaceId={ws.id} canEdit={canEdit} />
      {canEdit && (
        <QueryState isPending={providers.isPending} error={providers.error} refetch={providers.refetch}>
          <SmsProviderCard workspaceId={ws.id} provider={provider('sms')} canEdit={canEdit} />
          <WechatProviderCard workspaceId={ws.id} provider={provider('wechat')} canEdit={canEdit} />
        </QueryState>
      )}
    </div>
  );
}
