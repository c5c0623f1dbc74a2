import { allFunctionClasses } from '../../model/catalog/function-classes.js';

// The choices the workbook offers in its drop-down lists. Economic item names are those the catalogue
// (src/model/catalog/economic-codes.ts) resolves to codes — a test keeps the two in step. Function
// codes: every 类 of the catalogue and the 款/项 that nearly every budget unit uses (pensions, medical
// insurance, housing fund); an office adds its own on the 功能科目 sheet.

export const DEPARTMENT_ECON_NAMES: readonly string[] = [
  '基本工资', '津贴补贴', '奖金', '伙食补助费', '绩效工资', '机关事业单位基本养老保险缴费', '职业年金缴费', '职工基本医疗保险缴费',
  '公务员医疗补助缴费', '其他社会保障缴费', '住房公积金', '医疗费', '其他工资福利支出',
  '办公费', '印刷费', '咨询费', '手续费', '水费', '电费', '邮电费', '取暖费', '物业管理费', '差旅费', '因公出国（境）费用',
  '维修（护）费', '租赁费', '会议费', '培训费', '公务接待费', '专用材料费', '被装购置费', '专用燃料费', '劳务费', '委托业务费',
  '工会经费', '福利费', '公务用车运行维护费', '其他交通费用', '税金及附加费用', '其他商品和服务支出',
  '离休费', '退休费', '退职（役）费', '抚恤金', '生活补助', '救济费', '医疗费补助', '助学金', '奖励金', '个人农业生产补贴',
  '代缴社会保险费', '其他对个人和家庭的补助',
  '办公设备购置', '专用设备购置', '信息网络及软件购置更新', '公务用车购置', '其他资本性支出',
];

export const GOVERNMENT_ECON_NAMES: readonly string[] = [
  '工资奖金津补贴', '社会保障缴费', '住房公积金', '其他工资福利支出', '办公经费', '会议费', '培训费', '专用材料购置费', '委托业务费',
  '公务接待费', '因公出国（境）费用', '公务用车运行维护费', '维修（护）费', '其他商品和服务支出', '工资福利支出', '商品和服务支出',
  '其他对事业单位补助', '社会福利和救助', '助学金', '个人农业生产补贴', '离退休费', '其他对个人和家庭的补助',
];

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
