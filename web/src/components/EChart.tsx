import { BarChart, PieChart, SunburstChart, TreemapChart } from 'echarts/charts';
import { LegendComponent, TitleComponent, TooltipComponent, GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// One ECharts instance bound to a div; only the chart types the app draws are bundled.

echarts.use([BarChart, PieChart, SunburstChart, TreemapChart, LegendComponent, TitleComponent, TooltipComponent, GridComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export function EChart({ option, height = 360, label }: { option: ChartOption; height?: number; label: string }) {
  const el = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    const ro = new ResizeObserver(() => chart.resize());
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={el} className="chart" style={{ height }} role="img" aria-label={label} />;
}
