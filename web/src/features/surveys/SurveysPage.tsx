// Surveys (M1): every questionnaire of the workspace with its status, version, languages and
// response counts; search by name, filter by status; create, open, copy the link, duplicate,
// publish or close, delete.
import {
  CopyOutlined,
  DeleteOutlined,
  FormOutlined,
  LineChartOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Link, useNavigate } from '@tanstack/react-router';
import {
  Button,
  Card,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_STATUSES, useSurveys, type SurveyStatus, type SurveySummary } from '../../api/surveys';
import { ColorTag } from '../../components/ColorTag';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { ButtonLink } from '../customers/ButtonLink';
import { formatDateTime } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/current';
import { CloseButton, LinkButton, PublishButton, useSurveyActions } from './actions';
import { CreateSurveyModal } from './CreateSurveyModal';
import { canEditSurveys, SurveyStatusTag } from './status';

export function SurveysPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const navigate = useNavigate();
  const [status, setStatus] = useState<SurveyStatus | undefined>(undefined);
  const [q, setQ] = useState('');
  const list = useSurveys(ws.id, { status, q: q.trim() || undefined });
  const actions = useSurveyActions(ws.id);
  const [creating, setCreating] = useState(false);
  const canEdit = canEditSurveys(ws.role);
  const open = (id: string) =>
    void navigate({ to: '/w/$workspaceId/surveys/$surveyId', params: { workspaceId: ws.id, surveyId: id } });

  const columns: TableColumnsType<SurveySummary> = [
    {
      key: 'name',
      title: t('surveys.list.name'),
      render: (_, s) => (
        <Link to="/w/$workspaceId/surveys/$surveyId" params={{ workspaceId: ws.id, surveyId: s.id }}>
          {s.name}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('surveys.list.status'),
      render: (_, s) => <SurveyStatusTag status={s.status} />,
    },
    {
      key: 'version',
      title: t('surveys.list.version'),
      render: (_, s) => (
        <Flex gap={4} wrap>
          {s.latestVersion === null ? '—' : t('surveys.versions.name', { version: s.latestVersion })}
          {s.draftChanged && s.latestVersion !== null && (
            <ColorTag color="gold">{t('surveys.list.unpublishedChanges')}</ColorTag>
          )}
        </Flex>
      ),
    },
    {
      key: 'languages',
      title: t('surveys.list.languages'),
      render: (_, s) => (
        <Flex gap={4} wrap style={{ maxWidth: 220 }}>
          {s.languages.map((l) => (
            <Tag key={l} style={{ marginInlineEnd: 0 }}>
              {l}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'responses',
      title: t('surveys.list.responses'),
      render: (_, s) => t('surveys.list.counts', { complete: s.completeCount, partial: s.partialCount }),
    },
    { key: 'updated', title: t('surveys.list.updated'), render: (_, s) => formatDateTime(s.updatedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, s) => (
        <Flex gap={4} wrap>
          <Button size="small" icon={<FormOutlined />} onClick={() => open(s.id)}>
            {canEdit ? t('surveys.list.edit') : t('surveys.list.view')}
          </Button>
          <LinkButton survey={s} size="small" />
          {s.latestVersion !== null && (
            <ButtonLink
              size="small"
              icon={<LineChartOutlined />}
              to="/w/$workspaceId/surveys/$surveyId/analytics"
              params={{ workspaceId: ws.id, surveyId: s.id }}
            >
              {t('analytics.page.open')}
            </ButtonLink>
          )}
          {canEdit && (
            <>
              <Button
                size="small"
                icon={<CopyOutlined />}
                onClick={() => void actions.duplicate(s).then((copy) => copy && open(copy.id))}
              >
                {t('surveys.duplicate.button')}
              </Button>
              <PublishButton survey={s} size="small" onPublish={() => actions.publish(s)} />
              <CloseButton survey={s} size="small" onClose={() => actions.close(s)} />
              <Popconfirm
                title={t('surveys.delete.confirm', { name: s.name })}
                description={<div style={{ maxWidth: 320 }}>{t('surveys.delete.help')}</div>}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => actions.remove(s)}
              >
                <Button size="small" danger icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Flex>
      ),
    },
  ];

  const filtered = status !== undefined || q.trim() !== '';
  const empty = filtered ? (
    t('surveys.list.noMatch')
  ) : (
    <Space orientation="vertical" align="center">
      <Typography.Text>{t('surveys.list.empty')}</Typography.Text>
      {canEdit && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('surveys.create.button')}
        </Button>
      )}
    </Space>
  );

  return (
    <>
      <PageHeader
        title={t('areas.surveys.title')}
        description={t('surveys.list.pageDescription')}
        actions={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('surveys.create.button')}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            aria-label={t('surveys.list.search')}
            placeholder={t('surveys.list.search')}
            style={{ flex: '1 1 220px', maxWidth: 360 }}
            onSearch={setQ}
            onChange={(e) => e.target.value === '' && setQ('')}
          />
          <Select<SurveyStatus | 'all'>
            aria-label={t('surveys.list.statusFilter')}
            value={status ?? 'all'}
            style={{ width: 180 }}
            onChange={(v) => setStatus(v === 'all' ? undefined : v)}
            options={[
              { value: 'all', label: t('surveys.list.allStatuses') },
              ...SURVEY_STATUSES.map((s) => ({ value: s, label: t(`surveys.statuses.${s}`) })),
            ]}
          />
        </Flex>
        <PagedTable list={list} columns={columns} rowKey="id" empty={empty} />
      </Card>
      <CreateSurveyModal open={creating} onClose={() => setCreating(false)} onCreated={(s) => open(s.id)} />
    </>
  );
}
