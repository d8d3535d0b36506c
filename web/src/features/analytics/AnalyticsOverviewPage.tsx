// Analytics (M3) for the whole workspace: the overview dashboard — each widget names its survey,
// by default the headlines of the most recently published surveys — under a period and location
// filter, and the way into each survey's own analytics.
import { BarChartOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocations } from '../../api/locations';
import { useSurveys } from '../../api/surveys';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentWorkspace } from '../workspace/current';
import { DashboardBoard } from './dashboard/DashboardBoard';
import { AnalyticsFilterBar } from './filters/AnalyticsFilterBar';
import { useFilterState } from './filters/useFilterState';

export function AnalyticsOverviewPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const { state, filters, today, setState } = useFilterState();
  const locations = useLocations(ws.id);
  const surveys = useSurveys(ws.id, {});
  const measured = surveys.items.filter((s) => s.latestVersion !== null);

  return (
    <>
      <PageHeader title={t('areas.analytics.title')} description={t('analytics.overview.description')} />
      {measured.length > 0 && (
        <nav aria-label={t('analytics.overview.surveys')} style={{ marginBottom: 16 }}>
          <Flex gap={8} wrap align="center">
            <Typography.Text type="secondary">{t('analytics.overview.surveys')}:</Typography.Text>
            {measured.map((s) => (
              <Link
                key={s.id}
                to="/w/$workspaceId/surveys/$surveyId/analytics"
                params={{ workspaceId: ws.id, surveyId: s.id }}
              >
                <BarChartOutlined aria-hidden /> {s.name}
              </Link>
            ))}
          </Flex>
        </nav>
      )}
      <Card>
        <AnalyticsFilterBar state={state} onChange={setState} locations={locations.data ?? []} />
        <DashboardBoard surveyId={null} filters={filters} today={today} />
      </Card>
    </>
  );
}
