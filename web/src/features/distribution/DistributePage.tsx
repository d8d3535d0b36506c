// A survey's distributions: /w/:ws/surveys/:surveyId/distribute. Every way the survey reaches
// people with its tracking counts and response rate; make a new one, pause, resume or archive one,
// and open one (?open=<id>, so the drawer survives a reload and can be shared) for its link, QR
// codes, snippets, invitations and funnel.
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDistributions } from '../../api/distribution';
import { useSurvey } from '../../api/surveys';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCurrentWorkspace } from '../workspace/current';
import { DistributionDrawer } from './DistributionDrawer';
import { DistributionTable } from './DistributionTable';
import { EmptyState } from './EmptyState';
import { canWriteDistributions } from './kinds';
import { NewDistributionModal } from './NewDistributionModal';

type Search = Record<string, unknown>;

export function DistributePage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const { surveyId = '' } = useParams({ strict: false }) as { surveyId?: string };
  const search = useSearch({ strict: false }) as Search;
  const navigate = useNavigate();
  const openId = typeof search.open === 'string' ? search.open : null;
  const [archived, setArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const survey = useSurvey(ws.id, surveyId);
  const list = useDistributions(ws.id, surveyId, archived);
  const canEdit = canWriteDistributions(ws.role);
  const languages = survey.data?.languages ?? [];

  const open = (id: string | null) =>
    void navigate({
      to: '.',
      search: ((prev: Search) => {
        const { open: _old, ...rest } = prev;
        return id ? { ...rest, open: id } : rest;
      }) as never,
    });

  const newButton = canEdit && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('distribution.page.new')}
    </Button>
  );

  return (
    <QueryState isPending={survey.isPending} error={survey.error} refetch={survey.refetch}>
      <div style={{ marginBottom: 8 }}>
        <Link to="/w/$workspaceId/surveys/$surveyId" params={{ workspaceId: ws.id, surveyId }}>
          <ArrowLeftOutlined /> {t('distribution.page.backToSurvey')}
        </Link>
      </div>
      <PageHeader
        title={survey.data?.name ?? ''}
        description={t('distribution.page.description')}
        actions={newButton}
      />
      {survey.data && survey.data.latestVersion === null && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('distribution.page.notPublished')}
          description={t('distribution.page.notPublishedHelp')}
        />
      )}
      <Card>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Typography.Text>
            <Switch
              size="small"
              checked={archived}
              onChange={setArchived}
              aria-label={t('distribution.page.showArchived')}
            />{' '}
            {t('distribution.page.showArchived')}
          </Typography.Text>
        </Flex>
        <DistributionTable
          workspaceId={ws.id}
          list={list}
          canEdit={canEdit}
          onOpen={open}
          empty={<EmptyState action={newButton} />}
        />
      </Card>
      <NewDistributionModal
        open={creating}
        workspaceId={ws.id}
        surveyId={surveyId}
        languages={languages}
        onClose={() => setCreating(false)}
        onCreated={(d) => {
          setCreating(false);
          open(d.id);
        }}
      />
      <DistributionDrawer
        workspaceId={ws.id}
        distributionId={openId}
        survey={survey.data ?? null}
        onClose={() => open(null)}
      />
    </QueryState>
  );
}
