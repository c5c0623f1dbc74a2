import type { Template } from './registry.js';

// 江苏 省级 2017–2019: 12 tables in 万元 (../shared/corpus/jiangsu). Titles vary by year and department:
// with or without "（功能科目）"/"（经济科目）", "一般公共预算" before the 三公 title, 政府性基金 tables named
// from either end; the department and year prefixes are stripped before matching.
export const JIANGSU: Template = {
  id: 'jiangsu',
  name: '江苏 省级部门预算（12表）',
  unit: '万元',
  tables: [
    { key: 'summary', shape: 'two-sided', titles: ['收支预算总表', '部门收支预算总表'] },
    { key: 'income', shape: 'list', titles: ['收入预算总表', '部门收入预算总表'] },
    { key: 'expense', shape: 'list', titles: ['支出预算总表', '部门支出预算总表'] },
    { key: 'fiscal_summary', shape: 'two-sided', titles: ['财政拨款收支预算总表'] },
    { key: 'fiscal_expense', shape: 'coded', titles: ['财政拨款支出预算表（功能科目）', '财政拨款支出预算表'] },
    { key: 'fiscal_basic_econ', shape: 'econ', titles: ['财政拨款基本支出预算表（经济科目）', '财政拨款基本支出预算表'] },
    {
      key: 'gf_expense',
      shape: 'coded',
      titles: ['政府性基金支出预算表', '财政拨款政府性基金支出预算表', '政府性基金财政拨款支出预算表', '政府性基金预算财政拨款支出预算表'],
    },
    { key: 'gpb_expense', shape: 'coded', titles: ['一般公共预算支出预算表（功能科目）', '一般公共预算支出预算表'] },
    { key: 'gpb_basic_econ', shape: 'econ', titles: ['一般公共预算基本支出预算表（经济科目）', '一般公共预算基本支出预算表'] },
    { key: 'admin_running', shape: 'econ', titles: ['一般公共预算机关运行经费支出预算表', '机关运行经费支出预算表'] },
    {
      key: 'three_public',
      shape: 'items',
      titles: ['一般公共预算“三公”经费、会议费、培训费支出预算表', '“三公”经费、会议费、培训费支出预算表', '一般公共预算“三公”经费支出表'],
    },
    { key: 'procurement', shape: 'items', titles: ['政府采购支出预算表', '政府采购预算表'] },
  ],
  required: [
    'summary', 'income', 'expense', 'fiscal_summary', 'fiscal_expense', 'fiscal_basic_econ', 'gf_expense', 'gpb_expense',
    'gpb_basic_econ', 'admin_running', 'three_public', 'procurement',
  ],
};
