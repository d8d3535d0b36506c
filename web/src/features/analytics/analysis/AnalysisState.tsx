// QueryState for an analysis: when the API answers 422 analysis_not_possible (no SERVQUAL pairs,
// a constant or redundant attribute, too few responses), a warning that says why in the console's
// language instead of an error page.
import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { isApiError, type ApiError } from '../../../api/client';
import { QueryState } from '../../../components/QueryState';

interface Props {
  isPending: boolean;
  error: unknown;
  refetch?: () => unknown;
  /** The sentence for this refusal (its `field` says which answer is at fault). */
  notPossible: (error: ApiError) => string;
  children: ReactNode;
}

export function AnalysisState({ isPending, error, refetch, notPossible, children }: Props) {
  if (isApiError(error) && error.code === 'analysis_not_possible')
    return <Alert type="warning" showIcon title={notPossible(error)} data-testid="analysis-not-possible" />;
  return (
    <QueryState isPending={isPending} error={error} refetch={refetch}>
      {children}
    </QueryState>
  );
}
