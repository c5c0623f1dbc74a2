import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { DisclosureDetail, FindingInput, FormResponse } from '../../../src/server/api-types.js';
import type { FundBlock, Indicator } from '../../../src/model/performance.js';
import { useApi } from '../lib/api.js';
import { filledAt, money, PERIOD_ZH } from '../lib/format.js';
import { locateInForm, type FormSpot } from '../lib/locate-form.js';
import { useScrollToTarget } from '../lib/scroll.js';
import { Async } from './Status.js';

// 绩效目标: the list of forms beside the selected form, printed fields, funds and parsed indicators. A
// selected finding about the form marks the indicator rows, funds line or field it names.

const SOURCE_ZH: Record<string, string> = {
  central: '中央财政资金',
  provincial: '省级财政资金',
  city_county: '市县财政资金',
  self_raised: '单位自筹',
  other: '其他资金',
  fiscal: '财政资金',
  current_year: '当年财政拨款',
  carryover: '上年结转',
  fiscal_appropriation: '财政拨款',
  general_public: '一般公共预算',
  gov_fund: '政府性基金预算',
  soe_capital: '国有资本经营预算',
  special_account: '财政专户管理资金',
  unit_funds: '单位资金',
  basic: '基本支出',
  project: '项目支出',
};

export function FormsPanel({ doc, selected, onSelect, finding }: { doc: DisclosureDetail; selected: number | null; onSelect: (ord: number) => void; finding: FindingInput | null }) {
  const [filter, setFilter] = useState('');
  const current = selected ?? doc.forms[0]?.ord ?? null;
  const activeRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  if (doc.forms.length === 0) return <p className="empty">本文件没有绩效目标表。</p>;
  const list = doc.forms.filter((f) => !filter || f.name.includes(filter) || (f.unit ?? '').includes(filter));
  return (
    <div className="forms">
      <aside className="form-list">
        <input type="search" placeholder="筛选项目" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <p className="muted">共 {doc.forms.length} 张表</p>
        <ol>
          {list.map((f) => (
            <li key={f.ord}>
              <button type="button" className={f.ord === current ? 'active' : ''} onClick={() => onSelect(f.ord)} ref={f.ord === current ? activeRef : undefined}>
                <span className="name">{f.kind === 'department' ? `（部门整体）${f.name}` : f.name}</span>
                <span className="sub">
                  {f.annual_fen !== null ? `${money(f.annual_fen, f.funds_unit)} ${f.funds_unit}` : ''} · 指标 {f.indicators}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </aside>
      {current !== null && <FormView key={current} id={doc.id} ord={current} finding={finding} />}
    </div>
  );
}

function FormView({ id, ord, finding }: { id: string; ord: number; finding: FindingInput | null }) {
  const state = useApi<FormResponse>(`/api/disclosures/${id}/forms/${ord}`);
  const ref = useRef<HTMLElement | null>(null);
  return (
    <article className="form-view" ref={ref}>
      <Async state={state}>{(f) => <FormBody f={f} finding={finding} container={ref} />}</Async>
    </article>
  );
}

/** Whether a finding is about this form (named by it, or its line falls within the form). */
function concerns(finding: FindingInput | null, f: FormResponse): boolean {
  if (!finding || finding.table !== 'performance') return false;
  const name = f.kind === 'project' ? f.project : (f.department ?? f.title);
  const line = typeof finding.line === 'number' ? finding.line : null;
  return finding.row === name || (line !== null && f.line <= line && line <= f.end_line);
}

function Field({ label, value, target = false }: { label: string; value: string | number | null | undefined; target?: boolean }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <>
      <dt className={target ? 'target' : undefined}>{label}</dt>
      <dd className={target ? 'target' : undefined}>{value}</dd>
    </>
  );
}

function Funds({ title, block, unit, mark }: { title: string; block: FundBlock; unit: string; mark: string | null }) {
  const sources = Object.entries(block.sources).filter(([, v]) => v);
  return (
    <table className="grid funds">
      <caption>
        {title}（{unit}）
      </caption>
      <tbody>
        <tr className={`total ${mark === 'total' ? 'target' : ''}`}>
          <th>资金总额</th>
          <td className="num">{block.total?.text ?? ''}</td>
        </tr>
        {sources.map(([k, v]) => (
          <tr key={k} className={mark === k ? 'target' : undefined}>
            <th>{SOURCE_ZH[k] ?? k}</th>
            <td className="num" title={v ? `${money(v.fen, '元')} 元` : undefined}>
              {v?.text}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Indicators({ list, spot }: { list: Indicator[]; spot: FormSpot | null }) {
  const periods = [...new Set(list.map((i) => i.period))];
  const [period, setPeriod] = useState(spot?.period ?? (periods.includes('annual') ? 'annual' : (periods[0] ?? 'annual')));
  // A newly selected finding shows the period its rows are in.
  useEffect(() => {
    if (spot?.period) setPeriod(spot.period);
  }, [spot]);
  const marked = new Set(spot?.indicators ?? []);
  const rows = list.map((i, k) => ({ i, k })).filter(({ i }) => i.period === period);
  return (
    <section>
      <h3>
        绩效指标
        {periods.length > 1 &&
          periods.map((p) => (
            <button key={p} type="button" className={`tab-mini ${p === period ? 'active' : ''}`} onClick={() => setPeriod(p)}>
              {PERIOD_ZH[p]}
            </button>
          ))}
      </h3>
      <div className="table-wrap">
      <table className="grid indicators">
        <thead>
          <tr>
            <th>一级指标</th>
            <th>二级指标</th>
            <th>三级指标</th>
            <th>指标值（原文）</th>
            <th>比较</th>
            <th className="num">数值</th>
            <th>单位</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ i, k }) => (
            <tr key={k} className={marked.has(k) ? 'target' : undefined}>
              <td>{i.level1}</td>
              <td>{i.level2}</td>
              <td>{i.name}</td>
              <td>{i.value}</td>
              <td className="op">{i.op ?? ''}</td>
              <td className="num">{i.number ?? ''}</td>
              <td>{i.unit ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}

function FormBody({ f, finding, container }: { f: FormResponse; finding: FindingInput | null; container: RefObject<HTMLElement | null> }) {
  const spot = useMemo(() => (concerns(finding, f) ? locateInForm(finding!, f.indicators) : null), [finding, f]);
  useScrollToTarget(container, spot);
  const mark = (block: string) => (spot?.funds?.block === block ? spot.funds.key : null);
  if (f.kind === 'department') {
    return (
      <>
        <h2 className={spot?.field === 'department' ? 'target' : undefined}>{f.title}</h2>
        <dl className="fields">
          <Field label="部门名称" value={f.department} target={spot?.field === 'department'} />
          <Field label="内设职能部门数" value={f.internal_divisions} />
          <Field label="所属预算单位数" value={f.budget_units} />
          <Field label="编制数" value={f.staffing} />
          <Field label="在职人数" value={f.staff} />
          <Field label="部门职责" value={f.duties} />
          <Field label="战略目标" value={f.strategy} />
          <Field label="年度绩效目标" value={f.annual_goal} />
        </dl>
        <Funds title="年度预算" block={f.budget} unit={f.funds_unit} mark={mark('budget')} />
        <Indicators list={f.indicators} spot={spot} />
      </>
    );
  }
  return (
    <>
      <h2 data-form-title={f.project} className={spot?.field === 'project' ? 'target' : undefined}>
        {f.project}
      </h2>
      <p className="muted">{f.title}</p>
      <dl className="fields">
        <Field label="主管部门" value={[f.department.code, f.department.name].filter(Boolean).join(' ')} target={spot?.field === 'department' || spot?.field === 'department_code'} />
        <Field label="实施单位" value={f.unit} target={spot?.field === 'unit'} />
        <Field label="项目属性" value={f.attribute} />
        <Field label="项目类别" value={f.category} />
        <Field label="项目期" value={f.term} />
        <Field label="起止时间" value={f.start_date || f.end_date ? `${f.start_date ?? ''} — ${f.end_date ?? ''}` : null} />
        <Field label="项目概况" value={f.texts.overview} />
        <Field label="立项依据" value={f.texts.basis} />
        <Field label="设立必要性" value={f.texts.necessity} />
        <Field label="保障措施" value={f.texts.safeguards} />
        <Field label="实施计划" value={f.texts.plan} />
        <Field label="实施期目标" value={f.goals.implementation} />
        <Field label="年度目标" value={f.goals.annual} />
        <Field label="填报日期" value={filledAt(f.filled_at)} />
      </dl>
      <div className="funds-pair">
        <Funds title="实施期资金" block={f.funds.implementation} unit={f.funds_unit} mark={mark('implementation')} />
        <Funds title="年度资金" block={f.funds.annual} unit={f.funds_unit} mark={mark('annual')} />
      </div>
      <Indicators list={f.indicators} spot={spot} />
    </>
  );
}
