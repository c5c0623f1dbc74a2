import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/model/disclosure.js';
import { cleanHeader, isSubItem, pathColumns } from './label-columns.js';

const row = (name: string, path: string[], level: number, kind: Row['kind'] = 'item'): Row => ({ kind, code: null, code_source: null, name, path, level, role: null, side: null, cells: {}, line: 0, page: null });

describe('pathColumns', () => {
  it('gives both printed name columns of an econ table (seed 001 一般公共预算基本支出经济分类表)', () => {
    const rows = [row('合计', ['合计'], 0, 'total'), row('工资福利支出', ['工资福利支出'], 1), row('基本工资', ['基本工资', '工资奖金津补贴'], 2), row('基本工资', ['基本工资', '工资福利支出'], 2)];
    const p = pathColumns('gpb_basic_econ', rows, [null, null, 1, 1])!;
    expect(p.headers).toEqual(['部门预算支出经济科目名称', '政府预算支出经济科目名称']);
    expect(p.cells).toEqual([
      ['合计', ''],
      ['工资福利支出', ''],
      ['基本工资', '工资奖金津补贴'],
      ['基本工资', '工资福利支出'],
    ]);
  });

  it('shows the 专项 of 江苏 2019 政府采购 rows, printed once over its items', () => {
    const group = ['三、服务C'];
    const rows = [
      row('三、服务C', group, 1),
      row('会议费', [...group, '江苏省第十三届人代会二次会议经费', '会议费'], 3),
      row('会议服务', [...group, '江苏省第十三届人代会二次会议经费', '会议费', '会议服务'], 4),
      row('会议费', [...group, '全国人代会江苏代表团工作经费', '会议费'], 3),
    ];
    const p = pathColumns('procurement', rows, [null, 0, 1, 0])!;
    expect(p.headers).toEqual(['采购品目大类', '专项名称', '经济科目', '采购物品名称']);
    expect(p.cells).toEqual([
      ['三、服务C', '', '', ''],
      ['', '江苏省第十三届人代会二次会议经费', '会议费', ''],
      ['', '', '', '会议服务'],
      ['', '全国人代会江苏代表团工作经费', '会议费', ''],
    ]);
  });

  it('keeps one indented name column where the tree gives the path back (project tree, 江苏 收入 groups)', () => {
    const rows = [row('阳泉市卫生健康委员会', ['阳泉市卫生健康委员会'], 1, 'department'), row('阳泉市卫生健康委员会', ['阳泉市卫生健康委员会', '阳泉市卫生健康委员会'], 2, 'unit'), row('爱国卫生运动经费', ['阳泉市卫生健康委员会', '阳泉市卫生健康委员会', '爱国卫生运动经费'], 3, 'project')];
    expect(pathColumns('projects', rows, [null, 0, 1])).toBeNull();
    expect(pathColumns('income', [row('一般公共预算资金', ['一般公共预算资金'], 1), row('专项收入', ['一般公共预算资金', '专项收入'], 2)], [null, 0])).toBeNull();
    // coded rows carry just their printed name (seed 001 收入总表: 201 › 20132 组织事务)
    expect(pathColumns('income', [row('一般公共服务支出', ['一般公共服务支出'], 1), row('组织事务', ['组织事务'], 2)], [null, 0])).toBeNull();
  });
});

describe('display helpers', () => {
  it('joins a header broken over two printed lines', () => {
    expect(cleanHeader('单位预留 机动经费')).toBe('单位预留机动经费');
    expect(cleanHeader('2024年 预算数')).toBe('2024年预算数');
  });

  it('tells sub-items by their printed marker', () => {
    expect(isSubItem('①公务用车购置费')).toBe(true);
    expect(isSubItem('其中：动用上年结转和结余资金')).toBe(true);
    expect(isSubItem('公务用车购置及运行费')).toBe(false);
  });
});
