import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { PdfReader } from '../../src/read/pdf/pdf-reader.js';
import { readDisclosure, type InputFile } from '../../src/read/read-document.js';
import type { SourceLine } from '../../src/read/source-line.js';

// The 江苏 corpus (../shared/corpus/jiangsu) as disclosures: one per department and year, from one PDF
// or from two (the tables and the text published separately).

export const JIANGSU = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'jiangsu');

export interface CorpusDoc {
  dept: string;
  year: number;
  files: string[];
}

export const DOCS: CorpusDoc[] = [
  { dept: '江苏省人大办公厅', year: 2017, files: ['江苏省人大办公厅2017年度预算公开.pdf'] },
  { dept: '江苏省人大办公厅', year: 2018, files: ['省人大办公厅2018预算公开.pdf'] },
  { dept: '江苏省人大办公厅', year: 2019, files: ['江苏省人大常委会2019年度部门预算公开.pdf', '江苏省人大常委会办公厅2019年部门预算公开表.pdf'] },
  { dept: '江苏省人民检察院', year: 2017, files: ['2017年省检察院部门预算.pdf'] },
  { dept: '江苏省人民检察院', year: 2018, files: ['2018年省检察院部门预算公开.pdf'] },
  { dept: '江苏省人民检察院', year: 2019, files: ['2019年度部门预算公开.pdf'] },
  { dept: '江苏省委办公厅', year: 2017, files: ['江苏省委办公厅2017年部门预算.pdf', '江苏省委办公厅2017年预算公开表格.pdf'] },
  { dept: '江苏省委办公厅', year: 2018, files: ['江苏省委办公厅2018年度部门预算公开文件.pdf', '江苏省委办公厅2018年度部门预算公开表.pdf'] },
  { dept: '江苏省委办公厅', year: 2019, files: ['江苏省委办公厅2019年度部门预算公开文件.pdf', '江苏省委办公厅2019年度部门预算公开表格.pdf'] },
  { dept: '江苏省政协办公厅', year: 2017, files: ['江苏省政协办公厅2017年度部门预算.pdf', '2017年度部门预算公开表.pdf'] },
  { dept: '江苏省政协办公厅', year: 2018, files: ['江苏省政协办公厅2018年度部门预算.pdf', '江苏省政协办公厅2018度部门预算公开表.pdf'] },
  { dept: '江苏省政协办公厅', year: 2019, files: ['江苏省政协办公厅2019年度部门预算.pdf', '江苏省政协办公厅2019年预算公开表.pdf'] },
  { dept: '江苏省高级人民法院', year: 2017, files: ['省法院2017年度部门预算公开.pdf'] },
  { dept: '江苏省高级人民法院', year: 2018, files: ['省法院2018年度部门预算公开.pdf'] },
  { dept: '江苏省高级人民法院', year: 2019, files: ['江苏省高级人民法院2019年度部门预算公开.pdf'] },
];

export interface ReadBack {
  doc: Disclosure;
  /** The SourceLines recognition saw, numbered as in the model (parts continue one another). */
  lines: SourceLine[];
}

/** Read one disclosure through the PDF reader, keeping the lines it produced. */
export async function readCorpusDoc(d: CorpusDoc, reader: PdfReader): Promise<ReadBack> {
  const lines: SourceLine[] = [];
  const files: InputFile[] = d.files.map((name) => ({ name, bytes: readFileSync(join(JIANGSU, d.dept, name)) }));
  const r = await readDisclosure(files, {
    pdf: async (f) => {
      const res = await reader.read(f);
      if (res.ok) {
        const offset = lines.length ? lines[lines.length - 1]!.no : 0;
        for (const l of res.value.lines) lines.push({ ...l, no: l.no + offset });
      }
      return res;
    },
  });
  if (!r.ok) throw new Error(`${d.dept} ${d.year}: ${r.error.message}`);
  return { doc: r.value, lines };
}

/** The third party's 收支预算总表 figures of a department: year → column → printed value ('' = blank). */
export function summaryCsv(dept: string): Map<number, Map<string, string>> {
  const [head, ...rows] = readFileSync(join(JIANGSU, dept, '收支预算总表.csv'), 'utf8').trim().split(/\r?\n/);
  const cols = head!.split(',');
  const out = new Map<number, Map<string, string>>();
  for (const row of rows) {
    const cells = row.split(',');
    const year = Number(cells[0]!.slice(0, 4));
    out.set(year, new Map(cols.slice(1).map((c, i) => [c, cells[i + 1] ?? ''])));
  }
  return out;
}
