// A list of free-text comments, newest first: the text with the searched words marked, the
// response's score, where and when. The explorer tab shows it with its filters; dashboards show it
// compact as the "latest detractor comments" widget.
import { EnvironmentOutlined } from '@ant-design/icons';
import type { AnalyticsFilters } from '../../../../../common/analytics/query';
import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  useComments,
  type CommentItem,
  type CommentParams,
  type NpsGroup,
} from '../../../api/analytics-comments';
import { ColorTag } from '../../../components/ColorTag';
import { LoadMore } from '../../../components/LoadMore';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime } from '../../../i18n/format';
import { languageName } from '../../surveys/status';
import { highlightParts } from './highlight';
import { scoreColor } from './score';

export interface CommentListProps {
  workspaceId: string;
  /** Omitted: comments of every survey, each labelled with its survey. */
  surveyId?: string;
  npsGroup?: NpsGroup;
  /** Comments per page. */
  limit: number;
  /** One line of context, no question titles and no "load more" (a dashboard widget). */
  compact?: boolean;
  /** The analytics page's filters (period, locations, channels, waves, languages). */
  filters?: AnalyticsFilters;
  /** Further query parameters: the search, a question, or filters given one by one. */
  query?: CommentParams;
  /** What to say when nothing is found (default: no comments yet). */
  emptyText?: string;
}

export function CommentList({
  workspaceId,
  surveyId,
  npsGroup,
  limit,
  compact,
  filters,
  query,
  emptyText,
}: CommentListProps) {
  const { t, i18n } = useTranslation();
  const list = useComments(workspaceId, {
    ...query,
    surveyId,
    npsGroup,
    limit,
    filters,
    uiLanguage: i18n.language,
  });
  const items = compact ? list.items.slice(0, limit) : list.items;
  return (
    <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('comments.empty')} />
      ) : (
        <ul aria-label={t('comments.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((c) => (
            <CommentRow
              key={`${c.responseId}/${c.questionId}`}
              comment={c}
              compact={compact ?? false}
              showSurvey={!surveyId}
            />
          ))}
        </ul>
      )}
      {!compact && (
        <LoadMore
          hasNextPage={list.hasNextPage}
          isFetchingNextPage={list.isFetchingNextPage}
          fetchNextPage={list.fetchNextPage}
        />
      )}
    </QueryState>
  );
}

const FULL = { margin: 0, whiteSpace: 'pre-wrap' } as const;
/** A widget shows two lines of each comment. */
const CLAMPED = {
  margin: 0,
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
} as const;

function CommentRow({
  comment: c,
  compact,
  showSurvey,
}: {
  comment: CommentItem;
  compact: boolean;
  showSurvey: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <li
      data-testid="comment"
      style={{ padding: compact ? '8px 0' : '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
        {c.score && (
          <ColorTag color={scoreColor(c.score)}>
            {t(`comments.scoreTypes.${c.score.type}`)} {c.score.value}
          </ColorTag>
        )}
        <Typography.Text type="secondary">{formatDateTime(c.completedAt)}</Typography.Text>
        {c.location && (
          <Typography.Text type="secondary">
            <EnvironmentOutlined aria-hidden /> {c.location.name}
          </Typography.Text>
        )}
        {!compact && (
          <>
            <Typography.Text type="secondary">
              {t('comments.via')} <code>{c.channel}</code>
            </Typography.Text>
            <Typography.Text type="secondary">{languageName(c.language, i18n.language)}</Typography.Text>
          </>
        )}
        {showSurvey && <Typography.Text type="secondary">· {c.surveyName}</Typography.Text>}
      </Flex>
      {!compact && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {c.questionTitle}
        </Typography.Text>
      )}
      <Typography.Paragraph lang={c.language} style={compact ? CLAMPED : FULL}>
        {highlightParts(c.text, c.matches).map((part, i) =>
          part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
        )}
      </Typography.Paragraph>
    </li>
  );
}
