// One ECharts chart in a div: made when the div mounts, given each new option, resized with its
// box (a dashboard widget changes size without a window resize), disposed on unmount. The chart is
// an image to assistive technology, named by `label`; the numbers are in the widget's text too.
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts';

interface Props {
  option: ChartOption;
  /** What the chart shows, for screen readers. */
  label: string;
  height?: number;
}

export function EChart({ option, label, height = 260 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a new option replaces the old one (series removed by a new breakdown disappear).
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div ref={box} role="img" aria-label={label} data-testid="echart" style={{ width: '100%', height }} />
  );
}
