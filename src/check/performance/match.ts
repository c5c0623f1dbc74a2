import type { Table } from '../../model/disclosure.js';
import type { ProjectForm } from '../../model/performance.js';
import { FEN_PER_UNIT } from '../../model/money.js';
import { editDistance, fold, similarity } from '../../text/fold.js';
import type { CheckContext } from '../context.js';
import { wronglyAbsent } from '../table-evidence.js';
import { roundToStep } from '../tolerance.js';

// Forms ↔ rows of the project tables. A form is its project's row when unit and name agree after folding
// (full/half-width, punctuation) — a unit name cut short on the form still agrees. Then, for forms left
// over, the row of the same unit with the same amount and the closest name; then the closest name alone.
// Each row takes one form: two rows may share a name (one project funded twice), the amount tells them apart.

export interface ProjectRow {
  table: Table;
  index: number;
  unit: string | null;
  name: string;
  fen: number;
  /** normName of name and unit, computed once. */
  key: string;
  unitKey: string;
}

export type MatchHow = 'exact' | 'approximate' | 'none';

export interface FormMatch {
  form: ProjectForm;
  row: ProjectRow | null;
  how: MatchHow;
  /** The form's 实施单位 differs from the row's unit (beyond a cut-off name). */
  unitDiffers: boolean;
  /** Edit distance of the names (0 when exact). */
  distance: number;
}

const PUNCT = /[()[\]【】《》<>"'、,，.。:：;；!！?？\-_·\s]/g;
export const normName = (s: string) => fold(s).replace(PUNCT, '');

/** Same unit: equal after folding, or one is the other cut short (forms print long names cut off). */
export function sameUnit(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return sameUnitKey(normName(a), normName(b));
}

function sameUnitKey(x: string, y: string): boolean {
  if (!x || !y) return true;
  if (x === y) return true;
  const [s, l] = x.length < y.length ? [x, y] : [y, x];
  return s.length >= 6 && l.startsWith(s);
}

export function projectRows(ctx: CheckContext, key: string): ProjectRow[] {
  const t = ctx.present(key);
  if (!t) return [];
  const out: ProjectRow[] = [];
  t.rows.forEach((r, i) => {
    if (r.kind !== 'project') return;
    const unit = r.path.length >= 2 ? r.path[r.path.length - 2]! : ctx.doc.entity;
    out.push({ table: t, index: i, unit, name: r.name, fen: r.cells.total?.fen ?? 0, key: normName(r.name), unitKey: normName(unit ?? '') });
  });
  return out;
}

/** Project tables left out or printed empty by mistake (see table-evidence.ts). */
export function absentProjectTables(ctx: CheckContext): string[] {
  return ['projects', 'projects_carryover'].filter((k) => wronglyAbsent(ctx, k));
}

export function matchForms(ctx: CheckContext): FormMatch[] {
  return ctx.memo('form-match', () => {
    const forms = ctx.doc.forms.filter((f): f is ProjectForm => f.kind === 'project');
    const rows = [...projectRows(ctx, 'projects'), ...projectRows(ctx, 'projects_carryover')];
    const taken = new Set<ProjectRow>();
    const out = new Map<ProjectForm, FormMatch>();
    const amountOf = (f: ProjectForm, r: ProjectRow) => {
      const a = f.funds.annual.total;
      if (!a) return false;
      const step = FEN_PER_UNIT['万元'] / 100;
      return roundToStep(a.fen, step) === r.fen;
    };
    const byName = new Map<string, ProjectRow[]>();
    for (const r of rows) byName.set(r.key, [...(byName.get(r.key) ?? []), r]);
    const formKey = new Map(forms.map((f) => [f, { name: normName(f.project), unit: normName(f.unit ?? '') }] as const));
    // 1. Same name (folded) — same unit and same amount preferred.
    for (const f of forms) {
      const fk = formKey.get(f)!;
      const cands = (byName.get(fk.name) ?? []).filter((r) => !taken.has(r));
      if (!cands.length) continue;
      const score = (r: ProjectRow) => (sameUnitKey(fk.unit, r.unitKey) ? 2 : 0) + (amountOf(f, r) ? 1 : 0);
      const best = cands.reduce((a, b) => (score(b) > score(a) ? b : a));
      const unitOk = sameUnitKey(fk.unit, best.unitKey);
      if (!unitOk && similarity(fk.unit, best.unitKey) < 0.6) continue;
      taken.add(best);
      out.set(f, { form: f, row: best, how: 'exact', unitDiffers: !unitOk, distance: 0 });
    }
    // 2. Left-over forms: same unit and amount, closest name; then closest name alone. Not while a project
    // table the template prints is absent: its forms would be paired with look-alikes in the other one.
    const absent = absentProjectTables(ctx).length > 0;
    for (const f of forms) {
      if (out.has(f)) continue;
      if (absent) {
        out.set(f, { form: f, row: null, how: 'none', unitDiffers: false, distance: 0 });
        continue;
      }
      const fk = formKey.get(f)!;
      const name = fk.name;
      let best: { r: ProjectRow; sim: number } | null = null;
      for (const r of rows) {
        if (taken.has(r)) continue;
        const unitSim = sameUnitKey(fk.unit, r.unitKey) ? 1 : similarity(fk.unit, r.unitKey);
        if (unitSim < 0.6) continue;
        const sim = similarity(name, r.key);
        const ok = (amountOf(f, r) && sim >= 0.5) || sim >= 0.8;
        if (!ok) continue;
        const s = sim + (amountOf(f, r) ? 1 : 0) + unitSim;
        if (!best || s > best.sim) best = { r, sim: s };
      }
      if (best) {
        taken.add(best.r);
        out.set(f, { form: f, row: best.r, how: 'approximate', unitDiffers: !sameUnitKey(fk.unit, best.r.unitKey), distance: editDistance(name, best.r.key) });
      } else out.set(f, { form: f, row: null, how: 'none', unitDiffers: false, distance: 0 });
    }
    return forms.map((f) => out.get(f)!);
  });
}
