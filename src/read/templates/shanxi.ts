import type { Template } from './registry.js';

// 山西 2024 (and its county variant): 13 tables in 万元 (seeds 001, 002). The titles of the national template
// it extends (部门收支总表, 部门收入总表, 部门支出总表, 国有资本经营预算支出表, 项目支出表) are aliases of its tables.
export const SHANXI: Template = {
  id: 'shanxi',
  name: '山西 部门预算公开（13表）',
  unit: '万元',
  tables: [
    { key: 'summary', shape: 'two-sided', titles: ['预算收支总表', '部门预算收支总表', '单位预算收支总表', '部门收支总表'] },
    { key: 'income', shape: 'coded', titles: ['预算收入总表', '部门预算收入总表', '单位预算收入总表', '部门收入总表'] },
    { key: 'expense', shape: 'coded', titles: ['预算支出总表', '部门预算支出总表', '单位预算支出总表', '部门支出总表'] },
    { key: 'fiscal_summary', shape: 'two-sided', titles: ['财政拨款收支总表', '财政拨款收支预算总表'] },
    {
      key: 'gpb_expense',
      shape: 'coded',
      titles: ['一般公共预算支出预算表（不含上年结转）', '一般公共预算支出预算表', '一般公共预算支出表'],
    },
    {
      key: 'gpb_basic_econ',
      shape: 'econ',
      titles: [
        '一般公共预算安排基本支出分经济科目表（不含上年结转）',
        '一般公共预算安排基本支出分经济科目表',
        '一般公共预算基本支出经济科目表',
      ],
    },
    { key: 'gf_income', shape: 'coded', titles: ['政府性基金预算收入表（不含上年结转）', '政府性基金预算收入表'] },
    { key: 'gf_expense', shape: 'coded', titles: ['政府性基金预算支出表（不含上年结转）', '政府性基金预算支出表'] },
    {
      key: 'soe',
      shape: 'two-sided',
      titles: ['国有资本经营预算收支预算表（不含上年结转）', '国有资本经营预算收支预算表', '国有资本经营预算收支表', '国有资本经营预算支出表'],
    },
    {
      key: 'three_public',
      shape: 'items',
      titles: ['财政拨款安排“三公”经费支出预算表', '财政拨款“三公”经费支出预算表', '“三公”经费支出预算表'],
    },
    { key: 'admin_running', shape: 'by-unit', titles: ['财政拨款安排机关运行经费预算表', '机关运行经费预算表'] },
    { key: 'projects', shape: 'projects', titles: ['项目支出预算表（本年预算）', '项目支出预算表', '项目支出表'] },
    { key: 'projects_carryover', shape: 'projects', titles: ['项目支出预算表（上年结转）', '上年结转项目支出预算表'] },
  ],
  required: [
    'summary', 'income', 'expense', 'fiscal_summary', 'gpb_expense', 'gpb_basic_econ', 'gf_income', 'gf_expense',
    'soe', 'three_public', 'admin_running', 'projects', 'projects_carryover',
  ],
};
