import type { Section } from '../../model/disclosure.js';
import { FEN_PER_UNIT, type MoneyUnit } from '../../model/money.js';
import { evaluate } from '../checks.js';
import type { CheckContext } from '../context.js';
import type { Figure } from '../figure.js';
import { labelCore, projectsTotal, resolveLabel, sectionKind, type Reading, type Resolution, type SectionKind } from './concepts.js';
import { scanText, type Mention, type Scan } from './scan.js';

// The 情况说明 read once per check and shared by the narrative rules: each section scanned into
// mentions and lists, each stated figure as a Figure (so the engine's rounding model and culprit search
// apply to prose as to tables), and what each label names.

export interface NarrativeSection {
  section: Section;
  index: number;
  kind: SectionKind;
  scan: Scan;
  /** The disclosure's entity, left out of labels shown in findings. */
  entity: string | null;
}

export function narrativeOf(ctx: CheckContext): NarrativeSection[] {
  return ctx.memo('narrative', () => {
    const out: NarrativeSection[] = [];
    const sections = ctx.doc.sections;
    let extra = sections.length;
    sections.forEach((section, index) => {
      if (section.title.trim().length === 0) return;
      const kind = sectionKind(section.title);
      const scan = (text: string) => scanText(text, ctx.fiscalYear);
      // A section whose title says nothing of its subject (上海: “部门预算编制说明”) is read part by part,
      // each under its own sub-heading (（一）收入预算, （四）“三公”经费预算 …).
      const parts = kind === 'other' ? subsections(section) : [];
      if (parts.length < 2) {
        out.push({ section, index, kind, scan: scan(section.text), entity: ctx.doc.entity });
        return;
      }
      for (const p of parts) {
        const k = sectionKind(p.heading);
        out.push({ section: p.section, index: extra++, kind: k === 'other' ? kind : k, scan: scan(p.section.text), entity: ctx.doc.entity });
      }
    });
    return out;
  });
}

const SUBHEADING = /^[(（][一二三四五六七八九十]+[)）]\s*([^。；;，,]{1,30})$/;

/** A section cut at its （一）… sub-headings (text before the first one is a part of its own). */
function subsections(section: Section): Array<{ heading: string; section: Section }> {
  const out: Array<{ heading: string; section: Section }> = [];
  let heading = '';
  let lines: string[] = [];
  const flush = () => {
    if (!lines.some((l) => l.trim())) return;
    const title = heading ? `${section.title} / ${heading}` : section.title;
    out.push({ heading, section: { ...section, title, text: lines.join('\n') } });
  };
  for (const line of section.text.split('\n')) {
    const m = SUBHEADING.exec(line.trim());
    if (m) {
      flush();
      heading = m[1]!.trim();
      lines = [];
    } else lines.push(line);
  }
  flush();
  return out;
}

/** The printed precision of a stated figure, in 分 (0 when exact). */
export function statedStep(m: Mention): number {
  if (m.kind !== 'money') return 0;
  const step = FEN_PER_UNIT[m.unit as MoneyUnit] / 10 ** m.decimals;
  return step > 1 ? step : 0;
}

/** A statement's label as shown in findings: without entity and year. */
export function shownLabel(ns: NarrativeSection, m: Mention): string {
  return labelCore(m.phrase, ns.entity, true) || m.text;
}

export function statedFigure(ns: NarrativeSection, m: Mention, column = 'amount'): Figure {
  const i = ns.scan.mentions.indexOf(m);
  const label = shownLabel(ns, m);
  return {
    key: `narrative#${ns.index}.${i}`,
    fen: m.value,
    step: statedStep(m),
    printed: true,
    text: m.text,
    loc: {
      table: 'narrative',
      row: `${ns.section.title} / ${label}`,
      column,
      unit: m.kind === 'money' ? (m.unit as MoneyUnit) : null,
      line: ns.section.line,
      name: label,
      ...(m.kind === 'count' ? { count: m.unit } : {}),
    },
  };
}

export function resolveMention(ctx: CheckContext, ns: NarrativeSection, m: Mention): Resolution | null {
  const key = `resolve:${ns.index}:${ns.scan.mentions.indexOf(m)}`;
  return ctx.memo(key, () => {
    const res = resolveLabel(ctx, m.label, ns.kind);
    if (res || m.list !== null || ns.kind !== 'performance') return res;
    // 共计金额 / 涉及项目金额 right after a count of projects: the amount of those projects.
    const core = labelCore(m.label, ctx.doc.entity);
    if (!/^(共计|涉及)?(项目)?(金额|资金)$/.test(core)) return null;
    const i = ns.scan.mentions.indexOf(m);
    const prev = ns.scan.mentions[i - 1];
    const afterProjects = prev && prev.sentence === m.sentence && prev.kind === 'count' && /项目|绩效目标/.test(labelCore(prev.label, ctx.doc.entity));
    return core.includes('项目') || afterProjects ? projectsTotal(ctx) : null;
  });
}

/** A reading the tables actually print (not a column or table the template lacks). */
export function isPrinted(r: Reading): boolean {
  return r.length > 0 && r.every((f) => !f.noColumn) && r.some((f) => f.printed || f.absentTable === undefined);
}

/**
 * Does the reading a label names first come from a table the template prints but the document leaves
 * out or prints empty? Then that absence is the finding, not a comparison with some other table.
 */
export function firstReadingAbsent(ctx: CheckContext, res: Resolution): boolean {
  const first = res.readings[0];
  return first !== undefined && first.some((f) => f.absentTable !== undefined && !f.printed && !f.noColumn && ctx.prints(f.absentTable));
}

/**
 * The reading of a resolution that agrees with the stated figure, else the most likely printed one — or,
 * where the first reading's table is absent, that reading (its failure is the absence's).
 */
export function pickReading(ctx: CheckContext, res: Resolution, stated: Figure): Reading | null {
  const printed = res.readings.filter(isPrinted);
  for (const r of printed) {
    if (r.some((f) => f.absentTable !== undefined && !f.printed)) continue;
    if (evaluate({ kind: 'sum', rule: '', severity: 'error', lhs: stated, terms: r.map((figure) => ({ figure, coef: 1 as const })), relation: 'eq' }).outcome !== 'beyond') return r;
  }
  if (firstReadingAbsent(ctx, res)) return res.readings[0]!;
  return printed.find((r) => r.every((f) => f.absentTable === undefined)) ?? printed[0] ?? null;
}

/** A plain level (not a change, a share, last year's figure or words of a reason). */
export function isLevel(m: Mention): boolean {
  return !m.change && !m.share && !m.prior && !m.reason && m.project === null;
}
