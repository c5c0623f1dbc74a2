import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/model/disclosure.js';
import type { TableResponse } from '../../../src/server/api-types.js';
import { leaves } from './table-leaves.js';

const row = (name: string, code: string | null, kind: Row['kind'] = 'item'): Row => ({ kind, code, code_source: code ? 'printed' : null, name, path: [name], level: code ? code.length === 3 ? 1 : 2 : 0, role: kind === 'total' ? 'total' : null, side: null, cells: {}, line: 0, page: null });
const table = (key: string, columns: Array<[string, string[]]>, rows: Row[]): TableResponse => ({
  key, number: null, title: key, unit: '万元', unit_stated: true, status: 'present', entity: null,
  columns: columns.map(([k, header]) => ({ key: k, header, side: null })), rows, notes: [], confidence: 1, line: 1, end_line: 2, page: null,
  parents: rows.map(() => null),
});

describe('leaves', () => {
  it('draws no name column for a table printed without one (江苏 三公: a row of totals under the column heads)', () => {
    const t = table('three_public', [['total', ['合计']], ['abroad', ['“三公”经费', '因公出国（境）费']], ['meeting', ['会议费']]], [row('', null, 'total')]);
    expect(leaves(t, null).leaves.map((l) => l.header.join('›'))).toEqual(['合计', '“三公”经费›因公出国（境）费', '会议费']);
  });

  it('draws the code and name columns of a coded table (山西 一般公共预算支出表)', () => {
    const t = table('gpb_expense', [['total', ['合计']], ['basic', ['基本支出']]], [row('合计', null, 'total'), row('一般公共服务支出', '201'), row('组织事务', '20132')]);
    expect(leaves(t, null).leaves.map((l) => `${l.kind}:${l.header.join('›')}`)).toEqual(['code:科目编码', 'name:科目名称', 'data:合计', 'data:基本支出']);
  });
});

describe('leaves of a table with a text column', () => {
  it('puts 采购组织形式 between the names and the figures (江苏 政府采购预算表)', () => {
    const item = { ...row('台式计算机（20万以下）', null), attrs: { 采购组织形式: '分散自行组织' } };
    const t = table('procurement', [['total', ['总计']]], [row('合计', null, 'total'), row('一、货物A', null), item]);
    expect(leaves(t, null).leaves.map((l) => `${l.kind}:${l.header.join('›')}`)).toEqual(['name:科目名称', 'attr:采购组织形式', 'data:总计']);
  });
});
