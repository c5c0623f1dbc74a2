import type { Template } from './registry.js';

// 江苏 省级 2017–2019: 12 tables in 万元 (../shared/corpus/jiangsu).
export const JIANGSU: Template = {
  id: 'jiangsu',
  name: '江苏 省级部门预算（12表）',
  unit: '万元',
  tables: [
    { key: 'summary', shape: 'two-sided', titles: ['收支预算总表', '部门收支预算总表'] },
    { key: 'income', shape: 'list', titles: ['收入预算总表'] },
    { key: 'expense', shape: 'list', titles: ['支出预算总表'] },
    { key: 'fiscal_summary', shape: 'two-sided', titles: ['财政拨款收支预算总表'] },
    { key: 'fiscal_expense', shape: 'coded', titles: ['财政拨款支出预算表（功能科目）', '财政拨款支出预算表'] },
    { key: 'fiscal_basic_econ', shape: 'econ', titles: ['财政拨款基本支出预算表'] },
    { key: 'gpb_expense', shape: 'coded', titles: ['一般公共预算支出预算表'] },
    { key: 'gpb_basic_econ', shape: 'econ', titles: ['一般公共预算基本支出预算表'] },
    { key: 'three_public', shape: 'items', titles: ['一般公共预算“三公”经费支出表', '一般公共预算"三公"经费支出预算表'] },
    { key: 'gf_expense', shape: 'coded', titles: ['政府性基金预算支出表'] },
    { key: 'soe', shape: 'coded', titles: ['国有资本经营预算支出表'] },
    { key: 'procurement', shape: 'items', titles: ['政府采购支出预算表', '政府采购预算表'] },
  ],
  required: [
    'summary', 'income', 'expense', 'fiscal_summary', 'fiscal_expense', 'fiscal_basic_econ', 'gpb_expense',
    'gpb_basic_econ', 'three_public', 'gf_expense', 'soe', 'procurement',
  ],
};
