import { createHash } from 'node:crypto';
import type { Disclosure } from '../src/model/disclosure.js';
import { formatFen, type MoneyUnit } from '../src/model/money.js';
import type { FindingInput } from '../src/store/records.js';

// Synthetic documents for the store benchmark: a seed under another entity and year, every figure
// multiplied by the same integer (sums stay sums) and reprinted in its unit. Content hash and id change
// with the variant, so each imports as a new document.

const CITIES = ['太原市', '大同市', '朔州市', '忻州市', '吕梁市', '晋中市', '长治市', '晋城市', '临汾市', '运城市', '南京市', '无锡市', '徐州市', '常州市', '苏州市', '南通市', '连云港市', '淮安市', '盐城市', '扬州市', '镇江市', '泰州市', '宿迁市', '杭州市', '宁波市'];

const PLACE = /^(阳泉市|上海市闵行区)/;

function rename(s: string | null, city: string): string | null {
  return s === null ? null : s.replace(PLACE, city);
}

export function variant(base: Disclosure, findings: readonly FindingInput[] | null, i: number): { doc: Disclosure; findings: FindingInput[] | null } {
  const city = CITIES[i % CITIES.length]!;
  // (i mod 4 seeds, i mod 25 cities) repeats every 100: a new year each hundred keeps 1,000 variants distinct
  const year = 2015 + (Math.floor(i / 100) % 10);
  const factor = 1 + (i % 7);
  const doc: Disclosure = structuredClone(base);
  const yearText = (s: string) => s.replace(/20\d\d年/g, `${year}年`);
  doc.entity = rename(doc.entity, city);
  doc.fiscal_year = year;
  doc.title = doc.title === null ? null : yearText(doc.title);
  const sha = createHash('sha256').update(`${base.source.sha256}/${i}`).digest('hex');
  doc.id = sha.slice(0, 16);
  doc.source = { ...doc.source, name: `${city}-${year}-${base.source.name}`, sha256: sha };
  for (const t of doc.tables) {
    t.title = yearText(t.title);
    t.entity = rename(t.entity, city);
    const unit: MoneyUnit = t.unit ?? '万元';
    for (const r of t.rows) {
      r.name = rename(r.name, city) ?? r.name;
      r.path = r.path.map((p) => rename(p, city) ?? p);
      for (const c of Object.values(r.cells)) {
        c.fen *= factor;
        c.text = formatFen(c.fen, unit, 2);
      }
    }
  }
  for (const f of doc.forms) {
    f.fiscal_year = year;
    const blocks = f.kind === 'project' ? [f.funds.annual, f.funds.implementation] : [f.budget];
    if (f.kind === 'project') {
      f.unit = rename(f.unit, city);
      f.department = { ...f.department, name: rename(f.department.name, city) };
    }
    for (const b of blocks) {
      for (const a of [b.total, ...Object.values(b.sources)]) {
        if (!a) continue;
        a.fen *= factor;
        a.text = formatFen(a.fen, '元', 2);
      }
    }
  }
  return { doc, findings: findings ? findings.map((f) => ({ ...f })) : null };
}
