// Only the parts the dashboard draws (bars, lines, axes, tooltip, legend; SVG): imported statically here so the
// bundler keeps nothing else, and this module is itself loaded on first use (its own chunk).
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { echarts };
