import type { ComparisonOp } from '../../model/performance.js';

// 指标值 as printed → comparison, number and unit: "≥90%" → (≥, 90, %), "≤2.00(次)" → (≤, 2, 次),
// "=100.00(%)" → (=, 100, %), "2000元/人" → (none, 2000, 元/人), "按季度发放" → (none, none, none).

export interface ParsedValue {
  op: ComparisonOp | null;
  number: number | null;
  unit: string | null;
}

const OPS: ReadonlyArray<readonly [RegExp, ComparisonOp]> = [
  [/^(?:≥|>=|＞=|≧|不低于|不少于|大于等于|大于或等于|至少)/, '≥'],
  [/^(?:≤|<=|＜=|≦|不高于|不超过|不多于|小于等于|小于或等于|低于等于|控制在)/, '≤'],
  [/^(?:>|＞|大于|高于|超过)/, '>'],
  [/^(?:<|＜|小于|低于)/, '<'],
  [/^(?:=|＝|等于)/, '='],
];

const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)/;

/** Answers are remembered and shared, hence frozen. */
export function parseIndicatorValue(printed: string): Readonly<ParsedValue> {
  const hit = PARSED.get(printed);
  if (hit) return hit;
  const v = Object.freeze(parse(printed));
  if (PARSED.size > 20_000) PARSED.clear();
  PARSED.set(printed, v);
  return v;
}
const PARSED = new Map<string, Readonly<ParsedValue>>();

function parse(printed: string): ParsedValue {
  let s = printed.normalize('NFKC').replace(/\s+/g, '');
  let op: ComparisonOp | null = null;
  for (const [re, o] of OPS) {
    const m = re.exec(s);
    if (m) {
      op = o;
      s = s.slice(m[0].length);
      break;
    }
  }
  const m = NUMBER.exec(s);
  // A comparison without a number ("控制在国家C级标准以内") is not a measurable comparison.
  if (!m) return { op: null, number: null, unit: null };
  const number = Number(m[1]!.replace(/,/g, ''));
  let unit = s.slice(m[0].length);
  // "(次)" and "（%）" print the unit in brackets.
  const bracket = /^\((.*)\)$/.exec(unit);
  if (bracket) unit = bracket[1]!;
  unit = unit.trim();
  // Trailing words that are not a unit ("以上", "以内", "及以上") turn into the comparison.
  const tail = /^(.*?)(及以上|以上|以内|及以下|以下)$/.exec(unit);
  if (tail) {
    unit = tail[1]!;
    if (!op) op = /上/.test(tail[2]!) ? '≥' : '≤';
  }
  if (!Number.isFinite(number)) return { op: null, number: null, unit: null };
  // Dates ("2024年11月底前", "2024年") are not quantities.
  if (/^\d{4}年/.test(s) || /^\d{4}-\d{1,2}/.test(s)) return { op: null, number: null, unit: null };
  return { op, number, unit: unit.length ? unit : null };
}

const EVALUATIVE = /^(有效|显著|明显|大幅|逐步|稳步|持续|不断|进一步|全面|基本|较上年|切实|有力|完全|有限)?(提高|提升|改善|保障|加强|增强|降低|下降|减少|达标|完成|落实|确保|实现|维护|推进|发挥|规范|优化)$/;

/** Is this text a measurable value (comparison or a number with unit)? "有效提高" is not. */
export function isMeasurable(printed: string): boolean {
  const p = parseIndicatorValue(printed);
  return p.number !== null;
}

/** Does this text read like an indicator value rather than an indicator name? (0 = no idea, 1 = surely) */
export function valueLikeness(text: string): number {
  const hit = LIKENESS.get(text);
  if (hit !== undefined) return hit;
  const v = likeness(text.normalize('NFKC').replace(/\s+/g, ''));
  if (LIKENESS.size > 20_000) LIKENESS.clear();
  LIKENESS.set(text, v);
  return v;
}
const LIKENESS = new Map<string, number>();

function likeness(s: string): number {
  if (/^(≥|≤|>=|<=|>|<|=|＞|＜)/.test(s)) return 1;
  if (/^\d/.test(s) && s.length <= 16) return 0.9;
  if (/%$|^\d+(\.\d+)?%/.test(s)) return 0.9;
  if (EVALUATIVE.test(s)) return 0.9;
  if (/^(长期|及时|按时|按期|全覆盖|合格|是|否|好|良好|优|优良|高|较高|满意|无|有|达到|保障|及时有序|公平、公正、公开)$/.test(s)) return 0.8;
  if (/^(按|每年|每季度|每月|常态下|当年|年底|年内|\d{4}年|20\d\d)/.test(s) && s.length <= 14) return 0.6;
  if (/(率|数|量|度|时间|标准|成本|情况|人数|次数|覆盖|效益|水平|能力|意识|满意度|知晓率|费)$/.test(s) && !/\d/.test(s)) return 0.1;
  return 0.4;
}
