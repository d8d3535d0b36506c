// The open-text explorer of one survey: search the comments (Chinese by its words), narrow them by
// question and NPS group within the page's filters, and read them newest first.
import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalyticsQuestions } from '../../../api/analytics';
import type { AnalyticsTabProps } from '../tab-props';
import { CommentFilterBar, type CommentSearch } from './CommentFilterBar';
import { CommentList } from './CommentList';

const PAGE = 25;

export function CommentsTab({ workspaceId, surveyId, filters }: AnalyticsTabProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState<CommentSearch>({});
  const questions = useAnalyticsQuestions(workspaceId, surveyId, i18n.language);
  const textQuestions = (questions.data ?? []).filter((q) => q.type === 'text');
  // The page's period is always set (90 days by default): an empty list says what it is filtered by.
  const filtered =
    Object.values(search).some((v) => v !== undefined) || Object.keys(filters ?? {}).length > 0;

  return (
    <section aria-label={t('comments.title')}>
      <Typography.Paragraph type="secondary">{t('comments.description')}</Typography.Paragraph>
      <CommentFilterBar
        value={search}
        onChange={(patch) => setSearch((prev) => ({ ...prev, ...patch }))}
        onClear={() => setSearch({})}
        questions={textQuestions}
      />
      <CommentList
        workspaceId={workspaceId}
        surveyId={surveyId}
        npsGroup={search.npsGroup}
        limit={PAGE}
        filters={filters}
        query={{ q: search.q, questionId: search.questionId }}
        emptyText={filtered ? t('comments.emptyFiltered') : t('comments.empty')}
      />
    </section>
  );
}
