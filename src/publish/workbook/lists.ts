import { econItemNames } from '../../model/catalog/economic-codes.js';
import { allFunctionClasses } from '../../model/catalog/function-classes.js';

// The choices the workbook offers in its drop-down lists. Economic item names come from the catalogue
// (src/model/catalog/economic-codes.ts), so every name offered resolves to its code. Function
// codes: every 类 of the catalogue and the 款/项 that nearly every budget unit uses (pensions, medical
// insurance, housing fund); an office adds its own on the 功能科目 sheet.

export const DEPARTMENT_ECON_NAMES: readonly string[] = econItemNames('department');

export const GOVERNMENT_ECON_NAMES: readonly string[] = econItemNames('government');

/** Pre-filled 功能科目 rows: code and name. */
export function commonFunctionCodes(): Array<readonly [string, string]> {
  return [
    ...allFunctionClasses(),
    ['20805', '行政事业单位养老支出'],
    ['2080501', '行政单位离退休'],
    ['2080502', '事业单位离退休'],
    ['2080505', '机关事业单位基本养老保险缴费支出'],
    ['2080506', '机关事业单位职业年金缴费支出'],
    ['21011', '行政事业单位医疗'],
    ['2101101', '行政单位医疗'],
    ['2101102', '事业单位医疗'],
    ['2101103', '公务员医疗补助'],
    ['22102', '住房改革支出'],
    ['2210201', '住房公积金'],
    ['2210202', '提租补贴'],
    ['2210203', '购房补贴'],
  ];
}
