import { describe, expect, it } from 'vitest';
import type { Widget } from '../../../api/analytics';
import { moveWidget, newWidgetId, removeWidget, resizeWidget, stepWidget } from './layout';

const w = (id: string): Widget => ({
  id,
  type: 'metric_tile',
  size: 'small',
  config: { metric: { kind: 'count', item: '', box: 2 }, comparePrevious: true },
});
const ids = (ws: Widget[]) => ws.map((x) => x.id);

describe('editing a dashboard layout', () => {
  const list = [w('a'), w('b'), w('c'), w('d')];

  it('moves a widget to where another one is, both ways', () => {
    expect(ids(moveWidget(list, 'a', 'c'))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(moveWidget(list, 'd', 'b'))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(moveWidget(list, 'a', 'nope'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(list)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('steps a widget one place, and not past either end', () => {
    expect(ids(stepWidget(list, 'b', -1))).toEqual(['b', 'a', 'c', 'd']);
    expect(ids(stepWidget(list, 'b', 1))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(stepWidget(list, 'a', -1))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(stepWidget(list, 'd', 1))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('resizes and removes one widget only', () => {
    expect(resizeWidget(list, 'c', 'full').map((x) => x.size)).toEqual(['small', 'small', 'full', 'small']);
    expect(ids(removeWidget(list, 'b'))).toEqual(['a', 'c', 'd']);
  });

  it('makes an id the list does not have yet', () => {
    const draws = [0, 0, 0.5];
    const id = newWidgetId([w('w0')], () => draws.shift()!);
    expect(id).not.toBe('w0');
    expect(id).toMatch(/^w[0-9a-z]+$/);
  });
});
