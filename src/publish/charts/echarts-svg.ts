import * as echarts from 'echarts';

// ECharts server-side rendering to an SVG string: no DOM, no canvas, no animation. The option is built
// by the pure chart modules; this is the one place that touches the library.

export interface SvgChart {
  svg: string;
  width: number;
  height: number;
}

export const CHART_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "SimHei", sans-serif';

export function renderSvg(option: echarts.EChartsOption, width: number, height: number): SvgChart {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
    return { svg: chart.renderToSVGString(), width, height };
  } finally {
    chart.dispose();
  }
}
