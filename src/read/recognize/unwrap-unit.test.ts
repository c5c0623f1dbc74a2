import { describe, expect, it } from 'vitest';
import { unwrapUnit } from './table.js';

describe('unwrapUnit', () => {
  it.each([
    ['单位：万元', '万元', ''],
    ['部门名称：阳泉市卫生健康委员会 单位：万元', '万元', '部门名称：阳泉市卫生健康委员会'],
    ['金额单位:元', '元', ''],
    // "单位：万" wrapped in its box, the "元" extracted after the entity printed on the same line
    ['单位：万部门名称：江苏省高级人民法院元', '万元', '部门名称：江苏省高级人民法院'],
    ['元 单位：万', '万元', ''],
    ['部门名称：某某局', null, '部门名称：某某局'],
  ])('%s', (text, unit, rest) => {
    expect(unwrapUnit(text)).toEqual({ unit, rest });
  });
});
