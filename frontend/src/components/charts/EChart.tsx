import { useEffect, useRef } from 'react';
import type { EChartsOption } from 'echarts';

/**
 * A thin wrapper: ECharts is loaded on first use (its own chunk, kept out of the initial JavaScript), the chart is
 * resized with its box and disposed with the component. `label` names the chart for screen readers; the figures
 * are also in a table on every page that draws one.
 */
export function EChart({
  option,
  label,
  height = 280,
}: {
  option: EChartsOption;
  label: string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption: (o: EChartsOption) => void; resize: () => void; dispose: () => void } | undefined;
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => chart?.resize());
    void import('./echarts').then(({ echarts }) => {
      if (disposed || !box.current) return;
      chart = echarts.init(box.current, undefined, { renderer: 'svg' });
      chart.setOption(option);
      observer?.observe(box.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [option]);
  return <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} />;
}
