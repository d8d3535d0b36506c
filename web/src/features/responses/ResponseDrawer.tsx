// One response in a drawer (full width on a phone): when and how it came in, its hidden fields, the
// time spent on each page, and every answer under its question as the answered version worded it.
import { Descriptions, Divider, Drawer, Empty, Flex, Grid, List, Typography, theme } from 'antd';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useResponse, useSurveyVersion, type ResponseDetail } from '../../api/responses';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import type { SurveyDefinition } from '../../../../common/survey/definition';
import { localize } from '../../../../common/survey/logic';
import { AnswerView } from './AnswerView';
import { answerItems, answerLanguage, pageTimes, splitSeconds } from './format-answer';
import { DeviceLabel, StatusTag } from './response-parts';

export interface Lookups {
  waveName: (id: string | null) => string;
  locationName: (id: string | null) => string;
  languageName: (tag: string) => string;
}

interface Props {
  workspaceId: string;
  surveyId: string;
  responseId: string | null;
  lookups: Lookups;
  onClose: () => void;
}

export function ResponseDrawer({ workspaceId, surveyId, responseId, lookups, onClose }: Props) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? true;
  const { token } = theme.useToken();
  return (
    <Drawer
      open={responseId !== null}
      onClose={onClose}
      size={wide ? 720 : '100%'}
      title={t('responses.detailTitle')}
      destroyOnHidden
      styles={{ body: { padding: 0, display: 'flex' } }}
    >
      {/* The response scrolls in this region rather than in the drawer's body, which cannot take
          the focus: this one can, so the arrow keys scroll it too. */}
      {responseId && (
        <div
          role="region"
          aria-label={t('responses.detailTitle')}
          tabIndex={0}
          style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: token.paddingLG }}
        >
          <ResponseBody
            workspaceId={workspaceId}
            surveyId={surveyId}
            responseId={responseId}
            lookups={lookups}
          />
        </div>
      )}
    </Drawer>
  );
}

function ResponseBody({
  workspaceId,
  surveyId,
  responseId,
  lookups,
}: Omit<Props, 'onClose'> & { responseId: string }) {
  const response = useResponse(workspaceId, surveyId, responseId);
  const version = useSurveyVersion(workspaceId, surveyId, response.data?.version ?? null);
  return (
    <QueryState
      isPending={response.isPending || (response.isSuccess && version.isPending)}
      error={response.error ?? version.error}
      refetch={() => (response.error ? response.refetch() : version.refetch())}
    >
      {response.data && version.data && (
        <ResponseContent
          workspaceId={workspaceId}
          response={response.data}
          def={version.data.definition}
          lookups={lookups}
        />
      )}
    </QueryState>
  );
}

function ResponseContent({
  workspaceId,
  response: r,
  def,
  lookups,
}: {
  workspaceId: string;
  response: ResponseDetail;
  def: SurveyDefinition;
  lookups: Lookups;
}) {
  const { t, i18n } = useTranslation();
  const language = answerLanguage(def, i18n.language);
  const items = answerItems(def, r.answers, r.hidden, language);
  const times = pageTimes(def, r.pageSeconds, language);
  const hidden = Object.entries(r.hidden);
  const ending = r.ending ? def.endings.find((e) => e.id === r.ending) : undefined;
  const pageIndex = r.currentPage ? def.pages.findIndex((p) => p.id === r.currentPage) : -1;
  const duration = (s: number) => {
    const { minutes, seconds } = splitSeconds(s);
    return minutes
      ? t('responses.minutesSeconds', { minutes, seconds })
      : t('responses.seconds', { seconds });
  };

  return (
    <Flex vertical gap={8}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'status', label: t('responses.status'), children: <StatusTag status={r.status} /> },
          {
            key: 'version',
            label: t('responses.version'),
            children: t('responses.versionN', { n: r.version }),
          },
          { key: 'started', label: t('responses.started'), children: formatDateTime(r.startedAt) },
          { key: 'completed', label: t('responses.completed'), children: formatDateTime(r.completedAt) },
          { key: 'wave', label: t('responses.wave'), children: lookups.waveName(r.waveId) },
          { key: 'location', label: t('responses.location'), children: lookups.locationName(r.locationId) },
          { key: 'channel', label: t('responses.channel'), children: <code>{r.channel}</code> },
          { key: 'language', label: t('responses.language'), children: lookups.languageName(r.language) },
          { key: 'device', label: t('responses.device'), children: <DeviceLabel device={r.deviceClass} /> },
          {
            key: 'customer',
            label: t('responses.customer'),
            children: r.customerId ? (
              <Link
                to="/w/$workspaceId/customers/$customerId"
                params={{ workspaceId, customerId: r.customerId }}
              >
                {t('responses.openCustomer')}
              </Link>
            ) : (
              t('responses.anonymous')
            ),
          },
          ending
            ? {
                key: 'ending',
                label: t('responses.ending'),
                children: localize(ending.title, language, def) || ending.id,
              }
            : {
                key: 'stopped',
                label: t('responses.stoppedAt'),
                children: pageIndex >= 0 ? t('responses.pageN', { n: pageIndex + 1 }) : '—',
              },
        ]}
      />

      <Divider titlePlacement="start" style={{ marginBottom: 4 }}>
        {t('responses.hiddenFields')}
      </Divider>
      {hidden.length === 0 ? (
        <Typography.Text type="secondary">{t('responses.noHiddenFields')}</Typography.Text>
      ) : (
        <Descriptions
          size="small"
          bordered
          column={1}
          items={hidden.map(([name, value]) => ({ key: name, label: <code>{name}</code>, children: value }))}
        />
      )}

      <Divider titlePlacement="start" style={{ marginBottom: 4 }}>
        {t('responses.timePerPage')}
      </Divider>
      {times.length === 0 ? (
        <Typography.Text type="secondary">{t('responses.noTimes')}</Typography.Text>
      ) : (
        <Descriptions
          size="small"
          bordered
          column={1}
          items={times.map((p) => ({
            key: p.pageId,
            label: p.number
              ? t('responses.pageN', { n: p.number }) + (p.title ? ` · ${p.title}` : '')
              : p.pageId,
            children: duration(p.seconds),
          }))}
        />
      )}

      <Divider titlePlacement="start" style={{ marginBottom: 4 }}>
        {t('responses.answers', { n: items.length })}
      </Divider>
      {items.length === 0 ? (
        <Empty description={t('responses.noAnswers')} />
      ) : (
        <List
          dataSource={items}
          rowKey="id"
          renderItem={(item) => (
            <List.Item style={{ display: 'block' }} data-testid="response-answer">
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
                {item.number
                  ? `Q${item.number} · ${item.title}`
                  : t('responses.unknownQuestion', { id: item.id })}
              </Typography.Text>
              <AnswerView answer={item.answer} />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
