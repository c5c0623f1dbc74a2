import type { EChartsOption } from 'echarts';
import type { Disclosure } from '../../model/disclosure.js';
import { formatFen, type MoneyUnit } from '../../model/money.js';
import { figuresOf, type Named } from '../narrative/figures.js';
import { percent } from '../narrative/phrases.js';
import { renderSvg, type SvgChart } from './echarts-svg.js';

// The three charts of the 情况说明, from the tables' printed figures: 一般公共预算当年拨款结构图 (a pie of
// the function classes), 三公经费分布图 (a bar per item) and the 财政拨款 function-class chart. Labels
// carry the same amounts and shares as the text (integer arithmetic); geometry uses plain numbers.

export interface Chart extends SvgChart {
  key: 'gpb_structure' | 'three_public' | 'function_classes';
  caption: string;
  /** Section (一 … 十二) the chart illustrates. */
  section: string;
}

const PALETTE = ['#2f5d8a', '#c0504d', '#9bbb59', '#8064a2', '#4bacc6', '#f79646', '#7f7f7f', '#d4a017', '#2e8b57', '#a0522d'];

const num = (fen: number, unit: MoneyUnit): number => Number(formatFen(fen, unit, 2));

function pie(items: Named[], unit: MoneyUnit, whole: number): EChartsOption {
  return {
    color: PALETTE,
    series: [
      {
        type: 'pie',
        radius: ['28%', '58%'],
        center: ['50%', '52%'],
        avoidLabelOverlap: true,
        label: { fontSize: 12, lineHeight: 17 },
        labelLine: { length: 14, length2: 10 },
        data: items.map((c) => ({
          name: c.name,
          value: num(c.fen, unit),
          label: { formatter: `${c.name}\n${formatFen(c.fen, unit, 2, true)}${unit}（${percent(c.fen, whole) ?? '—'}）` },
        })),
      },
    ],
  };
}

function bars(items: Named[], unit: MoneyUnit, horizontal: boolean): EChartsOption {
  const names = items.map((i) => i.name);
  const values = items.map((i) => ({ value: num(i.fen, unit), label: { formatter: formatFen(i.fen, unit, 2, true) } }));
  const category = { type: 'category' as const, data: names, axisLabel: { fontSize: 11, interval: 0 }, axisTick: { alignWithLabel: true } };
  const value = { type: 'value' as const, name: unit, axisLabel: { fontSize: 10 }, splitLine: { lineStyle: { color: '#ddd' } } };
  return {
    color: PALETTE,
    grid: horizontal ? { left: 150, right: 90, top: 30, bottom: 30 } : { left: 60, right: 30, top: 40, bottom: 50 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ type: 'bar', barMaxWidth: 36, data: values, label: { show: true, position: horizontal ? 'right' : 'top', fontSize: 11 } }],
  };
}

export function disclosureCharts(doc: Disclosure): Chart[] {
  const fig = figuresOf(doc);
  const out: Chart[] = [];
  if (fig.fiscal && fig.fiscal.classes.length) {
    const height = 80 + 34 * fig.fiscal.classes.length;
    out.push({ key: 'function_classes', caption: '财政拨款支出功能分类图', section: '四', ...renderSvg(bars(fig.fiscal.classes, fig.unit, true), 640, height) });
  }
  if (fig.gpb && fig.gpb.classes.length) {
    out.push({ key: 'gpb_structure', caption: '一般公共预算当年拨款结构图', section: '五', ...renderSvg(pie(fig.gpb.classes, fig.unit, fig.gpb.total), 640, 360) });
  }
  if (fig.threePublic) {
    const t = fig.threePublic;
    const items: Named[] = [
      { name: '因公出国（境）费', fen: t.abroad ?? 0 },
      { name: '公务接待费', fen: t.reception ?? 0 },
      { name: '公务用车购置费', fen: t.vehicle_purchase ?? 0 },
      { name: '公务用车运行维护费', fen: t.vehicle_operation ?? 0 },
    ];
    out.push({ key: 'three_public', caption: '“三公”经费分布图', section: '七', ...renderSvg(bars(items, fig.unit, false), 640, 300) });
  }
  return out;
}
