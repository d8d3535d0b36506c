// The latest comments (of detractors, passives or promoters when the widget says so) under the
// dashboard's filters, drawn by the open-text explorer's CommentList.
import type { WidgetOf } from '../../../../../../common/analytics/widgets';
import { CommentList } from '../../comments/CommentList';
import { useDashboardEnv } from '../env';

interface Props {
  widget: WidgetOf<'comments'>;
  surveyId: string;
}

export function CommentsWidget({ widget, surveyId }: Props) {
  const env = useDashboardEnv();
  return (
    <div style={{ maxHeight: 360, overflowY: 'auto' }}>
      <CommentList
        workspaceId={env.workspaceId}
        surveyId={surveyId}
        npsGroup={widget.config.npsGroup}
        limit={widget.config.limit}
        compact
        filters={env.filters}
      />
    </div>
  );
}
