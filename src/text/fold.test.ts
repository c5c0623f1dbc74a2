import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumber, editDistance, fold, leadingOrdinal, similarity, stripOrdinal } from './fold.js';

const reference = (s: string) =>
  s.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b-\u200d\ufeff]+/g, '').replace(/[“”„‟〝〞＂"‘’‚‛′＇']/g, '"').replace(/[‐‑‒–—―−－﹣]/g, '-');

describe('fold', () => {
  it('folds widths, quotes, dashes and spaces', () => {
    expect(fold('财政拨款安排“三公”经费（元）')).toBe('财政拨款安排"三公"经费(元)');
    expect(fold('市县（区）财政资 金：')).toBe('市县(区)财政资金:');
    expect(fold('①公务用车购置费')).toBe('1公务用车购置费');
    expect(fold('2024年－2025年')).toBe('2024年-2025年');
  });

  it('fast path equals NFKC-based folding on document-like text (property)', () => {
    const alphabet = fc.constantFrom(
      ...'阳泉市卫生健康委员会（）()：:，,。、“”"‘’\'-－—　 \t①②ＡＢ１２abc0123456789%≥≤．.…·「」【】《》ⅰ㎡℃°×‰㈠⑴'.split(''),
    );
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (s) => {
      expect(fold(s)).toBe(reference(s));
    }));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
      expect(fold(s)).toBe(reference(s));
    }));
  });
});

describe('ordinals and numbers', () => {
  it('strips and reads ordinals', () => {
    expect(stripOrdinal('十、卫生健康支出')).toBe('卫生健康支出');
    expect(stripOrdinal('（一）政府购买服务')).toBe('政府购买服务');
    expect(stripOrdinal('②公务用车运行维护费')).toBe('公务用车运行维护费');
    expect(stripOrdinal('2024年预算')).toBe('2024年预算');
    expect(leadingOrdinal('十二、其他说明')).toBe('十二');
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十七')).toBe(27);
    expect(chineseNumber('九')).toBe(9);
  });

  it('measures similarity and distance', () => {
    expect(similarity('预算收支总表', '预算收支总表')).toBe(1);
    expect(similarity('预算收入总表', '预算支出总表')).toBeLessThan(0.7);
    expect(editDistance('严重精神障碍患者收治及精防办经费', '严重精神障碍患者救治及精防办经费')).toBe(1);
  });
});
