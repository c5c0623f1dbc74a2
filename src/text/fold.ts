// Text folding for matching printed labels: full-/half-width forms, quotes, dashes and spaces differ
// between templates and extractions, never in meaning. Matching always happens on folded text; the
// model keeps what was printed.

const QUOTES = /[“”„‟〝〞＂"‘’‚‛′＇']/g;
const DASHES = /[‐‑‒–—―−－﹣]/g;
const SPACE = /[\s\u00a0\u3000\u200b-\u200d\ufeff]+/g;

function slowFold(s: string): string {
  return s.normalize('NFKC').replace(SPACE, '').replace(QUOTES, '"').replace(DASHES, '-');
}

/**
 * NFKC, no whitespace, one kind of quote and dash. "“三公”经费（元）" → "\"三公\"经费(元)".
 * Fast path: text made of ASCII, CJK ideographs, CJK punctuation and full-width ASCII (what these
 * documents are made of) is folded in one pass; anything else goes through NFKC.
 */
export function fold(s: string): string {
  // Most labels are made only of characters that fold to themselves: the loop passes over them and
  // nothing is built. (A compiled loop beats both a native regex scan and a memo here: the calls are
  // many — some 7,000 a department's disclosure — and the texts short.)
  let out = '';
  let start = 0; // start of the pending unchanged run
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c > 0x20 && c < 0x7f && c !== 0x22 && c !== 0x27 && c !== 0x2d)) continue;
    let rep: string;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x200b && c <= 0x200d)) rep = '';
    else if (c >= 0xff01 && c <= 0xff5e) {
      const a = c - 0xfee0;
      rep = a === 0x27 ? '"' : String.fromCharCode(a);
      if (a === 0x22 || a === 0x27) rep = '"';
      else if (a === 0x2d) rep = '-';
    } else if (c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) rep = '"';
    else if (c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63) rep = '-';
    else if ((c >= 0x3001 && c <= 0x3011) || c === 0x3014 || c === 0x3015 || c === 0x00b7 || c === 0x2264 || c === 0x2265 || c === 0x00d7 || c === 0x2030 || c === 0x00b0) continue;
    else return slowFold(s);
    out += s.slice(start, i) + rep;
    start = i + 1;
  }
  return start === 0 ? s : out + s.slice(start);
}

const ORDINAL = /^(?:[(（]?[一二三四五六七八九十百零〇]+[)）]|[一二三四五六七八九十百零〇]+[、.．]|[(（]?\d{1,2}[)）]|\d{1,2}[、.．](?!\d)|[①-⑳])\s*/;

/** Remove a leading ordinal: "十、卫生健康支出" → "卫生健康支出", "（一）其他" → "其他", "②公务用车运行维护费" → … */
export function stripOrdinal(s: string): string {
  return s.replace(ORDINAL, '');
}

/** The leading ordinal if any ("十" of "十、…"). */
export function leadingOrdinal(s: string): string | null {
  const m = ORDINAL.exec(s);
  if (!m) return null;
  return m[0].replace(/[、.．()（）\s]/g, '');
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numeral up to 99 ("十二" → 12), or a decimal string; null otherwise. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇一二三四五六七八九十]+$/.test(s)) return null;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? (CN_DIGITS[s] ?? null) : null;
  const tens = i === 0 ? 1 : (CN_DIGITS[s.slice(0, i)] ?? NaN);
  const ones = i === s.length - 1 ? 0 : (CN_DIGITS[s.slice(i + 1)] ?? NaN);
  const n = tens * 10 + ones;
  return Number.isNaN(n) ? null : n;
}

/** Dice coefficient over character bigrams of folded strings: 1 identical, 0 nothing shared. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g);
    if (n) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** Levenshtein distance (small strings: names of projects). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n]!;
}
