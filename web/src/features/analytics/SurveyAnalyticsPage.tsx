// A survey's analytics: /w/:ws/surveys/:surveyId/analytics?tab=…, the filter bar (kept in the URL
// with the tab) and one tab per view, each loaded when first opened (charts, tables and their code
// stay out of the page until then).
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Card, Spin, Tabs } from 'antd';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocations } from '../../api/locations';
import { useSurvey, useSurveyWaves } from '../../api/surveys';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { languageName } from '../surveys/status';
import { useCurrentWorkspace } from '../workspace/current';
import { AnalyticsFilterBar } from './filters/AnalyticsFilterBar';
import { useFilterState } from './filters/useFilterState';
import type { AnalyticsTabProps } from './tab-props';

export const ANALYTICS_TABS = [
  'dashboard',
  'compare',
  'crosstab',
  'gap',
  'drivers',
  'comments',
  'exports',
  'reports',
] as const;
export type AnalyticsTab = (typeof ANALYTICS_TABS)[number];

type TabComponent = ComponentType<AnalyticsTabProps>;
const named = (load: () => Promise<Record<string, unknown>>, name: string) =>
  lazy(() => load().then((m) => ({ default: m[name] as TabComponent })));

const TAB_COMPONENTS: Record<AnalyticsTab, TabComponent> = {
  dashboard: named(() => import('./dashboard/DashboardTab'), 'DashboardTab'),
  compare: named(() => import('./analysis/CompareTab'), 'CompareTab'),
  crosstab: named(() => import('./analysis/CrosstabTab'), 'CrosstabTab'),
  gap: named(() => import('./analysis/GapTab'), 'GapTab'),
  drivers: named(() => import('./analysis/DriversTab'), 'DriversTab'),
  comments: named(() => import('./comments/CommentsTab'), 'CommentsTab'),
  exports: named(() => import('./exports/ExportsTab'), 'ExportsTab'),
  reports: named(() => import('./reports/ReportSchedulesTab'), 'ReportSchedulesTab'),
};

type Search = Record<string, unknown>;

export function SurveyAnalyticsPage() {
  const { t, i18n } = useTranslation();
  const ws = useCurrentWorkspace();
  const { surveyId = '' } = useParams({ strict: false }) as { surveyId?: string };
  const search = useSearch({ strict: false }) as Search;
  const navigate = useNavigate();
  const tab: AnalyticsTab = (ANALYTICS_TABS as readonly unknown[]).includes(search.tab)
    ? (search.tab as AnalyticsTab)
    : 'dashboard';
  const { state, filters, setState } = useFilterState();
  const survey = useSurvey(ws.id, surveyId);
  const waves = useSurveyWaves(ws.id, surveyId);
  const locations = useLocations(ws.id);

  const openTab = (next: string) =>
    void navigate({
      to: '.',
      search: ((prev: Search) => {
        const { tab: _old, ...rest } = prev;
        return next === 'dashboard' ? rest : { ...rest, tab: next };
      }) as never,
    });

  return (
    <QueryState isPending={survey.isPending} error={survey.error} refetch={survey.refetch}>
      <PageHeader
        title={survey.data?.name ?? ''}
        description={t('analytics.page.description')}
        actions={
          <Link to="/w/$workspaceId/surveys/$surveyId" params={{ workspaceId: ws.id, surveyId }}>
            <ArrowLeftOutlined /> {t('analytics.page.backToSurvey')}
          </Link>
        }
      />
      <Card>
        <AnalyticsFilterBar
          state={state}
          onChange={setState}
          locations={locations.data ?? []}
          waves={waves.data ?? []}
          languages={survey.data?.languages ?? []}
          languageName={(tag) => languageName(tag, i18n.language)}
          showChannels
        />
        <Tabs
          activeKey={tab}
          onChange={openTab}
          destroyOnHidden
          items={ANALYTICS_TABS.map((key) => {
            const Tab = TAB_COMPONENTS[key];
            return {
              key,
              label: t(`analytics.tabs.${key}`),
              children: (
                <Suspense
                  fallback={
                    <div
                      role="status"
                      aria-label={t('common.loading')}
                      style={{ padding: 48, textAlign: 'center' }}
                    >
                      <Spin />
                    </div>
                  }
                >
                  <Tab workspaceId={ws.id} surveyId={surveyId} filters={filters} />
                </Suspense>
              ),
            };
          })}
        />
      </Card>
    </QueryState>
  );
}
