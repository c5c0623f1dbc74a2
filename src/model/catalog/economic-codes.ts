// 支出经济分类科目: 部门预算支出经济分类 (3xx) and 政府预算支出经济分类 (5xx). The 山西 basic-expenditure
// table prints names only; codes are looked up here so rows can be joined across tables and years.

const DEPARTMENT: ReadonlyArray<readonly [string, string]> = [
  ['301', '工资福利支出'], ['30101', '基本工资'], ['30102', '津贴补贴'], ['30103', '奖金'],
  ['30106', '伙食补助费'], ['30107', '绩效工资'], ['30108', '机关事业单位基本养老保险缴费'],
  ['30109', '职业年金缴费'], ['30110', '职工基本医疗保险缴费'], ['30111', '公务员医疗补助缴费'],
  ['30112', '其他社会保障缴费'], ['30113', '住房公积金'], ['30114', '医疗费'], ['30199', '其他工资福利支出'],
  ['302', '商品和服务支出'], ['30201', '办公费'], ['30202', '印刷费'], ['30203', '咨询费'], ['30204', '手续费'],
  ['30205', '水费'], ['30206', '电费'], ['30207', '邮电费'], ['30208', '取暖费'], ['30209', '物业管理费'],
  ['30211', '差旅费'], ['30212', '因公出国（境）费用'], ['30213', '维修（护）费'], ['30214', '租赁费'],
  ['30215', '会议费'], ['30216', '培训费'], ['30217', '公务接待费'], ['30218', '专用材料费'],
  ['30224', '被装购置费'], ['30225', '专用燃料费'], ['30226', '劳务费'], ['30227', '委托业务费'],
  ['30228', '工会经费'], ['30229', '福利费'], ['30231', '公务用车运行维护费'], ['30239', '其他交通费用'],
  ['30240', '税金及附加费用'], ['30299', '其他商品和服务支出'],
  ['303', '对个人和家庭的补助'], ['30301', '离休费'], ['30302', '退休费'], ['30303', '退职（役）费'],
  ['30304', '抚恤金'], ['30305', '生活补助'], ['30306', '救济费'], ['30307', '医疗费补助'], ['30308', '助学金'],
  ['30309', '奖励金'], ['30310', '个人农业生产补贴'], ['30311', '代缴社会保险费'], ['30399', '其他对个人和家庭的补助'],
  ['310', '资本性支出'], ['31002', '办公设备购置'], ['31003', '专用设备购置'], ['31007', '信息网络及软件购置更新'],
  ['31013', '公务用车购置'], ['31099', '其他资本性支出'],
];

const GOVERNMENT: ReadonlyArray<readonly [string, string]> = [
  ['501', '机关工资福利支出'], ['50101', '工资奖金津补贴'], ['50102', '社会保障缴费'], ['50103', '住房公积金'],
  ['50199', '其他工资福利支出'], ['502', '机关商品和服务支出'], ['50201', '办公经费'], ['50202', '会议费'],
  ['50203', '培训费'], ['50204', '专用材料购置费'], ['50205', '委托业务费'], ['50206', '公务接待费'],
  ['50207', '因公出国（境）费用'], ['50208', '公务用车运行维护费'], ['50209', '维修（护）费'],
  ['50299', '其他商品和服务支出'], ['503', '机关资本性支出（一）'], ['505', '对事业单位经常性补助'],
  ['50501', '工资福利支出'], ['50502', '商品和服务支出'], ['50599', '其他对事业单位补助'],
  ['509', '对个人和家庭的补助'], ['50901', '社会福利和救助'], ['50902', '助学金'], ['50903', '个人农业生产补贴'],
  ['50905', '离退休费'], ['50999', '其他对个人和家庭的补助'],
];

function index(list: ReadonlyArray<readonly [string, string]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [code, name] of list) m.set(fold(name), code);
  return m;
}
function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}
const DEPT = index(DEPARTMENT);
const GOV = index(GOVERNMENT);

/** 部门预算支出经济分类 code of a printed name, or null. */
export function departmentEconCode(name: string): string | null {
  return DEPT.get(fold(name)) ?? null;
}
/** 政府预算支出经济分类 code of a printed name, or null. */
export function governmentEconCode(name: string): string | null {
  return GOV.get(fold(name)) ?? null;
}

/** Item-level (款, five-digit) names of a classification, in catalogue order: what forms offer to choose. */
export function econItemNames(kind: 'department' | 'government'): string[] {
  return (kind === 'department' ? DEPARTMENT : GOVERNMENT).filter(([code]) => code.length === 5).map(([, name]) => name);
}
