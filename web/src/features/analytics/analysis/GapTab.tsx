// Gap analysis: the SERVQUAL expectation–perception gap, then the importance–performance grid.
import { Divider } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalyticsQuestions, type AnalyticsFilters } from '../../../api/analytics';
import { QueryState } from '../../../components/QueryState';
import type { AnalyticsTabProps } from '../tab-props';
import { numericMeasures } from './choices';
import { IpaSection } from './IpaSection';
import { ServqualSection } from './ServqualSection';

/** All responses, when the page gives no filters. */
const NO_FILTERS: AnalyticsFilters = {};

export function GapTab({ workspaceId, surveyId, filters = NO_FILTERS }: AnalyticsTabProps) {
  const { i18n } = useTranslation();
  const questions = useAnalyticsQuestions(workspaceId, surveyId, i18n.language);
  const measures = useMemo(() => numericMeasures(questions.data ?? []), [questions.data]);
  const hasStated = (questions.data ?? []).some((q) => q.type === 'importance_performance');
  return (
    <div>
      <ServqualSection workspaceId={workspaceId} surveyId={surveyId} filters={filters} />
      <Divider />
      <QueryState isPending={questions.isPending} error={questions.error} refetch={questions.refetch}>
        <IpaSection
          workspaceId={workspaceId}
          surveyId={surveyId}
          filters={filters}
          measures={measures}
          hasStated={hasStated}
        />
      </QueryState>
    </div>
  );
}
