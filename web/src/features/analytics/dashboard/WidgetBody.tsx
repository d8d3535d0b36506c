// A widget's content by its type.
import type { Widget } from '../../../api/analytics';
import { BreakdownWidget } from './widgets/BreakdownWidget';
import { CommentsWidget } from './widgets/CommentsWidget';
import { DistributionWidget } from './widgets/DistributionWidget';
import { LeagueTableWidget } from './widgets/LeagueTableWidget';
import { MetricTileWidget } from './widgets/MetricTileWidget';
import { TrendWidget } from './widgets/TrendWidget';

interface Props {
  widget: Widget;
  surveyId: string;
  title: string;
}

export function WidgetBody({ widget: w, surveyId, title }: Props) {
  switch (w.type) {
    case 'metric_tile':
      return <MetricTileWidget widget={w} surveyId={surveyId} />;
    case 'trend':
      return <TrendWidget widget={w} surveyId={surveyId} title={title} />;
    case 'league_table':
      return <LeagueTableWidget widget={w} surveyId={surveyId} />;
    case 'distribution':
      return <DistributionWidget widget={w} surveyId={surveyId} title={title} />;
    case 'breakdown':
      return <BreakdownWidget widget={w} surveyId={surveyId} title={title} />;
    case 'comments':
      return <CommentsWidget widget={w} surveyId={surveyId} />;
  }
}
