import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findingText } from '../../check/report-text.js';
import { disclosureJson } from '../../export/json.js';
import { launchChromium, type Browser } from '../../publish/browser.js';
import { disclosureCharts } from '../../publish/charts/charts.js';
import { disclosureHtml } from '../../publish/html/document-html.js';
import { narrativeWarningMessage } from '../../publish/narrative/context.js';
import { disclosurePdf, layoutPages } from '../../publish/pdf.js';
import { hasErrors, prepare, prepareConsolidated, readSource, type Prepared, type Source } from '../../publish/prepare.js';
import { disclosureXlsx } from '../../publish/xlsx.js';
import { readDisclosure } from '../../read/read-document.js';
import { EXIT, isTTY, readInput, write, type CliIO } from '../io.js';
import { pdfReaderFor } from '../pdf-adapter.js';

export const renderHelp = `yusuan render FILE… [--format html|pdf|xlsx|json] [--out PATH] [--force]
yusuan render --consolidate UNIT… --entity NAME [--entity-code CODE] [--format …] [--out PATH]
  生成完整的预算公开：13 张报表、情况说明（数字、占比、增减均由报表计算）、图表、名词解释。
  FILE 可以是 yusuan template 生成并填好的 xlsx、填报数据 JSON、公开模型 JSON，或任何可读取的公开（文本、PDF），
  后者按原表格重新排版并重算情况说明。--consolidate 把各单位汇总为部门（--entity 为部门名称）。
  输入自相矛盾时拒绝生成并列出问题（退出码 1），--force 仍然生成。--no-page-numbers 生成 HTML 时不启动浏览器计算目录页码。`;

const FORMATS = ['html', 'pdf', 'xlsx', 'json'] as const;
const MAX_WARNINGS = 8;
type Format = (typeof FORMATS)[number];

async function sources(args: readonly string[], io: CliIO, oneDocument: boolean): Promise<{ ok: true; sources: Source[] } | { ok: false; message: string }> {
  const files = [];
  for (const a of args) {
    const r = await readInput(a, io);
    if (!r.ok) return r;
    files.push(r.file);
  }
  const reader = (fs: Parameters<typeof readDisclosure>[0]) => readDisclosure(fs, { pdf: pdfReaderFor(io) });
  const groups = oneDocument ? [files] : files.map((f) => [f]);
  const out: Source[] = [];
  for (const g of groups) {
    const s = await readSource(g, reader);
    if (!s.ok) return { ok: false, message: s.message.startsWith(g[0]!.name) ? s.message : `${g[0]!.name}: ${s.message}` };
    out.push(s.source);
  }
  return { ok: true, sources: out };
}

async function report(name: string, p: Prepared, io: CliIO): Promise<void> {
  const color = isTTY(io.stderr) && !io.env.NO_COLOR;
  const lines: string[] = [];
  for (const f of p.inputFindings) lines.push(`${name}: ${f.severity === 'error' ? '错误' : f.severity === 'warning' ? '警告' : '提示'}[${f.rule}] ${f.message}`);
  // Derived tables have no lines in the input file to point at.
  const findings = p.derived ? p.check.findings.map((f) => ({ ...f, line: null })) : p.check.findings;
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  for (const f of errors) lines.push(findingText(name, f, color));
  // The checker's warnings can be many (绩效指标 wording …): the first few here, all with yusuan check.
  for (const f of warnings.slice(0, MAX_WARNINGS)) lines.push(findingText(name, f, color));
  if (warnings.length > MAX_WARNINGS) lines.push(`${name}: … 另有 ${warnings.length - MAX_WARNINGS} 条检查警告（生成 json 后用 yusuan check 查看全部）`);
  for (const w of p.publication.warnings) lines.push(`${name}: 警告[${w.code}] ${narrativeWarningMessage(w)}`);
  for (const n of p.notes) lines.push(`${name}: 提示 ${n}`);
  if (lines.length) await write(io.stderr, `${lines.join('\n')}\n`);
}

async function withBrowser<T>(run: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

async function output(p: Prepared, format: Format, pageNumbers: boolean): Promise<{ bytes: Uint8Array | string; note?: string }> {
  const doc = p.publication.doc;
  switch (format) {
    case 'json':
      return { bytes: disclosureJson(doc) };
    case 'xlsx':
      return { bytes: await disclosureXlsx(doc) };
    case 'pdf':
      return { bytes: await withBrowser(async (b) => (await disclosurePdf(doc, b)).pdf) };
    case 'html': {
      const charts = disclosureCharts(doc);
      if (!pageNumbers) return { bytes: disclosureHtml(doc, { charts }) };
      try {
        const pages = await withBrowser((b) => layoutPages(doc, b, charts));
        return { bytes: disclosureHtml(doc, { charts, pages }) };
      } catch (e) {
        return { bytes: disclosureHtml(doc, { charts }), note: `未能启动浏览器计算目录页码（${(e as Error).message.split('\n')[0]}），目录不含页码` };
      }
    }
  }
}

export async function renderCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', short: 'f', default: 'html' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      consolidate: { type: 'boolean' },
      entity: { type: 'string' },
      'entity-code': { type: 'string' },
      'no-page-numbers': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const format = values.format as Format;
  if (positionals.length === 0 || !FORMATS.includes(format) || (values.consolidate && !values.entity)) {
    await write(io.stderr, `${renderHelp}\n`);
    return EXIT.unreadable;
  }
  if ((format === 'pdf' || format === 'xlsx') && !values.out && isTTY(io.stdout)) {
    await write(io.stderr, `yusuan render: ${format} 是二进制文件，请用 --out 指定输出文件\n`);
    return EXIT.unreadable;
  }
  const src = await sources(positionals, io, !values.consolidate);
  if (!src.ok) {
    await write(io.stderr, `yusuan: ${src.message}\n`);
    return EXIT.unreadable;
  }
  let prepared: Prepared;
  let name = positionals.join(' + ');
  if (values.consolidate) {
    const c = prepareConsolidated(src.sources, values.entity!, values['entity-code'] ?? null);
    if (!c.ok) {
      await write(io.stderr, `yusuan render: ${c.message}\n`);
      return EXIT.unreadable;
    }
    prepared = c.prepared;
    name = values.entity!;
  } else {
    prepared = prepare(src.sources[0]!);
  }
  await report(name, prepared, io);
  if (hasErrors(prepared) && !values.force) {
    await write(io.stderr, `yusuan render: 输入存在错误，未生成（核对后重试，或用 --force 强制生成）\n`);
    return EXIT.findings;
  }
  const out = await output(prepared, format, !values['no-page-numbers']);
  if (out.note) await write(io.stderr, `yusuan render: ${out.note}\n`);
  if (values.out) {
    await writeFile(resolve(io.cwd, values.out), out.bytes);
    await write(io.stderr, `yusuan render: 已生成 ${values.out}（${prepared.publication.doc.tables.length} 张表，情况说明 ${prepared.publication.doc.sections.length} 节）\n`);
  } else {
    await new Promise<void>((res, rej) => io.stdout.write(out.bytes, (e) => (e ? rej(e) : res())));
  }
  return EXIT.ok;
}
