import { describe, expect, it } from 'vitest';
import { fixCMap } from './pdf-text-fix.js';
import { intendedCodePoint } from '../text/cjk-radicals.js';

describe('intendedCodePoint', () => {
  it('names radicals by the ideograph the SC fonts draw', () => {
    const fix = (s: string) => String.fromCodePoint(...[...s].map((c) => intendedCodePoint(c.codePointAt(0)!)));
    expect(fix('部⻔预算收⽀')).toBe('部门预算收支');
    expect(fix('⼀般公共预算拨款收⼊')).toBe('一般公共预算拨款收入');
    expect(fix('财政专⼾')).toBe('财政专户');
    expect(fix('㬵')).toBe('胶');
    expect(fix('页码 12')).toBe('页码 12');
  });
});

describe('fixCMap', () => {
  it('renames single mappings and splits ranges that cover a radical', () => {
    const cmap = [
      '2 beginbfchar',
      '<0001> <2F40>',
      '<0002> <90E8>',
      'endbfchar',
      '2 beginbfrange',
      '<0010> <0012> <2F00>',
      '<0020> <0021> <0041>',
      'endbfrange',
    ].join('\n');
    const fixed = fixCMap(cmap);
    expect(fixed).toContain('<0001> <652F>'); // ⽀ → 支
    expect(fixed).toContain('<0002> <90E8>');
    expect(fixed).toContain('<0020> <0021> <0041>');
    expect(fixed).toContain('3 beginbfchar\n<0010> <4E00>\n<0011> <4E28>\n<0012> <4E36>\nendbfchar');
    expect(fixed).not.toMatch(/<2F0[0-2]>/);
  });

  it('leaves a map without radicals untouched', () => {
    const cmap = '1 beginbfchar\n<0003> <6536>\nendbfchar';
    expect(fixCMap(cmap)).toBe(cmap);
  });
});
