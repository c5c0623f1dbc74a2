import { parseAmount, type MoneyUnit } from '../../model/money.js';
import { fold } from '../../text/fold.js';

// 情况说明 text → mentions: every amount (万元/元), share or change (%), and count (个/家/辆…), with the
// words before it (its label) and what the sentence says about it: a year-on-year change, a share (占),
// an item of a list opened by 其中 / 包括, a total closing a list (共计), words of a stated reason, or a
// figure about an earlier year. Only the shape of Chinese budget prose is used, never one document's words.

export type MentionKind = 'money' | 'percent' | 'count';

export interface Mention {
  kind: MentionKind;
  /** money: 分; percent: value × 10^decimals; count: the integer. */
  value: number;
  decimals: number;
  /** 万元, 元, %, 个, 辆 … */
  unit: string;
  text: string;
  /** Folded words before the figure in its segment, connectors removed. */
  label: string;
  /** The label as a reader sees it: its whole phrase (收、支预算总计各增加, where the label is 支预算总计各增加). */
  phrase: string;
  sentence: number;
  clause: number;
  /** A change against an earlier year, not a level. */
  change: 'up' | 'down' | null;
  /** About an earlier year (last year's figure, 截至 last year end). */
  prior: boolean;
  /** 占 …%: a share; with the words naming its whole when printed (占 X 的 …%). */
  share: boolean;
  shareOf: string | null;
  /** 共计 / 合计 closing a list. */
  closing: boolean;
  /** Inside the words of a stated reason (原因是 …). */
  reason: boolean;
  /** A project named in 《…》 in its label. */
  project: string | null;
  /** Words right after the figure up to the next pause (the noun of a count: 3家「行政、参公单位」). */
  after: string;
  /** Index of the list it is an item of. */
  list: number | null;
}

/** A stated whole and its stated parts: 其中 / 包括 lists, and parts closed by 共计. */
export interface List {
  /** Mentions before the list marker that may be its whole (one per measure is used: the last). */
  heads: Mention[];
  items: Mention[];
  /** 其中 (parts of the whole), 包括 (a listing, maybe partial: 主要包括, …等), 共计 (the whole after its parts). */
  marker: 'of-which' | 'including' | 'closing';
  /** The listing ends with 等 (not exhaustive). */
  etc: boolean;
}

export interface Sentence {
  index: number;
  text: string;
  /** The paragraph it belongs to (sentences of one paragraph share it). */
  paragraph: number;
  /** Begins with 其中: a list whose head is in the sentence before. */
  continues: boolean;
  /** Says a figure is unchanged (与上年相同, 持平). */
  same: boolean;
}

export interface Scan {
  sentences: Sentence[];
  mentions: Mention[];
  lists: List[];
}

const ORDINAL_START = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d))/;

/** Lines → paragraphs: a line wraps into the next unless it ends a sentence or either is a heading. */
export function paragraphs(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const out: string[] = [];
  let cur = '';
  let curHeading = false;
  for (const line of lines) {
    const heading = ORDINAL_START.test(line) && line.length < 40 && !/[。；]/.test(line);
    if (cur && (heading || curHeading || /[。！？]$/.test(cur) || ORDINAL_START.test(line))) {
      out.push(cur);
      cur = '';
    }
    cur += line;
    curHeading = heading;
  }
  if (cur) out.push(cur);
  return out;
}

const MONEY = /(\d{1,3}(?:[,，]\d{3})+|\d+)(?:[.．](\d+))?\s*(亿元|万元|千元|元)/y;
const PERCENT = /(\d+)(?:[.．](\d+))?\s*[%％]/y;
const COUNT = /(\d+)\s*(个|家|项|辆|名|人|台|套|次|所|户|座|处)/y;
const YEAR_AHEAD = /^\s*年/;

const CONNECTORS = /^(?:其中|主要包括|主要用于以下方面|主要用于|包括|分别为|分别是|共计|合计|总计|共有|共|计|为|是|约|达|的|:|：)+/;
const LIST_MARK = /其中|主要包括|包括|主要用于|分别为|分别是/;
const CHANGE_UP = /(?:增加|增长|上升|提高|增)了?$/;
const CHANGE_DOWN = /(?:减少|下降|降低|压减|减)了?$/;
export const REASON = /原因|由于|因为|主要是|系因|主要系|归因|得益于/;
const HEAD_WORDS = /总计|总额|总预算|收支预算|合计/;
const CLAUSE = /[;；]/;
const PAUSE = /[,，;；:：。]/;

/** Split a paragraph into sentences at 。！？ (semicolons stay inside: lists run across them). */
function splitSentences(p: string): string[] {
  return p.split(/(?<=[。！？])/).map((s) => s.trim()).filter((s) => s.length > 0);
}

interface Raw {
  kind: MentionKind;
  start: number;
  end: number;
  value: number;
  decimals: number;
  unit: string;
  text: string;
}

function scanFigures(s: string): Raw[] {
  const out: Raw[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    const prev = i > 0 ? s[i - 1]! : '';
    if (!isDigit || /[\d.．,，]/.test(prev)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    MONEY.lastIndex = i;
    if ((m = MONEY.exec(s))) {
      const unit = m[3] as MoneyUnit;
      const num = `${m[1]!.replace(/[,，]/g, '')}${m[2] !== undefined ? `.${m[2]}` : ''}`;
      const a = parseAmount(num, unit);
      if (a) out.push({ kind: 'money', start: i, end: i + m[0].length, value: a.fen, decimals: a.decimals, unit, text: m[0] });
      i += m[0].length;
      continue;
    }
    PERCENT.lastIndex = i;
    if ((m = PERCENT.exec(s))) {
      const d = m[2] ?? '';
      out.push({ kind: 'percent', start: i, end: i + m[0].length, value: Number(`${m[1]}${d}`), decimals: d.length, unit: '%', text: m[0] });
      i += m[0].length;
      continue;
    }
    COUNT.lastIndex = i;
    if ((m = COUNT.exec(s)) && !YEAR_AHEAD.test(s.slice(i + m[1]!.length))) {
      out.push({ kind: 'count', start: i, end: i + m[0].length, value: Number(m[1]), decimals: 0, unit: m[2]!, text: m[0] });
      i += m[0].length;
      continue;
    }
    i++;
  }
  return out;
}

/** Years named in a stretch of text that set what the figures after them are about. */
function yearContext(s: string, upTo: number, fiscalYear: number | null): number | null {
  let last: number | null = null;
  for (const m of s.slice(0, upTo).matchAll(/(比|较|与|同|截至|截止)?\s*((?:19|20)\d{2})\s*年/g)) {
    const y = Number(m[2]);
    if (m[1] === '比' || m[1] === '较' || m[1] === '与' || m[1] === '同') continue; // a comparison, not a context
    last = m[1] === '截至' || m[1] === '截止' ? (fiscalYear !== null && y < fiscalYear ? y : y) : y;
  }
  return last;
}

export function scanText(text: string, fiscalYear: number | null): Scan {
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const lists: List[] = [];
  let lastHeads: Mention[] = [];
  paragraphs(text).forEach((p, pi) => {
    let prevSentenceHeads: Mention[] = [];
    for (const st of splitSentences(p)) {
      const si = sentences.length;
      const s = fold(st);
      const sentence: Sentence = { index: si, text: s, paragraph: pi, continues: /^其中/.test(s), same: /相同|持平|无变化|没有变化|未发生变化/.test(s) };
      sentences.push(sentence);
      let run: Mention[] = []; // mentions since the clause run began that may head a list
      let sinceHead: Mention[] = []; // levels since the last whole: the parts a 共计 may close
      let list: List | null = null;
      let reason = false;
      let prevEnd = 0;
      let opened = 0;
      const ends = new Map<Mention, number>();
      const firstListHeads = sentence.continues ? (prevSentenceHeads.length ? prevSentenceHeads : lastHeads) : [];
      for (const r of scanFigures(s)) {
        const before = s.slice(prevEnd, r.start);
        const segStart = Math.max(...[',', '，', ';', '；', ':', '：', '、'].map((ch) => s.lastIndexOf(ch, r.start - 1)), prevEnd - 1) + 1;
        const rawLabel = s.slice(segStart, r.start);
        const label = rawLabel.replace(CONNECTORS, '').replace(/(?<![总合共])(为|是|约|达|计|共)$/, '');
        const phraseStart = Math.max(...[',', '，', ';', '；', ':', '：'].map((ch) => s.lastIndexOf(ch, r.start - 1)), prevEnd - 1) + 1;
        const phrase = phraseStart < segStart ? s.slice(phraseStart, r.start).replace(CONNECTORS, '').replace(/(?<![总合共])(为|是|约|达|计|共)$/, '') : label;
        const headWords = HEAD_WORDS.test(label) && r.kind === 'money';
        // A clause boundary ends a list unless the next clause goes on with the same kind of item.
        if (CLAUSE.test(before)) {
          const first = list?.items[0];
          if (list && (!first || first.kind !== r.kind || first.unit !== r.unit || headWords)) list = null;
          if (!list) run = [];
        }
        const mark = LIST_MARK.exec(before);
        // A marker followed by words only up to a clause end opened a list of words (主要包括：离休费、…等；).
        if (mark && !CLAUSE.test(before.slice(mark.index))) {
          const heads = run.length ? [...run] : opened === 0 ? firstListHeads : [];
          opened++;
          list = { heads, items: [], marker: /其中/.test(mark[0]) ? 'of-which' : 'including', etc: false };
          lists.push(list);
          sinceHead = [];
        } else if (headWords) {
          list = null;
          run = [];
          sinceHead = [];
        }
        if (REASON.test(before)) reason = true;
        if (headWords) reason = false;
        const shareM = /占([^，,；;。]{0,30}?)的?$/.exec(s.slice(Math.max(prevEnd, segStart - 1), r.start));
        const isShare = r.kind === 'percent' && shareM !== null;
        let change: Mention['change'] = null;
        const near = s.slice(Math.max(prevEnd, r.start - 24), r.start);
        if (!isShare && CHANGE_UP.test(near)) change = 'up';
        else if (!isShare && CHANGE_DOWN.test(near)) change = 'down';
        const yc = yearContext(s, r.start, fiscalYear);
        const prior = (fiscalYear !== null && yc !== null && yc < fiscalYear) || /(上年|去年|上一年)(?!结转)/.test(label.replace(/^.*?(比|较)/, ''));
        const closing = /^(共计|合计|总计|共)/.test(rawLabel) && sinceHead.some((m) => m.kind === r.kind && m.unit === r.unit);
        const afterM = s.slice(r.end).split(PAUSE)[0] ?? '';
        const m: Mention = {
          kind: r.kind,
          value: r.value,
          decimals: r.decimals,
          unit: r.unit,
          text: r.text,
          label,
          phrase,
          sentence: si,
          clause: s.slice(0, r.start).split(CLAUSE).length - 1,
          change,
          prior,
          share: isShare,
          shareOf: isShare && shareM![1] ? shareM![1] : null,
          reason,
          project: /《([^》]+)》/.exec(rawLabel)?.[1] ?? null,
          after: afterM.slice(0, 20),
          list: null,
          closing,
        };
        mentions.push(m);
        if (closing) {
          const parts = sinceHead.filter((x) => x.kind === m.kind && x.unit === m.unit);
          lists.push({ heads: [m], items: parts, marker: 'closing', etc: false });
          run = [];
          sinceHead = [];
        } else if (list && !change && !isShare && !reason) {
          list.items.push(m);
          m.list = lists.indexOf(list);
        } else if (!change && !isShare && !reason) {
          run.push(m);
        }
        if (!closing && !change && !isShare) sinceHead.push(m);
        prevEnd = r.end;
        ends.set(m, r.end);
      }
      // A listing that ends with 等 does not claim to be complete.
      for (const l of lists) {
        const last = l.items[l.items.length - 1];
        const end = last ? ends.get(last) : undefined;
        if (end !== undefined) l.etc = /^[^;；。]*等/.test(s.slice(end));
      }
      const headsHere = run.length ? run : lists.filter((l) => l.items[0]?.sentence === si).flatMap((l) => l.heads).slice(-3);
      prevSentenceHeads = headsHere;
      if (headsHere.length) lastHeads = headsHere;
    }
  });
  return { sentences, mentions, lists };
}
