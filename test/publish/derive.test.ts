import { beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure, Table } from '../../src/model/disclosure.js';
import { PublishInput } from '../../src/publish/atomic-input.js';
import { deriveTables } from '../../src/publish/derive/derive-tables.js';
import { inputFromDisclosure } from '../../src/publish/from-tables.js';
import { readSeed, SEED_001, SEED_002 } from './seeds.js';

// Figures entered once → the thirteen tables. The seeds' published tables are the expectation: the
// figures recovered from a seed's leaves must give back every printed cell.

function cellMap(t: Table): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of t.rows) {
    const id = `${r.side ?? ''}|${r.code ?? ''}|${r.role ?? ''}|${r.path.join('/')}`;
    for (const [k, c] of Object.entries(r.cells)) if (c.fen !== 0) m.set(`${id}|${k}`, (c.fen / 1e6).toFixed(2));
  }
  return m;
}

interface Diff {
  missing: string[];
  extra: string[];
  differ: Array<{ cell: string; printed: string; derived: string }>;
}

function compare(published: Disclosure, derived: Table[]): Diff {
  const out: Diff = { missing: [], extra: [], differ: [] };
  for (const t of published.tables) {
    const d = derived.find((x) => x.key === t.key);
    if (!d) {
      out.missing.push(t.key);
      continue;
    }
    const a = cellMap(t);
    const b = cellMap(d);
    for (const [k, v] of a) {
      if (!b.has(k)) out.missing.push(`${t.key} ${k}=${v}`);
      else if (b.get(k) !== v) out.differ.push({ cell: `${t.key} ${k}`, printed: v, derived: b.get(k)! });
    }
    for (const [k, v] of b) if (!a.has(k)) out.extra.push(`${t.key} ${k}=${v}`);
  }
  return out;
}

describe('deriveTables', () => {
  let seed1: Disclosure;
  let seed2: Disclosure;
  beforeAll(async () => {
    seed1 = await readSeed(SEED_001);
    seed2 = await readSeed(SEED_002);
  });

  it('gives back every printed cell of seed 001 from its leaf figures', () => {
    const { input, assumptions } = inputFromDisclosure(seed1);
    expect(assumptions).toEqual([]);
    const parsed = PublishInput.parse(input);
    const tables = deriveTables(parsed);
    expect(tables.map((t) => t.key)).toEqual(seed1.tables.map((t) => t.key));
    const diff = compare(seed1, tables);
    expect(diff.missing).toEqual([]);
    expect(diff.extra).toEqual([]);
    // Printed totals round exact 元 amounts, so a derived sum of printed leaves may differ from the
    // printed total by 尾差. Leaves (项 codes, projects, economic items) must agree exactly.
    for (const d of diff.differ) {
      expect(d.cell).toMatch(/^(\S+) (\w*\|(\d{3}|\d{5})?\|[a-z_]*\|[^|/]*(\/[^|/]*)?\|\w+)$/);
      expect(Math.abs(Number(d.printed) - Number(d.derived))).toBeLessThanOrEqual(0.011);
    }
    expect(diff.differ.length).toBe(48);
  });

  it('states the seed 001 totals by hand', () => {
    const tables = deriveTables(PublishInput.parse(inputFromDisclosure(seed1).input));
    const summary = tables.find((t) => t.key === 'summary')!;
    const role = (r: string) => summary.rows.find((x) => x.role === r)!;
    expect(role('income_grand_total').cells.amount!.text).toBe('19155.70');
    expect(role('current_income_total').cells.amount!.text).toBe('18041.69');
    expect(role('carryover').cells.amount!.text).toBe('1114.01');
    expect(role('expense_grand_total').cells).toMatchObject({ total: { text: '19155.70' }, current_year: { text: '18041.69' }, carryover: { text: '1114.01' } });
    // 卫生健康支出 printed 17171.84 = 16057.83 + 1114.01; its printed 项 sum to 16057.82 this year
    // (400.59+284.70+235.53+4544.47+2069.06+45.00+1183.00+30.00+1241.50+564.66+1355.38+1132.91+1389.96
    // +108.51+795.20+48.07+126.62+29.31+266.98+57.00+149.37, by hand): the document's 尾差.
    const health = summary.rows.find((r) => r.code === '210' && r.side === 'expense')!;
    expect(health.name).toBe('十、卫生健康支出');
    expect(health.cells).toMatchObject({ total: { text: '17171.83' }, current_year: { text: '16057.82' }, carryover: { text: '1114.01' } });
    const expense = tables.find((t) => t.key === 'expense')!;
    expect(expense.rows[0]!.cells).toMatchObject({ total: { text: '19155.70' }, basic: { text: '7082.95' }, project: { text: '12072.75' } });
    const econ = tables.find((t) => t.key === 'gpb_basic_econ')!;
    // 公用经费: the printed items sum to 576.79 (printed 576.78), so 合计 7082.96.
    expect(econ.rows[0]!.cells).toMatchObject({ total: { text: '7082.96' }, personnel: { text: '6506.17' }, public_use: { text: '576.79' } });
    expect(tables.find((t) => t.key === 'gf_income')!.status).toBe('empty');
  });

  it('seed 002 (a unit): totals are the exact sums of the printed leaves', () => {
    // The unit's printed totals are roundings of exact 元 amounts; summing its printed leaves in 万元
    // gives 204.21 where 204.22 is printed (0.21+6.21+13.15+6.58+12.25+6.12+149.37+10.32, by hand).
    const { input } = inputFromDisclosure(seed2);
    const tables = deriveTables(PublishInput.parse(input));
    const income = tables.find((t) => t.key === 'income')!;
    expect(income.rows[0]!.cells.total!.text).toBe('204.21');
    const projects = tables.find((t) => t.key === 'projects')!;
    expect(projects.rows.map((r) => [r.kind, r.name, r.cells.total?.text])).toEqual([
      ['unit', '阳泉市卫生健康委员会医事管理中心', '67.25'],
      ['project', '职业病鉴定经费', '12.25'],
      ['project', '卫生健康考试考务费', '55.00'],
    ]);
  });
});
