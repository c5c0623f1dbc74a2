import { useMemo, useState } from 'react';
import type { DisclosureDetail, TableResponse } from '../../../src/server/api-types.js';
import { useApi } from '../lib/api.js';
import { chartTree, expenseByPurpose, functionTable, functionTree, fundSources, threePublic, type Slice } from '../lib/chart-data.js';
import { money, toWan } from '../lib/format.js';
import { EChart, type ChartOption } from './EChart.js';
import { Loading } from './Status.js';

// Charts of one disclosure: expense by function class (treemap or sunburst), income by fund source,
// basic vs project expense, 三公 经费; for 绩效目标 documents, funds per project.

const wan = (fen: number) => `${money(fen, '万元')} 万元`;

const tooltip = {
  formatter: (p: { name: string; data: { fen?: number; code?: string | null }; percent?: number }) =>
    `${p.data.code ? `${p.data.code} ` : ''}${p.name}<br/>${p.data.fen !== undefined ? wan(p.data.fen) : ''}${p.percent !== undefined ? `（${p.percent}%）` : ''}`,
};

// Titles are HTML above each chart (they wrap on a phone; a canvas title is cut off).

function pie(slices: Slice[]): ChartOption {
  return {
    tooltip,
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['32%', '58%'],
        center: ['50%', '46%'],
        data: slices.map((s) => ({ name: s.name, value: toWan(s.value), fen: s.value })),
        label: { formatter: '{b}\n{d}%' },
        labelLayout: { hideOverlap: true },
      },
    ],
  };
}

/** Horizontal bars; amounts in `unit`, which the title states (an axis name gets clipped). */
function bar(slices: Slice[], unit: '万元' | '元'): ChartOption {
  const scale = unit === '万元' ? 1_000_000 : 100;
  return {
    tooltip: { trigger: 'axis', formatter: (ps: Array<{ name: string; data: { fen: number } }>) => ps.map((p) => `${p.name}<br/>${money(p.data.fen, unit)} ${unit}`).join('') },
    grid: { left: 8, right: 56, bottom: 8, top: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: slices.map((s) => s.name), inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
    series: [{ type: 'bar', data: slices.map((s) => ({ value: s.value / scale, fen: s.value })), label: { show: true, position: 'right', formatter: (p: { data: { fen: number } }) => money(p.data.fen, unit) } }],
  };
}

function useTable(doc: DisclosureDetail, key: string) {
  const present = doc.tables.some((t) => t.key === key && t.status === 'present');
  return useApi<TableResponse>(present ? `/api/disclosures/${doc.id}/tables/${key}` : null);
}

export function Charts({ doc }: { doc: DisclosureDetail }) {
  const summary = useTable(doc, 'summary');
  const expense = useTable(doc, 'expense');
  const income = useTable(doc, 'income');
  const gpb = useTable(doc, 'gpb_expense');
  const fiscal = useTable(doc, 'fiscal_expense');
  const three = useTable(doc, 'three_public');
  const all = [summary, expense, income, gpb, fiscal, three];
  const [shape, setShape] = useState<'treemap' | 'sunburst'>('treemap');
  const fnTable = useMemo(() => functionTable([expense.data, gpb.data, fiscal.data]), [expense.data, gpb.data, fiscal.data]);
  const tree = useMemo(() => (fnTable ? functionTree(fnTable) : []), [fnTable]);
  const fnOption = useMemo<ChartOption>(() => {
    const whole = tree.reduce((a, n) => a + n.value, 0) || 1;
    return {
      tooltip,
      series: [
        shape === 'treemap'
          ? {
              type: 'treemap',
              name: '全部支出',
              top: 4,
              bottom: 36,
              data: chartTree(tree, whole, 0.03),
              colorMappingBy: 'index',
              leafDepth: 2,
              roam: false,
              drillDownIcon: '',
              breadcrumb: { show: true, bottom: 4 },
              label: { formatter: '{b}', overflow: 'truncate' },
              upperLabel: { show: true, height: 22, overflow: 'truncate' },
              levels: [{ itemStyle: { borderWidth: 0, gapWidth: 3 }, upperLabel: { show: false } }, { itemStyle: { gapWidth: 2 } }, { colorSaturation: [0.3, 0.7], itemStyle: { gapWidth: 1, borderColorSaturation: 0.6 } }, { colorSaturation: [0.3, 0.5], itemStyle: { gapWidth: 1 } }],
            }
          : {
              type: 'sunburst',
              data: chartTree(tree, whole, 0.04),
              center: ['50%', '50%'],
              radius: ['10%', '92%'],
              // Labels stay within their ring: the 类 along it, the 款 across it; the 项 only in the tooltip.
              label: { rotate: 'radial', overflow: 'truncate', width: 64, minAngle: 10 },
              labelLayout: { hideOverlap: true },
              levels: [{}, { label: { rotate: 'tangential', width: 90 } }, {}, { label: { show: false } }],
            },
      ],
    };
  }, [tree, shape, fnTable]);
  const sources = useMemo(() => {
    const slices = fundSources(summary.data, income.data);
    return slices.length ? pie(slices) : null;
  }, [summary.data, income.data]);
  const split = useMemo(() => {
    const slices = expense.data ? expenseByPurpose(expense.data) : [];
    return slices.length ? pie(slices) : null;
  }, [expense.data]);
  const threeOpt = useMemo(() => (three.data ? bar(threePublic(three.data), '万元') : null), [three.data]);
  // In 万元 beside tables printed in 万元; a document of forms alone keeps the forms' 元.
  const formsUnit = doc.tables.length ? '万元' : '元';
  const forms = useMemo(() => {
    const s = doc.forms.filter((f) => f.annual_fen).map((f) => ({ name: f.name, value: f.annual_fen! }));
    s.sort((a, b) => b.value - a.value);
    return s.length ? bar(s.slice(0, 20), formsUnit) : null;
  }, [doc.forms, formsUnit]);

  const loading = all.some((x) => x.loading);
  const failed = all.find((x) => x.error)?.error;
  if (failed) return <p className="error">图表数据加载失败：{failed.message}</p>;
  if (loading) return <Loading />;
  const none = tree.length === 0 && !sources && !split && !threeOpt && !forms;
  // Charts that share a row; an odd one out takes the whole row.
  const candidates: Array<[string, ChartOption | null, string, number]> = [
    ['sources', sources, '收入来源', 330],
    ['split', split, '支出用途', 330],
    ['three', threeOpt, '“三公”经费（万元）', 230],
  ];
  const halves = candidates.flatMap(([key, option, label, height]) => (option ? [{ key, option, label, height }] : []));
  if (none) return <p className="empty">本文件没有可绘制的数据。</p>;
  return (
    <div className="charts">
      {tree.length > 0 && (
        <div className="chart-box wide">
          <div className="chart-tools">
            <h3 className="chart-title">支出功能分类（类 › 款 › 项）· {fnTable?.title}</h3>
            <button type="button" className={shape === 'treemap' ? 'active' : ''} onClick={() => setShape('treemap')}>
              矩形树图
            </button>
            <button type="button" className={shape === 'sunburst' ? 'active' : ''} onClick={() => setShape('sunburst')}>
              旭日图
            </button>
          </div>
          <EChart option={fnOption} height={460} label="支出功能分类" />
        </div>
      )}
      {halves.map(({ key, option, label, height }, i) => (
        <div key={key} className={`chart-box ${i === halves.length - 1 && halves.length % 2 === 1 ? 'wide' : ''}`}>
          <h3 className="chart-title">{label}</h3>
          <EChart option={option} height={height} label={label} />
        </div>
      ))}
      {forms && (
        <div className="chart-box wide">
          <h3 className="chart-title">项目年度资金（前 20，{formsUnit}）</h3>
          <EChart option={forms} height={Math.min(20, doc.forms.length) * 26 + 40} label="项目年度资金" />
        </div>
      )}
    </div>
  );
}
