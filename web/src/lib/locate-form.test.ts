import { describe, expect, it } from 'vitest';
import type { FindingInput } from '../../../src/server/api-types.js';
import type { Indicator } from '../../../src/model/performance.js';
import { locateInForm } from './locate-form.js';

const finding = (f: Partial<FindingInput>): FindingInput => ({ rule: 'r', severity: 'warning', table: 'performance', row: null, column: null, expected: null, actual: null, difference: null, unit: null, message: '', ...f });

describe('locateInForm', () => {
  const ind = (period: Indicator['period'], name: string, value: string): Indicator => ({ period, level1: '效益指标', level2: '社会效益指标', name, value, op: null, number: null, unit: null, line: 687 });
  // seed 001 爱国卫生运动经费: the 实施期 and 年度 columns print the names cut differently
  const list = [
    ind('implementation', '提高群众卫生、健康素养', '有效提高'),
    ind('annual', '提高群众爱国卫生', '有效提高'),
    ind('implementation', '改善城乡环境卫生面貌', '有效改善'),
    ind('annual', '改善城乡环境卫生', '有效改善'),
    ind('annual', '', '≥90%'),
  ];

  it('marks the indicator rows a finding names as 名称「值」, showing the period most of them are in', () => {
    const f = finding({ table: 'performance', column: 'indicators', actual: '提高群众卫生、健康素养「有效提高」、提高群众爱国卫生「有效提高」、改善城乡环境卫生面貌「有效改善」' });
    expect(locateInForm(f, list)).toEqual({ indicators: [0, 1, 2], period: 'implementation', funds: null, field: null });
  });

  it('marks unnamed rows of the period a duplicates finding names, and funds lines and fields by column', () => {
    expect(locateInForm(finding({ table: 'performance', column: 'annual', params: { unnamed: 1 } }), list)).toMatchObject({ indicators: [4], period: 'annual' });
    expect(locateInForm(finding({ table: 'performance', column: 'annual.total' }), list)).toMatchObject({ funds: { block: 'annual', key: 'total' }, indicators: [] });
    expect(locateInForm(finding({ table: 'performance', column: 'project' }), list)).toMatchObject({ field: 'project', indicators: [] });
  });
});
