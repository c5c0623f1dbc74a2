import { RULES } from './registry.js';
import type { RuleFamily } from './rule.js';

// docs/rules.md, generated from the rule modules (ids, severities, titles, descriptions) and the method
// notes below. `npx tsx scripts/docs-rules.ts` writes it; test/check/rules-doc.test.ts fails when stale.

const FAMILIES: Record<RuleFamily, string> = {
  table: '表内 · within a table',
  cross: '表间 · across tables',
  document: '完整性、年度、单位 · completeness, years, units',
  code: '科目编码 · codes',
  narrative: '情况说明 · narrative ↔ tables',
  performance: '绩效目标表 · performance forms',
  hygiene: '文档规范 · document hygiene',
};

const SEVERITY: Record<string, string> = { error: 'error 错误', warning: 'warning 警告', info: 'info 提示' };

const METHOD = `## What a finding is

A finding is data (spec §7): \`rule\`, \`severity\`, \`table\` (a table key, or \`narrative\`, \`performance\`,
\`document\`), \`row\` (code, role or name path), \`column\` (semantic key), \`expected\`, \`actual\`,
\`difference\` (= actual − expected) as printed amounts, \`unit\`, and the Chinese \`message\` rendered from
those fields (\`src/check/messages-zh.ts\`). Findings also carry \`line\` (source line of the located
figure), \`related\` (other rules the same figure fails) and \`params\` (names the message needs).
\`yusuan check --json\` prints \`{document, summary, findings}\`; exit 0 without errors, 1 with errors, 2 when
a file cannot be read.

Severities: **error** — the published figures contradict each other or a rule; **warning** — suspicious,
needs a look (a reading that rests on context, a convention that may be legitimate); **info** — 尾差 within
rounding, and notes.

## The rounding model (spec §3)

A figure printed with *d* decimals in a unit is the exact amount rounded to one step *s* = 10⁻ᵈ of that
unit, so it is off by at most *s*/2. A printed total of *n* printed parts therefore differs from the sum of
the printed parts by at most (*n*+1)·*s*/2, and since that difference is a whole number of steps, by at
most ⌊(*n*+1)/2⌋·*s* — the bound of the issue. Within it the difference is **尾差** (info), beyond it the
figures contradict each other (error); no difference, no finding. (With half-up rounding the bound is
strict, (*n*+1)·*s*/2 exclusive, one step tighter for odd *n*; the closed bound is kept so that figures
rounded half-to-even or computed by summing rounded figures are not called errors.)

Only printed figures count: a blank cell is an exact 0 and widens nothing. Figures of different
precision (a narrative's "19155.7万元" against a table's 19155.70, a form's 元 against a table's 万元) add
their own half-steps: the check is 2·|diff| ≤ Σ sᵢ, in integer 分, never floats; a figure coarser than
everything it is compared with that is the 四舍五入 of the finer side (a narrative's 16,339.84万元 for a
table's 163,398,426.70元) is exact, not 尾差. A form's 年度资金 in 元 is
compared with its project row in 万元 by 四舍五入 to 0.01万元: equal, or one step off (a double rounding) as
尾差. Shares (占 X%) are recomputed from the printed figures and 四舍五入 to the printed decimals: the exact
share lies between (n − sₙ/2)/(d + s_d/2) and (n + sₙ/2)/(d − s_d/2), and a printed share that rounds some
share in that interval — or is one unit of its last digit off, as when a publisher adjusts shares to add up
to 100% — is 尾差 (BigInt arithmetic).

### Two results that are by design

- **A figure printed one step off** (7082.95 printed 7082.96 in one table while every other table prints
  7082.95; a total 0.01 off its parts) is **info**, not an error. Two printed figures of one exact amount
  are each within half a step of it, so they may differ by a step without contradicting each other, and a
  total may differ from its printed parts by up to ⌊(*n*+1)/2⌋ steps; the checker cannot tell a mistyped
  last digit from figures rounded from 分 apart. The 尾差 is listed with the figure the others imply, so a
  reviewer still sees it.
- **A share printed without decimals** (占 5%, 占 100%) is accepted one unit of its last digit either way
  (±1 percentage point for whole percents) as 尾差: publishers adjust rounded shares to add up to 100% or
  cut them off. Two points off is an error.

## One figure, one finding

A mistyped figure breaks every relation it is part of (a 款 total fails its 项 sum, its 类 sum, its
fund-source sum and the cross-table comparison). The engine evaluates all checks first, then looks for
the figure that alone explains several failures: one value for it (the value the most precise failing
check implies) makes them all hold and breaks none that holds now. Such a figure is reported once, at
that figure, with the rule of highest priority (the order below) and the others as \`related\`. A row
mistyped in every column (合计 and 一般公共预算 alike) is found the same way as a group of cells shifted by
one amount. One failure is enough when, of the figures of that relation, exactly one can be corrected
without breaking another: a form's 年度 total that the project table confirms is not the culprit of the
source sum it fails, the one source that is free is (a single relation failing at its own total keeps its
own message).

A mistake can also span figures that agree with each other: a 上年结转 project, its unit and the
department raised alike, so the project table adds up and contradicts every other table; or 收支总表
printing 上年结转 1124.01 with all its totals to match, where the income, expense and carry-over tables
agree on 1114.01. So a correction that breaks only relations inside its own table is followed down
through them (each broken sum mended by one more figure of that table shifted by the same amount, a cell
of a row already shifted first; bounded), and all the figures of one table that failing relations read
are tried together, each at the value the other side implies. Such a set is reported once, at its figure
that the most important failing relation reads (the department row, 收支总表's 上年结转), and ranks after a
single figure explaining the same failures: the table in the minority is the one named. Which unit and
project carry a shift inside a table is not known and not named.

When two candidates explain the same failures equally (any of 28 items of a class could be the wrong one),
neither is named and the failures are reported where they are. Relations that each only warn (a label read
from its sentence, a 其中 list that may be incomplete) but put one figure at the same other value
independently make an error. A table printed empty or missing stands for the failures that read it.
Amounts are not negative: a correction below zero is not considered.

## Reading the 情况说明

Each section is split into paragraphs (wrapped lines joined), sentences and clauses; every amount
(万元/元/亿元), share and change (%) and count (个/家/辆…) is a mention with the words before it (its label)
and what the sentence says about it: a change against last year (比上年增加…), a share (占…的), an item of
a list opened by 其中/包括/主要用于 (lists run across ；), a total closing its parts (共计), words of a stated
reason (原因是…), a figure about an earlier year (截至2023年…, 说明：2023年…), a project named in 《》. The
label, without entity name, years and ordinals, is read against the vocabulary of the disclosure rules
(收入总计, 本年收入, 上年结转, 基本支出, 人员经费, a function class name, “三公”经费 and its items, 机关运行经费,
subjects named by their levels 某（类）某（款）某（项）…) in the context of the section (一般公共预算 sections
read the 一般公共预算 table, 财政拨款 sections the 财政拨款 tables). Generic totals must be the whole label
(收入总计, not 机关运行经费预算支出); a label naming nothing in the vocabulary is not checked. A label the
vocabulary reads only from its sentence (共计金额 after a count of projects) gives warnings, not errors. A
section whose title names no subject (上海's 部门预算编制说明) is read part by part, each under its （一）…
sub-heading (收入预算, 财政拨款支出主要内容, “三公”经费预算 …); subjects quoted by their levels (“…（类）…（款）
…（项）”科目) are found in the coded tables of that part's funds.

## Matching forms to project rows

Forms are matched to the project tables' rows by 实施单位 and name after folding (full/half-width,
punctuation; a unit name cut short on a form is the same unit); rows sharing a name are told apart by
amount; left-over forms take the row of the same unit and amount with the closest name, then the closest
name alone (similarity ≥ 0.8). A form matched only approximately, under a unit spelled differently, or not
at all is a warning naming both. While a project table is missing or printed empty by mistake (see
\`document.empty-table\`), forms are matched by name only: paired with look-alikes in the other project table
they would give false amount errors; the forms left without a row are part of the absent table's finding.

## Absent tables, codes and years

A table printed empty while other tables or the 说明 show its money, or left out though the template
requires it, is one finding (\`document.empty-table\` or \`document.missing-table\`, never both) that stands for
every relation reading the table; a 说明 statement whose label names a figure of that table first is read
against the absent table (and is part of that finding), not against another table it could fall back on.
A misprinted function code is one \`code.structure\` error that stands for the comparisons by code it breaks.
The document's year is the one most of its cover, titles, heads and narrative print (\`document.year\`).`;

const SEEDS = `## The seeds

**001** (阳泉市卫生健康委员会, department): **0 errors**. Warnings: the narrative states 86 published project
targets, the document prints 41 forms (\`performance.forms-count\`); the form 严重精神障碍患者**救治**及精防办经费
matches its row 严重精神障碍患者**收治**及精防办经费 only by the closest name (same unit, same 30.00万元), and
公立医院综合改革经费 is printed under 阳泉市妇幼保健院(阳泉市妇幼保健计划**主责**服务中心) where the table has
…计划**生育**服务中心 (\`performance.match\`); 一般公共预算当年支出 比上年减少405.58万元 is stated without a
reason (\`narrative.yoy-reason\`); and the forms' indicator findings (vague values such as 有效提高, missing
成本/时效 levels, rows repeated when the 年度 column cuts names short and the extraction repeats them). Info:
28 尾差 of 0.01万元 (e.g. income 21001: 400.59 + 284.70 + 235.53 = 920.82 printed 920.81; the 10 projects
of 阳泉市紧急医疗救援中心 add up to 413.23, printed 413.22) and six forms whose 实施期 and 年度 indicators differ.

**002** (医事管理中心, unit): **0 errors**. The 情况说明 says 公开项目绩效目标2个，涉及项目金额67.25万元，占部门
（单位）项目支出总额的**0%**. Against the unit's own project total (67.25) that share is 100%, so it looks like
an error; but in a unit's disclosure the words 部门（单位） may name the supervising department's project
total, which this document does not print (0% is what 67.25 of any total above 13,450万元 rounds to). The
checker cannot prove a contradiction from the document itself, so this is a **warning** that says so
(\`narrative.share\` with \`ambiguous_whole\`); the same share in a department's disclosure, where 部门 is the
entity itself, is an error. Other warnings come from the 考务费 form, whose extracted indicator rows repeat
60 times. Info: 尾差 such as 136.97 against 人员经费 129.01 + 公用经费 7.95 = 136.96.

**000**, **004** (forms only): 0 errors; 上海 forms carry no 成本指标 (warnings).

**江苏 corpus** (15 PDFs, 2017–2019, another template): 0 errors on 12 of 15. Three 2017 statements of the
人大常委会办公厅 give each “三公” item's share 占“三公”经费的 8.75%, 7.22%, 16.81% — shares of the 三公, 会议费 and
培训费 total (2542.60), not of the 三公经费 (833.60, which gives 26.69%, 22.02%, 51.28%): errors. The
检察院's 2017 shares (18.85%, 54.43%, 26.72%) are 3–7 hundredths off what its own figures give (18.82%,
54.39%, 26.79%): errors. One 2019 document is read with its 支出功能分类 column on the wrong side (a reader
issue), which gives three errors until the reader is fixed.

**上海 区级** (no published sample in shared/; \`test/fixtures/unseen/shanghai-district.txt\`, a synthetic district
绿化和市容管理局 with all 9 tables in 元, a 编制说明 and three 绩效目标申报表): no finding. Its variant with three
planted contradictions (a 款 of the 一般公共预算支出表 100,000.00 元 over its 项, a （项） amount and a share stated
wrong in the 编制说明) gives exactly those three errors.`;

export function renderRulesDoc(): string {
  const out: string[] = [];
  out.push('# yusuan check: rules');
  out.push('');
  out.push('<!-- Generated from src/check/rules/*.ts and src/check/rules-doc.ts by `npx tsx scripts/docs-rules.ts`. Do not edit by hand. -->');
  out.push('');
  out.push(`\`yusuan check FILE…\` applies ${RULES.length} rules; \`yusuan rules\` lists them, \`--rules id,prefix\` selects them.`);
  out.push('');
  out.push('| id | default severity | rule |');
  out.push('|---|---|---|');
  for (const r of RULES) out.push(`| \`${r.id}\` | ${r.severity} | ${r.title} |`);
  out.push('');
  out.push(METHOD);
  out.push('');
  out.push('## Rules');
  for (const fam of Object.keys(FAMILIES) as RuleFamily[]) {
    const rules = RULES.filter((r) => r.family === fam);
    if (!rules.length) continue;
    out.push('');
    out.push(`### ${FAMILIES[fam]}`);
    for (const r of rules) {
      out.push('');
      out.push(`#### \`${r.id}\` — ${r.title}`);
      out.push('');
      out.push(`Default severity: ${SEVERITY[r.severity]}. ${r.description}`);
    }
  }
  out.push('');
  out.push(SEEDS);
  out.push('');
  return out.join('\n');
}
