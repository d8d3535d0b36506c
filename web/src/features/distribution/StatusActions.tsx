// Pause or resume a distribution, archive it (after confirming: its link stops taking answers) or
// bring an archived one back.
import { InboxOutlined, PauseCircleOutlined, PlayCircleOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDistributionMutations, type Distribution, type DistributionStatus } from '../../api/distribution';
import { useNotify } from '../../components/useNotify';

interface Props {
  workspaceId: string;
  distribution: Distribution;
  size?: 'small' | 'middle';
}

export function StatusActions({ workspaceId, distribution: d, size = 'small' }: Props) {
  const { t } = useTranslation();
  const { update } = useDistributionMutations(workspaceId, d.surveyId);
  const notify = useNotify();
  const setStatus = (status: DistributionStatus, done: 'paused' | 'resumed' | 'archived' | 'restored') =>
    update.mutate(
      { id: d.id, status },
      {
        onSuccess: () => notify.success(t(`distribution.actions.${done}`, { name: d.name })),
        onError: notify.error,
      },
    );
  const pending = update.isPending;
  if (d.status === 'archived') {
    return (
      <Button
        size={size}
        icon={<UndoOutlined />}
        loading={pending}
        onClick={() => setStatus('active', 'restored')}
      >
        {t('distribution.actions.restore')}
      </Button>
    );
  }
  return (
    <Flex gap={4} wrap>
      {d.status === 'active' ? (
        <Button
          size={size}
          icon={<PauseCircleOutlined />}
          loading={pending}
          onClick={() => setStatus('paused', 'paused')}
        >
          {t('distribution.actions.pause')}
        </Button>
      ) : (
        <Button
          size={size}
          icon={<PlayCircleOutlined />}
          loading={pending}
          onClick={() => setStatus('active', 'resumed')}
        >
          {t('distribution.actions.resume')}
        </Button>
      )}
      <Popconfirm
        title={t('distribution.actions.archiveConfirm', { name: d.name })}
        description={<div style={{ maxWidth: 320 }}>{t('distribution.actions.archiveHelp')}</div>}
        okText={t('distribution.actions.archive')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onConfirm={() => setStatus('archived', 'archived')}
      >
        <Button size={size} danger icon={<InboxOutlined />}>
          {t('distribution.actions.archive')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
