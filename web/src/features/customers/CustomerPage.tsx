// One customer: the profile (name, tags, language, channel), identities, custom attributes,
// consent, value and type, and the timeline; merge into another customer, export the data, erase.
import { ArrowLeftOutlined, DeleteOutlined, DownloadOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { Button, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportUrl, useCustomer, type Customer } from '../../api/customers';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useNotify } from '../../components/useNotify';
import { formatDateTime } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/current';
import { AttributesCard } from './AttributesCard';
import { ConsentCard } from './ConsentCard';
import { CustomerTimeline } from './CustomerTimeline';
import { EraseModal } from './EraseModal';
import { IdentitiesCard } from './IdentitiesCard';
import { canEditCustomers, canManageCustomerData } from './labels';
import { MergeTargetModal } from './MergeTargetModal';
import { ProfileCard } from './ProfileCard';
import { Readable } from '../../components/Readable';
import { ValueCard } from './ValueCard';

export function CustomerPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const { customerId } = useParams({ from: '/authed/w/$workspaceId/customers/$customerId' });
  const customer = useCustomer(ws.id, customerId);
  return (
    <Readable>
      <div style={{ marginBottom: 8 }}>
        <Link to="/w/$workspaceId/customers" params={{ workspaceId: ws.id }}>
          <ArrowLeftOutlined /> {t('areas.customers.title')}
        </Link>
      </div>
      <QueryState isPending={customer.isPending} error={customer.error} refetch={customer.refetch}>
        {customer.data && <Profile customer={customer.data} />}
      </QueryState>
    </Readable>
  );
}

function Profile({ customer: c }: { customer: Customer }) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const navigate = useNavigate();
  const notify = useNotify();
  const [picking, setPicking] = useState(false);
  const [erasing, setErasing] = useState(false);
  const canEdit = canEditCustomers(ws.role);
  const canManage = canManageCustomerData(ws.role);
  const name = c.name || t('customers.unnamed');

  return (
    <>
      <PageHeader
        title={name}
        description={t('customers.profile.since', { time: formatDateTime(c.createdAt) })}
        actions={
          <>
            {canEdit && (
              <Button icon={<MergeCellsOutlined />} onClick={() => setPicking(true)}>
                {t('customers.merge.into')}
              </Button>
            )}
            {canManage && (
              <Button icon={<DownloadOutlined />} href={exportUrl(ws.id, c.id)} download>
                {t('customers.export.button')}
              </Button>
            )}
            {canManage && (
              <Button danger icon={<DeleteOutlined />} onClick={() => setErasing(true)}>
                {t('customers.erase.button')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <ProfileCard workspaceId={ws.id} customer={c} canEdit={canEdit} />
            <IdentitiesCard workspaceId={ws.id} customer={c} canEdit={canEdit} />
            <AttributesCard workspaceId={ws.id} customer={c} canEdit={canEdit} canDefineFields={canManage} />
            <ConsentCard workspaceId={ws.id} customer={c} canEdit={canEdit} />
          </Flex>
        </Col>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <ValueCard workspaceId={ws.id} value={c.value} currency={ws.currency} canRecompute={canEdit} />
            <CustomerTimeline workspaceId={ws.id} customerId={c.id} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('customers.profile.updated', { time: formatDateTime(c.updatedAt) })}
            </Typography.Text>
          </Flex>
        </Col>
      </Row>
      <MergeTargetModal
        workspaceId={ws.id}
        sourceId={c.id}
        open={picking}
        onClose={() => setPicking(false)}
        onPick={(into) =>
          void navigate({
            to: '/w/$workspaceId/customers/$customerId/merge',
            params: { workspaceId: ws.id, customerId: c.id },
            search: { into } as never,
          })
        }
      />
      <EraseModal
        workspaceId={ws.id}
        customer={c}
        open={erasing}
        onClose={() => setErasing(false)}
        onErased={() => {
          notify.success(t('customers.erase.done', { name }));
          void navigate({ to: '/w/$workspaceId/customers', params: { workspaceId: ws.id } });
        }}
      />
    </>
  );
}
