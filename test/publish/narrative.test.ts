import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check/engine.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { factsFromPublished } from '../../src/publish/narrative/from-published.js';
import { republish, type Publication } from '../../src/publish/publication.js';
import { readSeed, SEED_001, SEED_002 } from './seeds.js';

// 情况说明 recomputed from seed 001's tables states what the document states (figures hand-checked
// against the published text and tables), and marks what the document left out.

let seed: Disclosure;
let pub: Publication;
const section = (n: string) => pub.doc.sections.find((s) => s.number === n)!.text;

beforeAll(async () => {
  seed = await readSeed(SEED_001);
  pub = republish(seed, factsFromPublished(seed));
});

describe('情况说明 of seed 001, computed from its tables', () => {
  it('states income by source with its share of the total', () => {
    // 18041.69 / 19155.70 = 94.18%, 1114.01 / 19155.70 = 5.82%
    expect(section('二')).toContain('收入预算总计19,155.70万元');
    expect(section('二')).toContain('一般公共预算拨款收入18,041.69万元，占94.18%');
    expect(section('二')).toContain('上年结转1,114.01万元，占5.82%');
  });

  it('states expense by purpose', () => {
    // 7082.95 / 19155.70 = 36.98%, 12072.75 / 19155.70 = 63.02%
    expect(section('三')).toContain('基本支出7,082.95万元，占36.98%；项目支出12,072.75万元，占63.02%');
  });

  it('states the general public budget by function class', () => {
    expect(section('五')).toContain('社会保障和就业支出1,465.75万元，占8.12%；卫生健康支出16,057.83万元，占89.00%；住房保障支出508.62万元，占2.82%');
    expect(section('六')).toContain('人员经费6,506.17万元，占91.86%');
    expect(section('六')).toContain('公用经费576.78万元，占8.14%');
  });

  it('keeps last year’s figures the document stated and recomputes the changes', () => {
    // published: 比上年增长708.43万元，增长3.84%; 比上年减少405.58万元，下降2.2%; 机关运行经费比2023年增加1.48万元，增长1.61%
    expect(section('一')).toContain('比上年增加708.43万元，增长3.84%');
    expect(section('五')).toContain('比上年减少405.58万元，下降2.20%');
    expect(section('七')).toContain('“三公”经费预算41.40万元，与上年预算持平');
    expect(section('八')).toContain('机关运行经费财政拨款预算93.28万元，比上年增加1.48万元，增长1.61%');
    expect(section('九')).toContain('政府采购预算总额1,303.83万元，其中：货物991.08万元、工程2.10万元、服务310.65万元');
  });

  it('marks a change the document gave no reason for, and reports it', () => {
    expect(section('五')).toContain('主要原因：【待补充：增减变动原因】');
    expect(pub.warnings).toEqual([{ code: 'narrative.reason-missing', section: '五', item: '一般公共预算当年支出' }]);
  });

  it('passes the checker, whose narrative rules compare every stated figure with the tables', async () => {
    expect(check(pub.doc).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const unit = await readSeed(SEED_002);
    expect(check(republish(unit, factsFromPublished(unit)).doc).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('writes 名词解释 in its own words', () => {
    expect(pub.doc.glossary.map((g) => g.term)).toContain('机关运行经费');
    const published = new Set(seed.glossary.map((g) => g.definition));
    expect(pub.doc.glossary.filter((g) => published.has(g.definition))).toEqual([]);
  });
});
