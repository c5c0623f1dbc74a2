import { beforeAll, describe, expect, it } from 'vitest';
import { disclosureCharts, type Chart } from '../../src/publish/charts/charts.js';
import { readSeed, SEED_001 } from './seeds.js';

// The charts of seed 001, drawn by ECharts on the server as SVG, labelled with the tables' figures.

let charts: Chart[];

beforeAll(async () => {
  charts = disclosureCharts(await readSeed(SEED_001));
});

describe('charts', () => {
  it('draws the three charts as standalone SVG', () => {
    expect(charts.map((c) => [c.key, c.section, c.width])).toEqual([
      ['function_classes', '四', 640],
      ['gpb_structure', '五', 640],
      ['three_public', '七', 640],
    ]);
    for (const c of charts) expect(c.svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('labels the 一般公共预算 structure with the amounts and shares the text states', () => {
    const pie = charts.find((c) => c.key === 'gpb_structure')!.svg;
    expect(pie).toContain('卫生健康支出');
    expect(pie).toContain('16,057.83万元（89.00%）');
    expect(pie).toContain('1,465.75万元（8.12%）');
    expect(pie).toContain('508.62万元（2.82%）');
    expect(pie.match(/<path/g)!.length).toBeGreaterThanOrEqual(4);
  });

  it('shows each 三公 item, zero ones included', () => {
    const bars = charts.find((c) => c.key === 'three_public')!.svg;
    for (const item of ['因公出国（境）费', '公务接待费', '公务用车购置费', '公务用车运行维护费']) expect(bars).toContain(item);
    expect(bars).toContain('41.40');
  });
});
