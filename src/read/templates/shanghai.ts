import type { Template } from './registry.js';

// 上海 区级: 9 tables in 元 (spec §4). No sample in shared/: titles from the published template, and the
// short form 一般公共预算基本支出经济分类预算表.
export const SHANGHAI: Template = {
  id: 'shanghai',
  name: '上海 区级部门预算（9表）',
  unit: '元',
  tables: [
    { key: 'summary', shape: 'two-sided', titles: ['部门财务收支预算总表', '财务收支预算总表'] },
    { key: 'income', shape: 'coded', titles: ['部门收入预算总表'] },
    { key: 'expense', shape: 'coded', titles: ['部门支出预算总表'] },
    { key: 'fiscal_summary', shape: 'two-sided', titles: ['部门财政拨款收支预算总表'] },
    { key: 'gpb_expense', shape: 'coded', titles: ['部门一般公共预算支出功能分类预算表', '一般公共预算支出功能分类预算表'] },
    { key: 'gf_expense', shape: 'coded', titles: ['部门政府性基金预算支出功能分类预算表', '政府性基金预算支出功能分类预算表'] },
    { key: 'soe_expense', shape: 'coded', titles: ['部门国有资本经营预算支出功能分类预算表', '国有资本经营预算支出功能分类预算表', '国有资本经营预算支出表'] },
    {
      key: 'gpb_basic_econ',
      shape: 'econ',
      titles: ['部门一般公共预算基本支出部门预算经济分类预算表', '一般公共预算基本支出部门预算经济分类预算表', '一般公共预算基本支出经济分类预算表'],
    },
    { key: 'three_public_admin', shape: 'items', titles: ['部门“三公”经费和机关运行经费预算表', '“三公”经费和机关运行经费预算表'] },
  ],
  required: [
    'summary', 'income', 'expense', 'fiscal_summary', 'gpb_expense', 'gf_expense', 'soe_expense', 'gpb_basic_econ',
    'three_public_admin',
  ],
};
