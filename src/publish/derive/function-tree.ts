import { functionClassName } from '../../model/catalog/function-classes.js';
import { SOURCE_KEYS, type BySource, type FunctionLine, type SourceKey } from '../atomic-input.js';

// The function classification as a tree: entered lines (usually 项, 7 digits) summed into their 款 and
// 类. Every coded table is a view of this tree with a different measure.

export type Vec = Record<SourceKey, number>;

export interface Measures {
  basic: Vec;
  project: Vec;
  carryoverBasic: Vec;
  carryoverProject: Vec;
}

export interface FunctionNode {
  code: string;
  /** 1 类, 2 款, 3 项. */
  level: number;
  name: string | null;
  m: Measures;
}

export function zeroVec(): Vec {
  return { general_public: 0, gov_fund: 0, soe_capital: 0, special_account: 0, unit_funds: 0 };
}

export function zeroMeasures(): Measures {
  return { basic: zeroVec(), project: zeroVec(), carryoverBasic: zeroVec(), carryoverProject: zeroVec() };
}

function addInto(v: Vec, s: BySource): void {
  for (const k of SOURCE_KEYS) v[k] += s[k] ?? 0;
}

export function addMeasures(into: Measures, m: Measures): void {
  addInto(into.basic, m.basic);
  addInto(into.project, m.project);
  addInto(into.carryoverBasic, m.carryoverBasic);
  addInto(into.carryoverProject, m.carryoverProject);
}

export function measuresOf(line: FunctionLine): Measures {
  const m = zeroMeasures();
  addInto(m.basic, line.basic);
  addInto(m.project, line.project);
  addInto(m.carryoverBasic, line.carryover_basic);
  addInto(m.carryoverProject, line.carryover_project);
  return m;
}

export const vecSum = (v: Vec): number => v.general_public + v.gov_fund + v.soe_capital + v.special_account + v.unit_funds;
export const fiscalSum = (v: Vec): number => v.general_public + v.gov_fund + v.soe_capital;

/** This year's money of one source (基本 + 项目). */
export const current = (m: Measures, s: SourceKey): number => m.basic[s] + m.project[s];
export const currentTotal = (m: Measures): number => vecSum(m.basic) + vecSum(m.project);
export const carryover = (m: Measures, s: SourceKey): number => m.carryoverBasic[s] + m.carryoverProject[s];
export const carryoverTotal = (m: Measures): number => vecSum(m.carryoverBasic) + vecSum(m.carryoverProject);

/** Nodes of every level, in printed order (a code sorts right after its parent). */
export function functionTree(lines: readonly FunctionLine[], names: Readonly<Record<string, string>>): FunctionNode[] {
  const nodes = new Map<string, FunctionNode>();
  for (const line of lines) {
    const m = measuresOf(line);
    for (const len of [3, 5, 7]) {
      if (len > line.code.length) break;
      const code = line.code.slice(0, len);
      let node = nodes.get(code);
      if (!node) {
        node = { code, level: (len - 1) / 2, name: names[code] ?? (len === 3 ? functionClassName(code) : null), m: zeroMeasures() };
        nodes.set(code, node);
      }
      addMeasures(node.m, m);
    }
  }
  return [...nodes.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The 类 nodes' sums, and the grand total. */
export function grandTotal(tree: readonly FunctionNode[]): Measures {
  const t = zeroMeasures();
  for (const n of tree) if (n.level === 1) addMeasures(t, n.m);
  return t;
}
