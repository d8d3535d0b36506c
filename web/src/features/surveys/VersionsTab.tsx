// The "Versions" tab: every published version, when it was published and how many responses it
// holds; any of them can be shown in the preview.
import { EyeOutlined } from '@ant-design/icons';
import { Button, Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSurveyVersions, type VersionSummary } from '../../api/surveys';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';

interface Props {
  workspaceId: string;
  surveyId: string;
  /** The version in the preview, or null for the draft. */
  previewed: number | null;
  onPreview: (version: number) => void;
}

export function VersionsTab({ workspaceId, surveyId, previewed, onPreview }: Props) {
  const { t } = useTranslation();
  const versions = useSurveyVersions(workspaceId, surveyId);
  const columns: TableColumnsType<VersionSummary> = [
    {
      key: 'version',
      title: t('surveys.versions.version'),
      render: (_, v) => t('surveys.versions.name', { version: v.version }),
    },
    {
      key: 'published',
      title: t('surveys.versions.publishedAt'),
      render: (_, v) => formatDateTime(v.publishedAt),
    },
    { key: 'questions', title: t('surveys.versions.questions'), dataIndex: 'questionCount' },
    { key: 'responses', title: t('surveys.versions.responses'), dataIndex: 'responseCount' },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, v) => (
        <Button
          size="small"
          icon={<EyeOutlined />}
          disabled={previewed === v.version}
          aria-label={t('surveys.versions.previewVersion', { version: v.version })}
          onClick={() => onPreview(v.version)}
        >
          {t('surveys.versions.preview')}
        </Button>
      ),
    },
  ];
  return (
    <QueryState isPending={versions.isPending} error={versions.error} refetch={versions.refetch}>
      <Table<VersionSummary>
        rowKey="version"
        size="small"
        columns={columns}
        dataSource={versions.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('surveys.versions.empty')} /> }}
      />
    </QueryState>
  );
}
