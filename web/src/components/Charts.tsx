import { useMemo, useState } from 'react';
import type { DisclosureDetail, TableResponse } from '../../../src/server/api-types.js';
import { useApi } from '../lib/api.js';
import { expenseByPurpose, functionTable, functionTree, fundSources, threePublic, type Slice, type TreeNode } from '../lib/chart-data.js';
import { money, toWan } from '../lib/format.js';
import { EChart, type ChartOption } from './EChart.js';
import { Loading } from './Status.js';

// Charts of one disclosure: expense by function class (treemap or sunburst), income by fund source,
// basic vs project expense, 三公 经费; for 绩效目标 documents, funds per project.

const wan = (fen: number) => `${money(fen, '万元')} 万元`;

function toChartTree(nodes: TreeNode[]): unknown[] {
  return nodes.map((n) => ({ name: n.name, value: toWan(n.value), fen: n.value, children: n.children ? toChartTree(n.children) : undefined }));
}

const tooltip = { formatter: (p: { name: string; data: { fen?: number }; value: number; percent?: number }) => `${p.name}<br/>${p.data.fen !== undefined ? wan(p.data.fen) : ''}${p.percent !== undefined ? `（${p.percent}%）` : ''}` };

function pie(title: string, slices: Slice[]): ChartOption {
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip,
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: slices.map((s) => ({ name: s.name, value: toWan(s.value), fen: s.value })), label: { formatter: '{b}\n{d}%' } }],
  };
}

function bar(title: string, slices: Slice[], unit: '万元' | '元' = '万元'): ChartOption {
  const scale = unit === '万元' ? 1_000_000 : 100;
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', formatter: (ps: Array<{ name: string; data: { fen: number } }>) => ps.map((p) => `${p.name}<br/>${money(p.data.fen, unit)} ${unit}`).join('') },
    grid: { left: 8, right: 24, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'value', name: unit },
    yAxis: { type: 'category', data: slices.map((s) => s.name), inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
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
  const fnOption = useMemo<ChartOption>(
    () => ({
      title: { text: `支出功能分类（类 › 款 › 项）· ${fnTable?.title ?? ''}`, left: 'center', textStyle: { fontSize: 14 } },
      tooltip,
      series: [
        shape === 'treemap'
          ? { type: 'treemap', data: toChartTree(tree), colorMappingBy: 'index', leafDepth: 2, roam: false, breadcrumb: { show: true }, label: { formatter: '{b}' }, upperLabel: { show: true, height: 22 }, levels: [{ itemStyle: { borderWidth: 0, gapWidth: 3 } }, { itemStyle: { gapWidth: 2 } }, { colorSaturation: [0.3, 0.7], itemStyle: { gapWidth: 1, borderColorSaturation: 0.6 } }, { colorSaturation: [0.3, 0.5], itemStyle: { gapWidth: 1 } }] }
          : { type: 'sunburst', data: toChartTree(tree), radius: ['12%', '95%'], label: { rotate: 'radial', minAngle: 8, overflow: 'truncate', width: 90 } },
      ],
    }),
    [tree, shape, fnTable],
  );
  const sources = useMemo(() => {
    const slices = fundSources(summary.data, income.data);
    return slices.length ? pie('收入来源', slices) : null;
  }, [summary.data, income.data]);
  const split = useMemo(() => {
    const slices = expense.data ? expenseByPurpose(expense.data) : [];
    return slices.length ? pie('支出用途', slices) : null;
  }, [expense.data]);
  const threeOpt = useMemo(() => (three.data ? bar('“三公”经费', threePublic(three.data)) : null), [three.data]);
  const forms = useMemo(() => {
    const s = doc.forms.filter((f) => f.annual_fen).map((f) => ({ name: f.name, value: f.annual_fen! }));
    s.sort((a, b) => b.value - a.value);
    return s.length ? bar('项目年度资金（前 20）', s.slice(0, 20), '元') : null;
  }, [doc.forms]);

  const loading = all.some((x) => x.loading);
  const failed = all.find((x) => x.error)?.error;
  if (failed) return <p className="error">图表数据加载失败：{failed.message}</p>;
  if (loading) return <Loading />;
  const none = tree.length === 0 && !sources && !split && !threeOpt && !forms;
  if (none) return <p className="empty">本文件没有可绘制的数据。</p>;
  return (
    <div className="charts">
      {tree.length > 0 && (
        <div className="chart-box wide">
          <div className="chart-tools">
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
      {sources && (
        <div className="chart-box">
          <EChart option={sources} label="收入来源" />
        </div>
      )}
      {split && (
        <div className="chart-box">
          <EChart option={split} label="支出用途" />
        </div>
      )}
      {threeOpt && (
        <div className="chart-box">
          <EChart option={threeOpt} height={260} label="三公经费" />
        </div>
      )}
      {forms && (
        <div className="chart-box wide">
          <EChart option={forms} height={Math.min(20, doc.forms.length) * 26 + 60} label="项目年度资金" />
        </div>
      )}
    </div>
  );
}
