// A survey's responses: newest first, filtered by status, version, wave, location, channel, language
// and start date (all kept in the URL), and one response in a drawer (?response=<id>).
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Button, Card, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocations } from '../../api/locations';
import { useResponses, type ResponseSummary } from '../../api/responses';
import { useSurvey, useSurveyWaves } from '../../api/surveys';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../i18n/format';
import { languageName as languageNameIn } from '../surveys/status';
import { useCurrentWorkspace } from '../workspace/current';
import { FILTER_KEYS, activeFilterCount, parseFilters, toQuery, type ResponseFilters } from './filters';
import { ResponseDrawer, type Lookups } from './ResponseDrawer';
import { ResponseFilterBar } from './ResponseFilterBar';
import { DeviceLabel, StatusTag } from './response-parts';

type Search = Record<string, unknown>;

export function ResponsesPage() {
  const { t, i18n } = useTranslation();
  const ws = useCurrentWorkspace();
  const { surveyId = '' } = useParams({ strict: false }) as { surveyId?: string };
  const search = useSearch({ strict: false }) as Search;
  const navigate = useNavigate();
  const filters = parseFilters(search);
  const selected = typeof search.response === 'string' ? search.response : null;

  const survey = useSurvey(ws.id, surveyId);
  const waves = useSurveyWaves(ws.id, surveyId);
  const locations = useLocations(ws.id);
  const list = useResponses(ws.id, surveyId, toQuery(filters));
  const languageName = (tag: string) => languageNameIn(tag, i18n.language);

  const setSearch = (change: (prev: Search) => Search, replace: boolean) =>
    void navigate({ to: '.', search: ((prev: Search) => change(prev)) as never, replace });
  const setFilters = (patch: Partial<ResponseFilters>) =>
    setSearch((prev) => {
      const next: Search = { ...prev, ...patch };
      for (const key of Object.keys(patch)) if (next[key] === undefined) delete next[key];
      return next;
    }, true);
  const clearFilters = () =>
    setSearch((prev) => {
      const next = { ...prev };
      for (const key of FILTER_KEYS) delete next[key];
      return next;
    }, true);
  const open = (id: string | null) =>
    setSearch((prev) => {
      const { response: _old, ...rest } = prev;
      return id ? { ...rest, response: id } : rest;
    }, id === null);

  const waveList = waves.data ?? [];
  const locationList = locations.data ?? [];
  const lookups: Lookups = {
    waveName: (id) => {
      const w = id ? waveList.find((x) => x.id === id) : undefined;
      return w ? w.name || t('responses.waveN', { n: w.number }) : '—';
    },
    locationName: (id) => (id ? (locationList.find((l) => l.id === id)?.name ?? '—') : '—'),
    languageName: (tag) => `${languageName(tag)} (${tag})`,
  };

  const columns: TableColumnsType<ResponseSummary> = [
    {
      key: 'started',
      title: t('responses.started'),
      render: (_, r) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto' }}
          onClick={(e) => {
            e.stopPropagation();
            open(r.id);
          }}
        >
          {formatDateTime(r.startedAt)}
        </Button>
      ),
    },
    { key: 'status', title: t('responses.status'), render: (_, r) => <StatusTag status={r.status} /> },
    {
      key: 'version',
      title: t('responses.version'),
      render: (_, r) => t('responses.versionN', { n: r.version }),
    },
    { key: 'wave', title: t('responses.wave'), render: (_, r) => lookups.waveName(r.waveId) },
    { key: 'location', title: t('responses.location'), render: (_, r) => lookups.locationName(r.locationId) },
    { key: 'channel', title: t('responses.channel'), render: (_, r) => <code>{r.channel}</code> },
    { key: 'language', title: t('responses.language'), render: (_, r) => languageName(r.language) },
    { key: 'device', title: t('responses.device'), render: (_, r) => <DeviceLabel device={r.deviceClass} /> },
    { key: 'answers', title: t('responses.answered'), dataIndex: 'answerCount', align: 'end' },
  ];

  const empty =
    activeFilterCount(filters) > 0
      ? t('responses.emptyFiltered')
      : survey.data && survey.data.latestVersion === null
        ? t('responses.emptyUnpublished')
        : t('responses.empty');

  return (
    <>
      <PageHeader
        title={t('responses.title')}
        description={
          survey.data ? (
            <Typography.Text type="secondary">
              {t('responses.pageDescription', { name: survey.data.name })}
            </Typography.Text>
          ) : undefined
        }
        actions={
          <Link to="/w/$workspaceId/surveys/$surveyId" params={{ workspaceId: ws.id, surveyId }}>
            <ArrowLeftOutlined /> {t('responses.backToSurvey')}
          </Link>
        }
      />
      <Card>
        <ResponseFilterBar
          filters={filters}
          onChange={setFilters}
          onClear={clearFilters}
          latestVersion={survey.data?.latestVersion ?? null}
          waves={waveList}
          locations={locationList}
          languages={survey.data?.languages ?? []}
          languageName={languageName}
        />
        <PagedTable
          list={list}
          columns={columns}
          rowKey="id"
          empty={empty}
          onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
        />
      </Card>
      <ResponseDrawer
        workspaceId={ws.id}
        surveyId={surveyId}
        responseId={selected}
        lookups={lookups}
        onClose={() => open(null)}
      />
    </>
  );
}
