import { useState } from 'react';
import type { FindingsResponse } from '../../../src/server/api-types.js';
import { SEVERITY_ZH } from '../lib/format.js';
import { tableZh } from '../../../src/model/table-keys.js';

// The checker's findings, most severe first; clicking one shows its table with the cell highlighted.

type Severity = 'error' | 'warning' | 'info';

const PLACE_ZH: Record<string, string> = { narrative: '情况说明', performance: '绩效目标表', document: '文件整体' };

export function FindingsPanel({ data, selected, onSelect }: { data: FindingsResponse; selected: number | null; onSelect: (i: number) => void }) {
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: data.summary.error + data.summary.warning === 0 });
  if (!data.checked) return <p className="muted">此文件导入时未经检查。</p>;
  const items = data.findings.map((f, i) => ({ f, i })).filter(({ f }) => shown[f.severity]);
  return (
    <div className="findings">
      <div className="sev-filter" role="group" aria-label="按级别筛选">
        {(['error', 'warning', 'info'] as const).map((s) => (
          <label key={s} className={`chip sev-${s}`}>
            <input type="checkbox" checked={shown[s]} onChange={(e) => setShown({ ...shown, [s]: e.target.checked })} />
            {SEVERITY_ZH[s]} {data.summary[s]}
          </label>
        ))}
      </div>
      {data.findings.length === 0 && <p className="ok">未发现问题：各表数字相互一致。</p>}
      {data.findings.length > 0 && items.length === 0 && <p className="muted">勾选上面的级别以显示。</p>}
      <ol className="finding-list">
        {items.map(({ f, i }) => (
          <li key={i}>
            <button type="button" className={`finding sev-${f.severity} ${selected === i ? 'selected' : ''}`} onClick={() => onSelect(i)} data-finding={i} data-table={f.table ?? undefined} data-row={f.row ?? undefined} data-column={f.column ?? undefined}>
              <span className={`badge sev-${f.severity}`}>{SEVERITY_ZH[f.severity]}</span>
              <span className="where">{f.table ? (PLACE_ZH[f.table] ?? tableZh(f.table)) : '文件整体'}</span>
              <span className="msg">{f.message}</span>
              <span className="rule">{f.rule}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
