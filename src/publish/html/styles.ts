// Print stylesheet: A4 portrait for text, a named landscape page for tables, page numbers in the page's
// bottom margin box, table headers repeated on every page a table runs over, rows never split.
// Bold text is set in 黑体 (sans), as official documents set headings and emphasis, never in bold 宋体:
// chromium embeds each CFF face as a Type 3 font, glyph by glyph, and that fourth face cost a tenth of
// the print.

export const PRINT_CSS = `
@page { size: A4 portrait; margin: 25mm 22mm 22mm 22mm;
  @bottom-center { content: "- " counter(page) " -"; font: 10pt "Noto Serif CJK SC", "SimSun", serif; } }
@page cover { @bottom-center { content: none; } }
@page form { size: A4 portrait; margin: 14mm 14mm 16mm 14mm;
  @bottom-center { content: "- " counter(page) " -"; font: 10pt "Noto Serif CJK SC", "SimSun", serif; } }
@page landscape { size: A4 landscape; margin: 16mm 14mm 16mm 14mm;
  @bottom-center { content: "- " counter(page) " -"; font: 10pt "Noto Serif CJK SC", "SimSun", serif; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 12pt/1.8 "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif; color: #000; }
h1, h2, h3, .title, th, .cover, .toc li.l1, p.sub, mark.todo, .glossary dt, b, strong { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "Heiti SC", sans-serif; }
.cover { page: cover; height: 240mm; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; }
.cover .entity { font-size: 26pt; font-weight: bold; margin-bottom: 12mm; }
.cover .doc-title { font-size: 22pt; font-weight: bold; }
.toc, .part, .text-page, .forms { break-before: page; }
.toc h1, .part > h1, h1.part-title { text-align: center; font-size: 18pt; margin: 0 0 8mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { display: flex; align-items: baseline; line-height: 1.9; }
.toc li.l1 { font-weight: bold; margin-top: 2mm; }
.toc li.l2 { padding-left: 2em; }
.toc li .t { flex: 0 1 auto; }
.toc li .dots { flex: 1 1 auto; border-bottom: 1px dotted #555; margin: 0 2mm; min-width: 8mm; transform: translateY(-0.3em); }
.toc li .p { flex: 0 0 auto; min-width: 2em; text-align: right; }
.toc a { color: inherit; text-decoration: none; }
h2 { font-size: 14pt; margin: 6mm 0 3mm; }
h3 { font-size: 12pt; margin: 4mm 0 2mm; }
p { margin: 0 0 2mm; text-indent: 2em; text-align: justify; }
p.sub { text-indent: 0; font-weight: bold; }
mark.todo { background: #ffe58a; color: #a00; font-weight: bold; }
.chart { text-align: center; margin: 4mm 0; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
.chart .caption { font-size: 10.5pt; text-indent: 0; text-align: center; }
.table-page { page: landscape; break-before: page; }
.table-page .number { font-size: 10pt; margin: 0; text-indent: 0; }
.table-page .title { font-size: 16pt; font-weight: bold; text-align: center; margin: 0 0 2mm; text-indent: 0; }
.table-page .meta { display: flex; justify-content: space-between; font-size: 10pt; margin: 0 0 1mm; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font: 9pt/1.35 "Noto Sans CJK SC", "SimHei", sans-serif; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 1.2mm 1.5mm; vertical-align: middle; overflow-wrap: anywhere; }
table.grid th { background: #eef1f5; font-weight: bold; text-align: center; }
table.grid td.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.grid td.code { white-space: nowrap; }
table.grid tr.total td { font-weight: bold; }
table.grid tr.group td { font-weight: bold; }
.note { font-size: 10pt; text-indent: 0; margin-top: 2mm; }
.glossary dt { font-weight: bold; margin-top: 2mm; }
.glossary dd { margin: 0 0 1mm 2em; }
.form { page: form; break-before: page; }
.form .title { font-size: 14pt; font-weight: bold; text-align: center; text-indent: 0; margin: 0; }
.form .seq { text-indent: 0; font-size: 9pt; margin: 0 0 1mm; }
.form .year { text-align: center; text-indent: 0; margin: 0 0 2mm; }
table.form-grid { width: 100%; border-collapse: collapse; table-layout: fixed; font: 8pt/1.3 "Noto Sans CJK SC", "SimHei", sans-serif; }
table.form-grid td, table.form-grid th { border: 0.6pt solid #000; padding: 0.6mm 1mm; vertical-align: middle; overflow-wrap: anywhere; }
table.form-grid th { background: #eef1f5; font-weight: bold; }
table.form-grid td.amount { text-align: right; }
table.form-grid tr { break-inside: avoid; }
@media screen {
  body { background: #e9ecef; }
  .cover, .toc, .part, .table-page, .text-page, .forms { background: #fff; max-width: 210mm; margin: 8mm auto; padding: 20mm 22mm; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
  .table-page { max-width: 297mm; padding: 14mm; }
}
`;
