import { describe, expect, it } from 'vitest';
import { normName, sameUnit } from './match.js';

describe('matching names of forms and project rows', () => {
  it('folds width and punctuation', () => {
    expect(normName('弥补各类公务支出（房租收入）')).toBe(normName('弥补各类公务支出(房租收入)'));
    expect(normName('闵行卫监所机房_网络(2023运维)')).toBe(normName('闵行卫监所机房网络（2023运维）'));
  });

  it('a unit name cut short on a form is the same unit; a different name is not', () => {
    expect(sameUnit('阳泉市卫生健康委员会医事管理', '阳泉市卫生健康委员会医事管理中心')).toBe(true);
    expect(sameUnit('阳泉市妇幼保健院(阳泉市妇幼保健计划主责服务中心)', '阳泉市妇幼保健院(阳泉市妇幼保健计划生育服务中心)')).toBe(false);
    expect(sameUnit('阳泉', '阳泉市第一人民医院')).toBe(false); // too short to be a cut-off name
  });
});
