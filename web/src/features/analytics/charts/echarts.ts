// ECharts, tree-shaken: only the charts and components the console draws are registered (the full
// build is ~1 MB). A view that needs another chart type registers it with `echarts.use([...])`
// next to its own code. ECharts' own aria (an English description it writes over the container's
// label) stays off: EChart names each chart in the console's language.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;
