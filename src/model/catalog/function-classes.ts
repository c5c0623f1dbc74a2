// 政府收支分类科目 — expenditure function classes (类). Names vary across years (2018 renamed 210,
// 2019 renamed 207/215/220); all known names map to the same code so that rows printed without codes
// (the summary tables) can be joined with coded tables.

const CLASSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['201', ['一般公共服务支出']],
  ['202', ['外交支出']],
  ['203', ['国防支出']],
  ['204', ['公共安全支出']],
  ['205', ['教育支出']],
  ['206', ['科学技术支出']],
  ['207', ['文化旅游体育与传媒支出', '文化体育与传媒支出']],
  ['208', ['社会保障和就业支出']],
  ['209', ['社会保险基金支出']],
  ['210', ['卫生健康支出', '医疗卫生与计划生育支出', '医疗卫生支出']],
  ['211', ['节能环保支出']],
  ['212', ['城乡社区支出', '城乡社区事务支出']],
  ['213', ['农林水支出', '农林水事务支出']],
  ['214', ['交通运输支出']],
  ['215', ['资源勘探工业信息等支出', '资源勘探信息等支出', '资源勘探电力信息等支出']],
  ['216', ['商业服务业等支出']],
  ['217', ['金融支出', '金融监管等事务支出']],
  ['219', ['援助其他地区支出']],
  ['220', ['自然资源海洋气象等支出', '国土海洋气象等支出', '国土资源气象等支出']],
  ['221', ['住房保障支出']],
  ['222', ['粮油物资储备支出', '粮油物资储备管理等事务', '粮油物资管理事务']],
  ['223', ['国有资本经营预算支出']],
  ['224', ['灾害防治及应急管理支出']],
  ['227', ['预备费']],
  ['229', ['其他支出']],
  ['230', ['转移性支出']],
  ['231', ['债务还本支出']],
  ['232', ['债务付息支出']],
  ['233', ['债务发行费用支出']],
  ['234', ['抗疫特别国债安排的支出']],
];

const BY_NAME = new Map<string, string>();
const NAME_BY_CODE = new Map<string, string>();
for (const [code, names] of CLASSES) {
  NAME_BY_CODE.set(code, names[0]!);
  for (const n of names) BY_NAME.set(n, code);
}

/** Code of a function class from its printed name ("十、卫生健康支出" → "210"), or null. */
export function functionClassCode(printedName: string): string | null {
  const name = printedName
    .replace(/\s+/g, '')
    .replace(/^[一二三四五六七八九十百零〇]+[、.．,，]/, '')
    .replace(/^\d+[、.．]/, '')
    .replace(/[（(]类[)）]$/, '');
  return BY_NAME.get(name) ?? null;
}

/** Current name of a function class code ("210" → "卫生健康支出"). */
export function functionClassName(code: string): string | null {
  return NAME_BY_CODE.get(code) ?? null;
}

export function allFunctionClasses(): ReadonlyArray<readonly [string, string]> {
  return CLASSES.map(([c, n]) => [c, n[0]!] as const);
}
