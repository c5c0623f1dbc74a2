import { describe, expect, it } from 'vitest';
import { departmentEconCode, governmentEconCode } from '../../model/catalog/economic-codes.js';
import { DEPARTMENT_ECON_NAMES, GOVERNMENT_ECON_NAMES, commonFunctionCodes } from './lists.js';

describe('workbook lists', () => {
  it('offers only economic item names the catalogue resolves', () => {
    expect(DEPARTMENT_ECON_NAMES.filter((n) => departmentEconCode(n) === null)).toEqual([]);
    expect(GOVERNMENT_ECON_NAMES.filter((n) => governmentEconCode(n) === null)).toEqual([]);
  });

  it('pre-fills the thirty 类 and the common 款/项', () => {
    const codes = commonFunctionCodes();
    expect(codes.filter(([c]) => c.length === 3)).toHaveLength(30);
    expect(codes.find(([c]) => c === '2210201')).toEqual(['2210201', '住房公积金']);
  });
});
