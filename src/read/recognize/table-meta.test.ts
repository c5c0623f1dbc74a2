import { describe, expect, it } from 'vitest';
import { makeLine } from '../source-line.js';
import { readMetaCells, splitMetaCells, titleCells, unwrapUnit } from './table-meta.js';

describe('unwrapUnit', () => {
  it.each([
    ['单位：万元', '万元', ''],
    ['部门名称：阳泉市卫生健康委员会 单位：万元', '万元', '部门名称：阳泉市卫生健康委员会'],
    ['金额单位:元', '元', ''],
    ['（单位：万元）', '万元', ''],
    // "单位：万" wrapped in its box, the "元" extracted after the entity printed on the same line
    ['单位：万部门名称：江苏省高级人民法院元', '万元', '部门名称：江苏省高级人民法院'],
    ['元 单位：万', '万元', ''],
    ['部门名称：某某局', null, '部门名称：某某局'],
  ])('%s', (text, unit, rest) => {
    expect(unwrapUnit(text)).toEqual({ unit, rest });
  });
});

describe('titleCells', () => {
  it('splits the unit and entity printed beside a title from it', () => {
    const t = titleCells(makeLine(1, ['2024年预算收支总表', '部门名称：某某局', '', '单位：万元']));
    expect(t).toEqual({ text: '2024年预算收支总表', meta: ['部门名称：某某局', '单位：万元'], cells: 1 });
    expect(readMetaCells(t.meta)).toEqual({ unit: '万元', entity: '某某局' });
  });

  it('takes a bracketed unit off the end of the title cell', () => {
    expect(titleCells(makeLine(1, ['2024年预算收支总表（单位：万元）']))).toEqual({ text: '2024年预算收支总表', meta: ['（单位：万元）'], cells: 1 });
  });

  it('leaves a title without meta cells as printed', () => {
    expect(titleCells(makeLine(1, ['表1', '2024年预算收支总表']))).toEqual({ text: '表1 2024年预算收支总表', meta: [], cells: 2 });
  });
});

describe('splitMetaCells', () => {
  it('takes the unit out of a header row', () => {
    const s = splitMetaCells(makeLine(1, ['项目', '', '本年收入', '', '上年结转', '单位：万元']));
    expect(s?.meta).toEqual({ unit: '万元', entity: null });
    expect(s?.line.cells).toEqual(['项目', '', '本年收入', '', '上年结转', '']);
  });

  it('leaves rows without meta cells, and meta lines of their own, alone', () => {
    expect(splitMetaCells(makeLine(1, ['科目编码', '科目名称', '合计']))).toBeNull();
    expect(splitMetaCells(makeLine(1, ['部门名称：某某局', '', '单位：万元']))).toBeNull();
  });
});
