import type { Indicator, IndicatorPeriod } from '../../model/performance.js';
import { fold } from '../../text/fold.js';
import { foldedCells, type SourceLine } from '../source-line.js';
import { parseIndicatorValue, valueLikeness } from './indicator-value.js';

// Indicator rows. A 山西 row is two halves, 实施期 [一级][二级] 三级 值 and 年度 [二级] 三级 值; a 上海
// row has one. Extractions shift cells left and right, drop repeated labels and truncate long ones, so
// cells are not read by position alone: each row's cells are aligned to the header's slots by a small
// dynamic programme that respects order, prefers nearby columns and asks whether a text reads like a
// name or like a value.

// Level-1 labels, also printed cut short of their last character ("产出指"): looked up, not matched.
const LEVEL1 = new Map(['产出指标', '效益指标', '满意度指标', '成本指标'].flatMap((n) => [[n, n], [n.slice(0, -1), n]] as const));

const LEVEL2_NAMES = [
  '数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标',
  '服务对象满意度指标', '经济成本指标', '社会成本指标', '生态环境成本指标', '生态环境效益指标',
];
const LEVEL2_ALIASES: Record<string, string> = {
  可持续性影响指标: '可持续影响指标',
  持续影响指标: '可持续影响指标',
  生态环境效益指标: '生态效益指标',
  服务对象满意度: '服务对象满意度指标',
  满意度指标: '服务对象满意度指标',
};
const LEVEL1_OF: Record<string, string> = {
  数量指标: '产出指标', 质量指标: '产出指标', 时效指标: '产出指标', 成本指标: '产出指标',
  经济效益指标: '效益指标', 社会效益指标: '效益指标', 生态效益指标: '效益指标', 可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
  经济成本指标: '成本指标', 社会成本指标: '成本指标', 生态环境成本指标: '成本指标',
};

export function level1Of(cell: string): string | null {
  return level1OfFolded(fold(cell));
}
function level1OfFolded(f: string): string | null {
  return f.length < 3 || f.length > 5 ? null : (LEVEL1.get(f) ?? null);
}

/** Normalised level-2 label, completing truncated prints ("服务对象满意度指" → 服务对象满意度指标). */
export function level2Of(cell: string): string | null {
  return level2OfFolded(fold(cell));
}
// First characters as char codes: f[0] of an ideograph would allocate a string on every call.
const LEVEL2_FIRST = new Set([...LEVEL2_NAMES, ...Object.keys(LEVEL2_ALIASES)].map((n) => n.charCodeAt(0)));

// Labels printed in full (names and aliases), looked up before truncated prints are matched.
const LEVEL2_EXACT = new Map([...LEVEL2_NAMES, ...Object.keys(LEVEL2_ALIASES)].map((n) => [n, LEVEL2_ALIASES[n] ?? n] as const));

function level2OfFolded(f: string): string | null {
  if (f.length < 4 || f.length > 10 || !LEVEL2_FIRST.has(f.charCodeAt(0))) return null;
  const exact = LEVEL2_EXACT.get(f);
  if (exact) return exact;
  for (const n of LEVEL2_NAMES) if (n === f || (n.startsWith(f) && /指|标/.test(f.slice(-1)) === true) || (n.startsWith(f) && f.length >= 6)) return LEVEL2_ALIASES[n] ?? n;
  return null;
}

type Slot = 'L1' | 'L2' | 'NAME' | 'VALUE';
interface SlotPos { slot: Slot; half: number; col: number }

export interface IndicatorLayout {
  slots: SlotPos[];
  periods: IndicatorPeriod[];
}

/** Layout from the header row ("一级指标 二级指标 三级指标 指标值 [二级指标 三级指标 指标值]"). */
export function layoutFromHeader(header: SourceLine | null): IndicatorLayout {
  const slots: SlotPos[] = [];
  let half = 0;
  let sawValue = false;
  if (header) {
    header.cells.forEach((c, col) => {
      const f = fold(c);
      if (!f) return;
      if (/^一级指标/.test(f)) slots.push({ slot: 'L1', half, col });
      else if (/^二级指标/.test(f)) {
        if (sawValue) half++;
        sawValue = false;
        slots.push({ slot: 'L2', half, col });
      } else if (/^三级指标/.test(f)) {
        if (sawValue) { half++; sawValue = false; }
        slots.push({ slot: 'NAME', half, col });
      } else if (/指标值|目标值/.test(f)) {
        slots.push({ slot: 'VALUE', half, col });
        sawValue = true;
      }
    });
  }
  if (!slots.some((s) => s.slot === 'VALUE')) {
    return { slots: [{ slot: 'L1', half: 0, col: 1 }, { slot: 'L2', half: 0, col: 2 }, { slot: 'NAME', half: 0, col: 3 }, { slot: 'VALUE', half: 0, col: 4 }], periods: ['annual'] };
  }
  const halves = Math.max(...slots.map((s) => s.half)) + 1;
  // The annual half of a two-period form has no 一级指标 column: give it a virtual one so that a
  // level-1 label printed there still has a place.
  if (halves === 2 && !slots.some((s) => s.half === 1 && s.slot === 'L1')) {
    const firstL2 = slots.find((s) => s.half === 1)!;
    slots.splice(slots.indexOf(firstL2), 0, { slot: 'L1', half: 1, col: firstL2.col - 0.5 });
  }
  return { slots, periods: halves === 2 ? ['implementation', 'annual'] : ['annual'] };
}

interface Token { col: number; text: string; l1: string | null; l2: string | null; v: number }

function cost(t: Token, s: SlotPos): number {
  const dist = Math.min(Math.abs(t.col - s.col), 4) * 0.5;
  if (s.slot === 'L1') return t.l1 ? dist : Infinity;
  if (s.slot === 'L2') return t.l2 ? dist : Infinity;
  if (t.l1 || t.l2) return Infinity; // a level label is never a name or value
  return dist + (s.slot === 'VALUE' ? (1 - t.v) * 2 : t.v * 2);
}

/**
 * Best monotone assignment of tokens to slots (each slot at most once); -1 = token skipped.
 * best[i][j] = min(SKIP + best[i+1][j], min over k ≥ j of cost(i,k) + best[i+1][k+1]); the inner
 * minimum is a suffix minimum, so the whole table is O(tokens × slots).
 */
// Scratch tables reused across rows (rows are aligned one at a time).
let BEST = new Float64Array(256);
let CHOICE = new Int32Array(256);
let ASSIGN = new Int32Array(32);

/** The first `n` tokens aligned; the answer is in ASSIGN[0 … n) until the next call. */
function align(tokens: readonly Token[], n: number, slots: SlotPos[]): Int32Array {
  const m = slots.length;
  const SKIP = 6;
  const w = m + 1;
  if (BEST.length < (n + 1) * w) { BEST = new Float64Array((n + 1) * w * 2); CHOICE = new Int32Array((n + 1) * w * 2); }
  const best = BEST;
  const choice = CHOICE;
  best.fill(0, n * w, (n + 1) * w);
  choice.fill(-1, 0, n * w);
  for (let i = n - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const level = t.l1 !== null || t.l2 !== null;
    let sufMin = Infinity;
    let sufArg = -1;
    for (let j = m; j >= 0; j--) {
      const s = j < m ? slots[j]! : null;
      // Pairs that cannot fit (see cost) cost Infinity and never win: they are not priced at all.
      if (s && (s.slot === 'L1' ? t.l1 !== null : s.slot === 'L2' ? t.l2 !== null : !level)) {
        const g = cost(t, s) + best[(i + 1) * w + j + 1]!;
        if (g <= sufMin) { sufMin = g; sufArg = j; }
      }
      const skip = SKIP + best[(i + 1) * w + j]!;
      if (sufMin < skip) { best[i * w + j] = sufMin; choice[i * w + j] = sufArg; }
      else best[i * w + j] = skip;
    }
  }
  if (ASSIGN.length < n) ASSIGN = new Int32Array(n * 2);
  const out = ASSIGN;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = choice[i * w + j]!;
    out[i] = c;
    if (c >= 0) j = c + 1;
  }
  return out;
}

const TOKENS: Token[] = [];

export interface IndicatorState { l1: string | null; l2: (string | null)[] }

export interface RowIndicators {
  indicators: Indicator[];
  /** Cells that could not be placed (for diagnostics). */
  unplaced: string[];
}

/** Indicators of one row; `state` carries level labels down the rows. */
export function readIndicatorRow(line: SourceLine, layout: IndicatorLayout, state: IndicatorState): RowIndicators {
  // Plain loops throughout: every indicator row of every form comes through here. Its tokens are
  // scratch objects, reused from row to row (a row's tokens never outlive the call).
  const tokens = TOKENS;
  let n = 0;
  const cells = line.cells;
  const folded = foldedCells(line);
  for (let col = 0; col < cells.length; col++) {
    const c = cells[col]!;
    if (!c) continue;
    const f = folded[col]!;
    if (f === '绩效指标' || f === '指标' || f === '项目绩效指标') continue;
    const l1 = level1OfFolded(f);
    const l2 = level2OfFolded(f);
    // "成本指标" and "满意度指标" can be either level: let both slots take them.
    const l2Slot = l1 === '成本指标' ? '成本指标' : l1 === '满意度指标' ? null : l2;
    let t = tokens[n];
    if (t === undefined) tokens.push((t = { col: 0, text: '', l1: null, l2: null, v: 0 }));
    t.col = col;
    t.text = c;
    t.l1 = l1;
    t.l2 = l2Slot;
    t.v = l1 || l2 ? 0 : valueLikeness(c);
    n++;
  }
  const assign = align(tokens, n, layout.slots);
  const halves = layout.periods.length;
  const names: (string | null)[] = [];
  const values: (string | null)[] = [];
  for (let h = 0; h < halves; h++) { names.push(null); values.push(null); }
  const unplaced: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const k = assign[i]!;
    if (k < 0) { unplaced.push(t.text); continue; }
    const s = layout.slots[k]!;
    if (s.slot === 'L1') {
      state.l1 = t.l1;
      for (let h = 0; h < state.l2.length; h++) state.l2[h] = null;
    } else if (s.slot === 'L2') {
      state.l2[s.half] = t.l2;
      const implied = t.l2 ? LEVEL1_OF[t.l2] : undefined;
      if (implied && s.half === 0) state.l1 = implied;
    } else if (s.slot === 'NAME') names[s.half] = t.text;
    else values[s.half] = t.text;
  }
  const indicators: Indicator[] = [];
  for (let h = 0; h < halves; h++) {
    const name = names[h]!;
    const printed = values[h]!;
    if (name === null && printed === null) continue;
    const l2 = state.l2[h] ?? state.l2[0] ?? null;
    const l1 = (l2 && LEVEL1_OF[l2] && state.l1 !== '成本指标' ? LEVEL1_OF[l2] : state.l1) ?? null;
    const value = printed ?? '';
    const p = parseIndicatorValue(value);
    indicators.push({
      period: layout.periods[h]!,
      level1: l1,
      level2: l2,
      name: name ?? '',
      value,
      op: p.op,
      number: p.number,
      unit: p.unit,
      line: line.no,
    });
  }
  return { indicators, unplaced };
}

export function newIndicatorState(layout: IndicatorLayout): IndicatorState {
  // Filled by push, not map: arrays of one elements kind keep the row reader's code monomorphic.
  const l2: (string | null)[] = [];
  for (let h = 0; h < layout.periods.length; h++) l2.push(null);
  return { l1: null, l2 };
}
