import { describe, expect, it } from 'vitest';
import type { Driver, IpaAnswer } from '../../../api/analytics-analysis';
import { driversBarOption, gapBarOption, ipaScatterOption, paddedExtent } from './analysis-charts';

type AnyOption = Record<string, any>;

describe('the analysis charts', () => {
  it('colours a negative gap red and a positive one green, leaving out dimensions without a gap', () => {
    const option = gapBarOption(
      [
        { dimension: 'a', label: 'A', gap: -1.5, items: 2 },
        { dimension: 'b', label: 'B', gap: null, items: 1 },
        { dimension: 'c', label: 'C', gap: 0.5, items: 1 },
      ],
      String,
    ) as AnyOption;
    expect(option.yAxis.data).toEqual(['A', 'C']);
    expect(option.series[0].data.map((d: AnyOption) => [d.value, d.itemStyle.color])).toEqual([
      [-1.5, '#cf1322'],
      [0.5, '#389e0d'],
    ]);
  });

  it('draws the crosshairs at the grand means and the four quadrants around them', () => {
    const answer: IpaAnswer = {
      importance: 'stated',
      crosshair: { importance: 3, performance: 3.5 },
      points: [
        {
          questionId: 'a',
          item: '',
          label: 'A',
          importance: 4,
          performance: 2,
          quadrant: 'concentrate_here',
          n: 5,
        },
        {
          questionId: 'b',
          item: '',
          label: '<b>B</b>',
          importance: 2,
          performance: 5,
          quadrant: 'possible_overkill',
          n: 5,
        },
        { questionId: 'c', item: '', label: 'C', importance: null, performance: 4, quadrant: null, n: 0 },
      ],
    };
    const quadrants = {
      concentrate_here: 'CH',
      keep_up: 'KU',
      low_priority: 'LP',
      possible_overkill: 'PO',
    };
    const option = ipaScatterOption(
      answer,
      { importance: 'Imp', performance: 'Perf', quadrants },
      String,
    ) as AnyOption;
    const series = option.series[0];
    expect(series.data).toEqual([
      { name: 'A', value: [2, 4] },
      { name: '<b>B</b>', value: [5, 2] },
    ]);
    expect(series.markLine.data).toEqual([{ xAxis: 3.5 }, { yAxis: 3 }]);
    const areas = series.markArea.data.map((a: AnyOption[]) => [
      a[0]!.name,
      a[0]!.xAxis,
      a[1]!.xAxis,
      a[0]!.yAxis,
      a[1]!.yAxis,
    ]);
    const [xMin, xMax] = paddedExtent([2, 5, 3.5]);
    const [yMin, yMax] = paddedExtent([4, 2, 3]);
    expect(option.xAxis).toMatchObject({ min: xMin, max: xMax });
    expect(areas).toEqual([
      ['CH', xMin, 3.5, 3, yMax],
      ['KU', 3.5, xMax, 3, yMax],
      ['LP', xMin, 3.5, yMin, 3],
      ['PO', 3.5, xMax, yMin, 3],
    ]);
    // Labels are people's text: the tooltip escapes them.
    expect(option.tooltip.formatter({ name: '<b>B</b>', value: [5, 2] })).toBe(
      '&#60;b&#62;B&#60;/b&#62;<br/>Perf: 5<br/>Imp: 2',
    );
    expect(
      ipaScatterOption(
        { ...answer, crosshair: null },
        { importance: '', performance: '', quadrants },
        String,
      ),
    ).toEqual({});
  });

  it('sorts drivers by relative weight and charts their share of R²', () => {
    const driver = (label: string, relativeWeight: number, share: number): Driver => ({
      questionId: label,
      item: '',
      label,
      correlation: 0,
      beta: 0,
      relativeWeight,
      share,
      mean: 3,
    });
    const option = driversBarOption([driver('a', 0.1, 0.25), driver('b', 0.3, 0.75)], String) as AnyOption;
    expect(option.yAxis.data).toEqual(['b', 'a']);
    expect(option.series[0].data).toEqual([0.75, 0.25]);
  });
});
