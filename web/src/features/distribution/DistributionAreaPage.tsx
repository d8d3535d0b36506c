// Distribution (M2) in the sidebar: every survey of the workspace, each leading to its distribute
// page, where its links, QR codes, invitations and the rest live with their tracking.
import { SendOutlined, SettingOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Card, Flex, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSurveys, type SurveySummary } from '../../api/surveys';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { isAdmin } from '../../components/roles';
import { formatDateTime } from '../../i18n/format';
import { ButtonLink } from '../customers/ButtonLink';
import { SurveyStatusTag } from '../surveys/status';
import { useCurrentWorkspace } from '../workspace/current';

export function DistributionAreaPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const list = useSurveys(ws.id, {});
  const to = '/w/$workspaceId/surveys/$surveyId/distribute' as const;

  const columns: TableColumnsType<SurveySummary> = [
    {
      key: 'name',
      title: t('surveys.list.name'),
      render: (_, s) => (
        <Link to={to} params={{ workspaceId: ws.id, surveyId: s.id }}>
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
      key: 'responses',
      title: t('surveys.list.responses'),
      render: (_, s) => t('surveys.list.counts', { complete: s.completeCount, partial: s.partialCount }),
    },
    { key: 'updated', title: t('surveys.list.updated'), render: (_, s) => formatDateTime(s.updatedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, s) => (
        <ButtonLink
          size="small"
          icon={<SendOutlined />}
          to={to}
          params={{ workspaceId: ws.id, surveyId: s.id }}
        >
          {t('distribution.area.distribute')}
        </ButtonLink>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('areas.distribution.title')}
        description={t('distribution.area.description')}
        actions={
          isAdmin(ws.role) && (
            <Flex>
              <ButtonLink
                icon={<SettingOutlined />}
                to="/w/$workspaceId/settings/outreach"
                params={{ workspaceId: ws.id }}
              >
                {t('nav.outreach')}
              </ButtonLink>
            </Flex>
          )
        }
      />
      <Card>
        <PagedTable list={list} columns={columns} rowKey="id" empty={t('distribution.area.empty')} />
      </Card>
    </>
  );
}
