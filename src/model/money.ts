// Exact money. Every amount is an integer number of 分 (0.01 元); printed figures are parsed digit by
// digit, never through binary floating point, and sums stay integers. Safe up to 2^53 分 ≈ 9×10^13 元.

export type MoneyUnit = '元' | '千元' | '万元' | '亿元';

/** 分 per printed unit. */
export const FEN_PER_UNIT: Record<MoneyUnit, number> = {
  元: 100,
  千元: 100_000,
  万元: 1_000_000,
  亿元: 10_000_000_000,
};

export interface ParsedAmount {
  /** Exact value in 分. */
  fen: number;
  /** Decimal places as printed (18041.69 → 2). */
  decimals: number;
  /** The printed figure was finer than 1 分 and had to be rounded (half away from zero). */
  inexact?: boolean;
}

const FULLWIDTH_DIGIT_0 = 0xff10;

/**
 * Parse a printed amount in `unit`: "18041.69", "19,155.70", "1，303.83", "-12.5", "(3.00)", "－0.5",
 * full-width digits. Returns null for anything that is not purely a number (blank, "-", text).
 */
export function parseAmount(text: string, unit: MoneyUnit): ParsedAmount | null {
  let s = text.trim();
  if (s.length === 0) return null;
  let negative = false;
  let first = s.charCodeAt(0);
  // Accounting negatives: (12.00) or （12.00）
  if ((first === 0x28 || first === 0xff08) && (s.endsWith(')') || s.endsWith('）'))) {
    negative = true;
    s = s.slice(1, -1).trim();
    first = s.charCodeAt(0);
  }
  if (first === 0x2d || first === 0x2212 || first === 0xff0d) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (first === 0x2b || first === 0xff0b) {
    s = s.slice(1).trim();
  }
  let intPart = 0;
  let intDigits = 0;
  let frac = '';
  let seenPoint = false;
  let lastGroup = -1; // digits since the last thousands separator
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= FULLWIDTH_DIGIT_0 && c <= FULLWIDTH_DIGIT_0 + 9) c = c - FULLWIDTH_DIGIT_0 + 48;
    if (c >= 48 && c <= 57) {
      if (seenPoint) frac += String.fromCharCode(c);
      else {
        intPart = intPart * 10 + (c - 48);
        intDigits++;
        if (lastGroup >= 0) lastGroup++;
      }
    } else if ((c === 0x2e || c === 0xff0e) && !seenPoint) {
      if (lastGroup >= 0 && lastGroup !== 3) return null;
      seenPoint = true;
    } else if ((c === 0x2c || c === 0xff0c) && !seenPoint && intDigits > 0) {
      if (lastGroup >= 0 && lastGroup !== 3) return null;
      if (lastGroup < 0 && intDigits > 3) return null;
      lastGroup = 0;
    } else {
      return null;
    }
  }
  if (lastGroup >= 0 && !seenPoint && lastGroup !== 3) return null;
  if (intDigits === 0 && frac.length === 0) return null;
  if (seenPoint && frac.length === 0 && intDigits === 0) return null;
  const perUnit = FEN_PER_UNIT[unit];
  // perUnit is a power of ten: 10^k. Fraction digits beyond k are below 1 分.
  const k = Math.round(Math.log10(perUnit));
  const kept = frac.slice(0, k).padEnd(k, '0');
  const rest = frac.slice(k);
  let fen = intPart * perUnit + (kept.length ? Number(kept) : 0);
  let inexact = false;
  if (/[1-9]/.test(rest)) {
    inexact = true;
    if (rest.charCodeAt(0) >= 53) fen += 1; // half away from zero, sign applied below
  }
  if (!Number.isSafeInteger(fen)) return null;
  if (negative) fen = -fen;
  if (fen === 0) fen = 0; // no -0
  const out: ParsedAmount = { fen, decimals: frac.length };
  if (inexact) out.inexact = true;
  return out;
}

/** Is this cell text a number (amount-like), ignoring surrounding space? */
export function isAmountText(text: string): boolean {
  return parseAmount(text, '元') !== null;
}

/** 分 → "180416900.00" (元, exactly two decimals). */
export function fenToYuan(fen: number): string {
  return formatFen(fen, '元', 2);
}

/**
 * Render 分 in `unit` with `decimals` places, rounding half away from zero (四舍五入) when the unit is
 * coarser than the decimals can show. Integer arithmetic only.
 */
export function formatFen(fen: number, unit: MoneyUnit, decimals = 2, grouping = false): string {
  const perUnit = FEN_PER_UNIT[unit];
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const scale = 10 ** decimals; // units of the last printed digit per unit
  // value in last-digit steps = abs * scale / perUnit, rounded half up
  let steps: number;
  if (perUnit % scale === 0) {
    const step = perUnit / scale; // 分 per last digit
    steps = Math.floor(abs / step);
    if ((abs % step) * 2 >= step) steps += 1;
  } else {
    steps = (abs * scale) / perUnit; // finer than 分: exact
  }
  const intPart = Math.floor(steps / scale);
  const fracPart = steps % scale;
  let intText = String(intPart);
  if (grouping) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = decimals > 0 ? `${intText}.${String(fracPart).padStart(decimals, '0')}` : intText;
  return negative && steps !== 0 ? `-${body}` : body;
}

/** Round 分 to the precision of `decimals` places of `unit` (四舍五入), returning 分. */
export function roundFen(fen: number, unit: MoneyUnit, decimals = 2): number {
  const step = FEN_PER_UNIT[unit] / 10 ** decimals;
  if (step <= 1) return fen;
  const sign = fen < 0 ? -1 : 1;
  const abs = Math.abs(fen);
  let q = Math.floor(abs / step);
  if ((abs % step) * 2 >= step) q += 1;
  const r = sign * q * step;
  return r === 0 ? 0 : r;
}

/** Detect a printed unit in a header such as "单位：万元" or "(元)". */
export function detectUnit(text: string): MoneyUnit | null {
  const m = /(亿元|万元|千元|元)/.exec(text);
  return m ? (m[1] as MoneyUnit) : null;
}

/** Σ of 分 values (integers; exact). */
export function sumFen(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
