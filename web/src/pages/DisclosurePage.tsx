import { lazy, Suspense, useMemo } from 'react';
import type { DisclosureDetail, FindingInput, FindingsResponse, TableResponse } from '../../../src/server/api-types.js';
import { tableZh } from '../../../src/model/table-keys.js';
import { FindingsPanel } from '../components/FindingsPanel.js';
import { FormsPanel } from '../components/FormsPanel.js';
import { Link } from '../components/Link.js';
import { Async, ErrorBox, Loading } from '../components/Status.js';
import { TableView, type CellMark } from '../components/TableView.js';
import { TextsPanel } from '../components/TextsPanel.js';
import { useApi, type Loaded } from '../lib/api.js';
import { dateTime, KIND_ZH, LEVEL_ZH, money, TEMPLATE_ZH } from '../lib/format.js';
import { cellKey, locateFinding } from '../lib/locate.js';
import { href, navigate } from '../lib/router.js';

// One disclosure: a tab per printed table, the 绩效目标 forms, charts and texts; the findings panel
// beside them. The tab, form and selected finding live in the URL.

const Charts = lazy(() => import('../components/Charts.js').then((m) => ({ default: m.Charts })));

/** Exports, each with what it needs to hold anything (an export without it would be an empty file). */
const EXPORTS: Array<[string, string, (d: DisclosureDetail) => string | null]> = [
  ['csv', 'CSV（长表）', (d) => (d.tables.some((t) => t.status === 'present') ? null : '本文件没有表格数据')],
  ['indicators-csv', '指标 CSV', (d) => (d.indicator_count > 0 ? null : '本文件没有绩效指标')],
  ['json', 'JSON', () => null],
  ['xlsx', 'Excel', (d) => (d.tables.length > 0 ? null : '本文件没有表格')],
];

export function DisclosurePage({ id, query }: { id: string; query: URLSearchParams }) {
  const doc = useApi<DisclosureDetail>(`/api/disclosures/${id}`);
  const findings = useApi<FindingsResponse>(`/api/disclosures/${id}/findings`);
  return <Async state={doc}>{(d) => <DisclosureView doc={d} findings={findings} query={query} />}</Async>;
}

function DisclosureView({ doc, findings, query }: { doc: DisclosureDetail; findings: Loaded<FindingsResponse>; query: URLSearchParams }) {
  const defaultTab = doc.tables[0]?.key ?? (doc.forms.length ? 'forms' : 'texts');
  const tab = query.get('tab') ?? defaultTab;
  const findingIdx = query.has('finding') ? Number(query.get('finding')) : null;
  const form = query.has('form') ? Number(query.get('form')) : null;
  // A row to mark (from a search hit); any navigation within the page drops it.
  const rowParam = query.has('row') ? Number(query.get('row')) : null;
  const go = (patch: Record<string, string | number | null>) =>
    navigate(href(`/d/${doc.id}`, { tab, form, finding: findingIdx, ...patch }), false);
  // A finding opens where it is: its table, the form it concerns, or the text (a form finding about a
  // statement in the 情况说明, such as the count of forms, opens the text).
  const selectFinding = (i: number) => {
    const f = findings.data?.findings[i];
    if (!f) return;
    const line = typeof f.line === 'number' ? f.line : null;
    const inText = line !== null && [...doc.overview, ...doc.sections].some((s) => s.line <= line);
    if (f.table === 'performance' && doc.forms.length) {
      const at = doc.forms.find((x) => x.name === f.row) ?? doc.forms.find((x) => line !== null && x.line <= line && line <= x.end_line);
      if (at || !inText) go({ finding: i, tab: 'forms', form: at?.ord ?? form });
      else go({ finding: i, tab: 'texts', form: null });
    } else if (f.table === 'narrative' || (f.table === 'performance' && inText)) go({ finding: i, tab: 'texts' });
    else go({ finding: i, tab: f.table && doc.tables.some((t) => t.key === f.table) ? f.table : tab });
  };
  const selected = findingIdx !== null ? (findings.data?.findings[findingIdx] ?? null) : null;
  const tabs: Array<[string, string]> = [
    ...doc.tables.map((t): [string, string] => [t.key, tableZh(t.key)]),
    ...(doc.forms.length ? [['forms', `绩效目标（${doc.forms.length}）`] as [string, string]] : []),
    ['charts', '图表'],
    ...(doc.overview.length + doc.sections.length + doc.glossary.length ? [['texts', '说明'] as [string, string]] : []),
  ];
  const title = `${doc.entity ?? '（未识别单位）'} ${doc.fiscal_year ?? ''}年${LEVEL_ZH[doc.level] ?? ''}${KIND_ZH[doc.kind] ?? ''}`;
  return (
    <div className="disclosure">
      <header className="doc-head">
        <div>
          <p className="crumbs">
            <Link to="/">文件库</Link> ›
          </p>
          <h1>{title}</h1>
          <p className="muted">{[doc.title, TEMPLATE_ZH[doc.template] ?? doc.template, `原文 ${[doc.source.name, ...(doc.source.parts?.slice(1).map((p) => p.name) ?? [])].join('、')}`].filter(Boolean).join(' · ')}</p>
          {doc.versions.length > 1 && <Versions doc={doc} />}
        </div>
        {doc.total && (
          <div className="headline" data-testid="headline-total">
            <span className="sub">{doc.total.label}</span>
            <strong>{money(doc.total.fen, doc.total.unit)}</strong>
            <span className="sub">{doc.total.unit}</span>
          </div>
        )}
        <div className="exports">
          {EXPORTS.map(([f, label, missing]) => {
            const why = missing(doc);
            return why ? (
              <span key={f} className="button disabled" aria-disabled="true" title={why}>
                {label}
              </span>
            ) : (
              <a key={f} className="button" href={`/api/disclosures/${doc.id}/export?format=${f}`} download>
                {label}
              </a>
            );
          })}
          <SourceLinks doc={doc} />
          <Link className="button" to={href('/compare', { a: doc.id })}>
            对比…
          </Link>
        </div>
      </header>
      <div className="doc-body">
        <div className="doc-main">
          <nav className="tabs" role="tablist">
            {tabs.map(([key, label]) => {
              const t = doc.tables.find((x) => x.key === key);
              return (
                <button key={key} type="button" role="tab" aria-selected={key === tab} className={`${key === tab ? 'active' : ''} ${t?.status === 'empty' ? 'empty-tab' : ''}`} onClick={() => go({ tab: key, finding: null })} title={t?.title}>
                  {label}
                </button>
              );
            })}
          </nav>
          <div className="tab-body">
            {tab === 'forms' ? (
              <FormsPanel doc={doc} selected={form} onSelect={(ord) => go({ form: ord, finding: null })} finding={selected} />
            ) : tab === 'charts' ? (
              <Suspense fallback={<Loading />}>
                <Charts doc={doc} />
              </Suspense>
            ) : tab === 'texts' ? (
              <TextsPanel doc={doc} finding={selected} />
            ) : doc.tables.some((t) => t.key === tab) ? (
              <TableTab doc={doc} tableKey={tab} findings={findings.data?.findings ?? []} selected={findingIdx} row={rowParam} />
            ) : (
              <ErrorBox error={new Error(`没有这张表：${tab}`)} />
            )}
          </div>
        </div>
        <aside className="doc-side">
          <h2>
            审核结果
            {findings.data && (
              <span className="counts">
                {findings.data.summary.error > 0 && <span className="badge sev-error">错误 {findings.data.summary.error}</span>}
                {findings.data.summary.warning > 0 && <span className="badge sev-warning">警告 {findings.data.summary.warning}</span>}
              </span>
            )}
          </h2>
          <Async state={findings}>{(f) => <FindingsPanel data={f} selected={findingIdx} onSelect={selectFinding} />}</Async>
        </aside>
      </div>
    </div>
  );
}

function TableTab({ doc, tableKey, findings, selected, row }: { doc: DisclosureDetail; tableKey: string; findings: FindingInput[]; selected: number | null; row: number | null }) {
  const state = useApi<TableResponse>(`/api/disclosures/${doc.id}/tables/${tableKey}`);
  const t = state.data?.key === tableKey ? state.data : null;
  const { marks, highlight } = useMemo(() => {
    const marks = new Map<string, CellMark>();
    if (!t) return { marks, highlight: null };
    const rank = { error: 0, warning: 1, info: 2 } as const;
    findings.forEach((f) => {
      const at = locateFinding(t, f);
      if (!at) return;
      const k = cellKey(at.row, at.column);
      const prev = marks.get(k);
      if (!prev || rank[f.severity] < rank[prev.severity]) marks.set(k, { severity: f.severity, message: f.message });
    });
    const sel = selected !== null ? findings[selected] : undefined;
    const rowMark = row !== null && row >= 0 && row < t.rows.length ? { row, column: null } : null;
    return { marks, highlight: sel ? locateFinding(t, sel) : rowMark };
  }, [t, findings, selected, row]);
  const meta = doc.tables.find((x) => x.key === tableKey);
  if (state.error) return <ErrorBox error={state.error} retry={state.reload} />;
  if (!t) return <Loading />;
  return (
    <>
      <div className="table-title">
        <h2>{t.title}</h2>
        <span className="muted">{[meta?.number, t.entity, `单位：${t.unit ?? '—'}`].filter(Boolean).join(' · ')}</span>
      </div>
      <TableView table={t} highlight={highlight} marks={marks} />
    </>
  );
}

/** Every imported version of this document (entity, year, kind, level), newest first, each a link. */
function Versions({ doc }: { doc: DisclosureDetail }) {
  const current = doc.versions.find((v) => v.is_current);
  return (
    <div className="versions">
      {!doc.is_current && (
        <p className="notice" role="note">
          这是历史版本。{current && <Link to={`/d/${current.id}`}>查看当前版本</Link>}
        </p>
      )}
      <span className="muted">共 {doc.versions.length} 个版本：</span>
      <ol>
        {doc.versions.map((v) => (
          <li key={v.id}>
            {v.id === doc.id ? <strong>{dateTime(v.imported_at)}</strong> : <Link to={`/d/${v.id}`}>{dateTime(v.imported_at)}</Link>}
            <span className="sub">
              {' '}
              {v.source_name}
              {v.is_current ? '（当前）' : ''}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The original: one link, or for a disclosure published as several files a link to each. */
function SourceLinks({ doc }: { doc: DisclosureDetail }) {
  const parts = doc.source.parts ?? [];
  if (parts.length <= 1) {
    return (
      <a className="button" href={`/api/disclosures/${doc.id}/source`} download>
        原文
      </a>
    );
  }
  return (
    <details className="menu">
      <summary className="button">原文（{parts.length} 个文件）</summary>
      <ul>
        {parts.map((p, i) => (
          <li key={i}>
            <a href={href(`/api/disclosures/${doc.id}/source`, { part: i })} download>
              {p.name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
