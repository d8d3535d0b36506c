import { describe, expect, it } from 'vitest';
import { widgetFromForm } from './widget-form';

describe('the "Add widget" form', () => {
  it('makes a tile of a question metric, or of the responses when no question is picked', () => {
    expect(
      widgetFromForm(
        { type: 'metric_tile', questionId: 'nps', kind: 'nps', size: 'small', title: '  ' },
        'w1',
      ),
    ).toEqual({
      id: 'w1',
      type: 'metric_tile',
      size: 'small',
      config: { metric: { kind: 'nps', questionId: 'nps', item: '', box: 2 }, comparePrevious: true },
    });
    expect(
      widgetFromForm({ type: 'metric_tile', questionId: '', kind: 'nps', size: 'small' }, 'w2').config,
    ).toEqual({
      metric: { kind: 'count', item: '', box: 2 },
      comparePrevious: true,
    });
  });

  it('carries the overview survey, options of each type and a title', () => {
    const trend = widgetFromForm(
      {
        surveyId: 's1',
        type: 'trend',
        questionId: 'grid',
        kind: 'top_box',
        item: 'speed',
        box: 3,
        trendUnit: 'month',
        byLocation: 'region',
        size: 'full',
        title: ' Speed ',
      },
      'w3',
    );
    expect(trend).toEqual({
      id: 'w3',
      type: 'trend',
      size: 'full',
      title: 'Speed',
      config: {
        surveyId: 's1',
        metric: { kind: 'top_box', questionId: 'grid', item: 'speed', box: 3 },
        unit: 'month',
        byLocation: 'region',
      },
    });
    expect(
      widgetFromForm({ type: 'trend', byLocation: 'none', size: 'medium' }, 'w').config,
    ).not.toHaveProperty('byLocation');
    expect(
      widgetFromForm({ type: 'comments', npsGroup: 'all', limit: 8, size: 'medium' }, 'w').config,
    ).toEqual({
      limit: 8,
    });
    expect(widgetFromForm({ type: 'comments', npsGroup: 'detractor', size: 'medium' }, 'w').config).toEqual({
      limit: 5,
      npsGroup: 'detractor',
    });
    expect(
      widgetFromForm(
        { type: 'breakdown', questionId: 'sat', kind: 'csat', by: 'answer:visit', size: 'medium' },
        'w',
      ).config,
    ).toMatchObject({ by: 'answer:visit' });
  });
});
