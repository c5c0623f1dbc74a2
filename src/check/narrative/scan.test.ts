import { describe, expect, it } from 'vitest';
import { paragraphs, scanText } from './scan.js';

// Sentences in the shape of 情况说明 prose (figures as printed in seed 001), scanned into mentions.

describe('scanning 情况说明 prose', () => {
  it('a total with 其中 parts, a change with its rate, and a reason', () => {
    const s = scanText('2024年度某局预算收入总计19,155.70万元，其中：本年收入18,041.69万元，上年结转1,114.01万元，比上年增长708.43万元，增长3.84%，主要原因是新增《某某补助资金》项目省级财政拨款223.28万元。', 2024);
    const m = s.mentions;
    expect(m.map((x) => [x.kind, x.text])).toEqual([
      ['money', '19,155.70万元'], ['money', '18,041.69万元'], ['money', '1,114.01万元'], ['money', '708.43万元'], ['percent', '3.84%'], ['money', '223.28万元'],
    ]);
    expect(m[0]!.value).toBe(19_155_700_000);
    expect(m[0]!.label).toContain('收入总计');
    expect(m[3]!.change).toBe('up');
    expect(m[4]!.change).toBe('up');
    expect(m[5]).toMatchObject({ reason: true, project: '某某补助资金' });
    expect(s.lists).toHaveLength(1);
    expect(s.lists[0]!.heads.map((h) => h.text)).toEqual(['19,155.70万元']);
    expect(s.lists[0]!.items.map((h) => h.text)).toEqual(['18,041.69万元', '1,114.01万元']);
  });

  it('a label cut at 、 keeps its whole phrase for display', () => {
    const [m] = scanText('2024年收、支预算总计各增加100.00万元。', 2024).mentions;
    expect(m!.label).toBe('支预算总计各增加');
    expect(m!.phrase).toBe('2024年收、支预算总计各增加');
  });

  it('shares with their whole named (占…的) and lists running across semicolons', () => {
    const s = scanText('一般公共预算当年支出18,041.69万元,主要用于以下方面：一般公共服务支出9.49万元；社会保障和就业支出1,465.75万元，占8.12%；卫生健康支出16,057.83万元，占89.00%等。公开项目绩效目标86个，涉及项目金额10,958.74万元，占部门（单位）项目支出总额的100%。', 2024);
    const shares = s.mentions.filter((m) => m.share);
    expect(shares.map((m) => [m.value, m.decimals, m.shareOf])).toEqual([[812, 2, null], [8900, 2, null], [100, 0, '部门(单位)项目支出总额']]);
    expect(s.lists[0]!.items.map((m) => m.text)).toEqual(['9.49万元', '1,465.75万元', '16,057.83万元']);
    expect(s.lists[0]!.etc).toBe(true);
  });

  it('a list opened in one sentence with its whole in the sentence before; counts', () => {
    const s = scanText('纳入绩效目标管理的二级项目86个，共计金额10,958.74万元。其中：其他运转类项目52个，涉及金额8,535.55万元；特定目标类项目34个，涉及金额2,423.19万元。', 2024);
    expect(s.lists).toHaveLength(1);
    expect(s.lists[0]!.heads.map((m) => m.text)).toEqual(['86个', '10,958.74万元']);
    expect(s.lists[0]!.items.map((m) => m.text)).toEqual(['52个', '8,535.55万元', '34个', '2,423.19万元']);
  });

  it('figures about an earlier year, and a total closing its parts', () => {
    const s = scanText('机关运行经费财政拨款预算93.28万元，比2023年预算增加1.48万元，增长1.61%。说明：2023年实际机关运行经费甲单位74.07万元；乙单位9.35万元；丙单位8.38万元，共计91.8万元。', 2024);
    expect(s.mentions[0]).toMatchObject({ prior: false, change: null });
    expect(s.mentions[1]).toMatchObject({ change: 'up' });
    expect(s.mentions.slice(3).every((m) => m.prior)).toBe(true);
    const closing = s.lists.find((l) => l.marker === 'closing')!;
    expect(closing.heads[0]!.text).toBe('91.8万元');
    expect(closing.items.map((m) => m.value)).toEqual([74_070_000, 9_350_000, 8_380_000]) // 74.07万元 = 740,700元 = 74,070,000分;
  });

  it('lines wrapped inside a sentence are joined; headings stand alone', () => {
    expect(paragraphs('（一）规模变化情况\n2024年度支出预算19155.7万元，其中：基本支出\n7082.95万元，占36.98%。')).toEqual(['（一）规模变化情况', '2024年度支出预算19155.7万元，其中：基本支出7082.95万元，占36.98%。']);
  });
});
