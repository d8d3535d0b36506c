// One distribution in a drawer (full width on a phone): its link, what its kind needs (QR codes,
// snippets, the kiosk address, invitations), and its tracking counts with the funnel.
import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Divider, Drawer, Flex, Grid, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDistribution, type Distribution } from '../../api/distribution';
import { useLocations } from '../../api/locations';
import type { Survey } from '../../api/surveys';
import { CopyField } from '../../components/CopyField';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/current';
import { EditDistributionModal } from './EditDistributionModal';
import { EmbedPanel } from './EmbedPanel';
import { InvitationsPanel } from './invitations/InvitationsPanel';
import { canWriteDistributions, DistributionStatusTag, isMessageKind, KindLabel } from './kinds';
import { KioskPanel } from './KioskPanel';
import { QrPanel } from './QrPanel';
import { StatusActions } from './StatusActions';
import { TrackingPanel } from './TrackingPanel';

interface Props {
  workspaceId: string;
  distributionId: string | null;
  survey: Survey | null;
  onClose: () => void;
}

export function DistributionDrawer({ workspaceId, distributionId, survey, onClose }: Props) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? true;
  const { token } = theme.useToken();
  const one = useDistribution(workspaceId, distributionId);
  return (
    <Drawer
      open={distributionId !== null}
      onClose={onClose}
      size={wide ? 760 : '100%'}
      title={one.data?.name ?? t('distribution.detail.title')}
      destroyOnHidden
      styles={{ body: { padding: 0, display: 'flex' } }}
    >
      {/* Scrolls in a region that can take the focus, so the arrow keys scroll it too. */}
      {distributionId && (
        <div
          role="region"
          aria-label={t('distribution.detail.title')}
          tabIndex={0}
          style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: token.paddingLG }}
        >
          <QueryState isPending={one.isPending} error={one.error} refetch={one.refetch}>
            {one.data && <DistributionBody distribution={one.data} languages={survey?.languages ?? []} />}
          </QueryState>
        </div>
      )}
    </Drawer>
  );
}

function DistributionBody({
  distribution: d,
  languages,
}: {
  distribution: Distribution;
  languages: string[];
}) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const locations = useLocations(ws.id);
  const canEdit = canWriteDistributions(ws.role);
  const [editing, setEditing] = useState(false);
  const store = d.locationId ? locations.data?.find((l) => l.id === d.locationId) : undefined;
  const publicLink = d.kind === 'link' || d.kind === 'qr' || d.kind === 'embed';

  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Descriptions
          size="small"
          column={1}
          style={{ flex: '1 1 280px' }}
          items={[
            { key: 'kind', label: t('distribution.columns.kind'), children: <KindLabel kind={d.kind} /> },
            {
              key: 'status',
              label: t('distribution.columns.status'),
              children: <DistributionStatusTag status={d.status} />,
            },
            ...(store ? [{ key: 'store', label: t('distribution.form.store'), children: store.name }] : []),
            { key: 'created', label: t('common.created'), children: formatDateTime(d.createdAt) },
          ]}
        />
        {canEdit && (
          <Flex gap={4} wrap align="flex-start">
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('distribution.detail.edit')}
            </Button>
            <StatusActions workspaceId={ws.id} distribution={d} />
          </Flex>
        )}
      </Flex>
      {publicLink && (
        <section aria-label={t('distribution.detail.link')} style={{ marginBottom: 16 }}>
          <Divider titlePlacement="start" style={{ marginTop: 0 }}>
            {t('distribution.detail.link')}
          </Divider>
          <CopyField value={d.url} label={t('distribution.detail.link')} testId="distribution-link" />
        </section>
      )}
      {(d.kind === 'qr' || d.kind === 'link') && <QrPanel distribution={d} store={store} />}
      {(d.kind === 'embed' || d.kind === 'widget') && <EmbedPanel distribution={d} />}
      {d.kind === 'kiosk' && <KioskPanel distribution={d} />}
      <TrackingPanel distribution={d} />
      {isMessageKind(d.kind) && <InvitationsPanel distribution={d} channel={d.kind} />}
      <EditDistributionModal
        workspaceId={ws.id}
        distribution={editing ? d : null}
        languages={languages}
        onClose={() => setEditing(false)}
      />
    </>
  );
}
