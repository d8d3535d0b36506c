// The "Waves" tab: repeated rounds of the same survey (Q1, Q2…), each open for a time; responses
// are tagged with the wave open when they came in.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSurveyWaves, useWaveMutations, type Wave, type WaveState } from '../../api/surveys';
import { ColorTag, type TagColor } from '../../components/ColorTag';
import { QueryState } from '../../components/QueryState';
import { useNotify } from '../../components/useNotify';
import { formatDateTime } from '../../i18n/format';
import { WaveModal } from './WaveModal';

const STATE_COLORS: Record<WaveState, TagColor> = { upcoming: 'blue', open: 'green', over: 'grey' };

interface Props {
  workspaceId: string;
  surveyId: string;
  readOnly: boolean;
}

export function WavesTab({ workspaceId, surveyId, readOnly }: Props) {
  const { t } = useTranslation();
  const waves = useSurveyWaves(workspaceId, surveyId);
  const { remove } = useWaveMutations(workspaceId, surveyId);
  const notify = useNotify();
  const [editing, setEditing] = useState<Wave | null | undefined>(undefined);
  const label = (w: Wave) => w.name || t('surveys.waves.numbered', { n: w.number });

  const columns: TableColumnsType<Wave> = [
    { key: 'number', title: '#', dataIndex: 'number' },
    { key: 'name', title: t('surveys.waves.name'), render: (_, w) => label(w) },
    { key: 'opens', title: t('surveys.waves.opensAt'), render: (_, w) => formatDateTime(w.opensAt) },
    {
      key: 'closes',
      title: t('surveys.waves.closesAt'),
      render: (_, w) => (w.closesAt ? formatDateTime(w.closesAt) : t('surveys.waves.noEnd')),
    },
    {
      key: 'state',
      title: t('surveys.waves.state'),
      render: (_, w) => (
        <ColorTag color={STATE_COLORS[w.state]}>{t(`surveys.waves.states.${w.state}`)}</ColorTag>
      ),
    },
    { key: 'responses', title: t('surveys.waves.responses'), dataIndex: 'responseCount' },
  ];
  if (!readOnly) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, w) => (
        <Flex gap={4}>
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(w)}
            aria-label={t('surveys.waves.editOne', { name: label(w) })}
          >
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('surveys.waves.deleteConfirm', { name: label(w) })}
            description={t('surveys.waves.deleteHelp')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove.mutate(w.id, {
                onSuccess: () => notify.success(t('surveys.waves.deleted')),
                onError: notify.error,
              })
            }
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('surveys.waves.deleteOne', { name: label(w) })}
            />
          </Popconfirm>
        </Flex>
      ),
    });
  }

  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" style={{ flex: '1 1 240px' }}>
          {t('surveys.waves.help')}
        </Typography.Text>
        {!readOnly && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('surveys.waves.create')}
          </Button>
        )}
      </Flex>
      <QueryState isPending={waves.isPending} error={waves.error} refetch={waves.refetch}>
        <Table<Wave>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={waves.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('surveys.waves.empty')} /> }}
        />
      </QueryState>
      <WaveModal
        workspaceId={workspaceId}
        surveyId={surveyId}
        wave={editing}
        onClose={() => setEditing(undefined)}
      />
    </>
  );
}
