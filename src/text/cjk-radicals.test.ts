import { describe, expect, it } from 'vitest';
import { radicalsToIdeographs } from './cjk-radicals.js';

describe('radicalsToIdeographs', () => {
  it('reads radicals as the ideographs a Chromium PDF printed', () => {
    // As pdfjs reads a Chromium print of 部门预算收支总表 in Noto Sans CJK SC.
    expect(radicalsToIdeographs('部⻔预算收⽀总表')).toBe('部门预算收支总表');
    expect(radicalsToIdeographs('⼀般公共预算⽀出')).toBe('一般公共预算支出');
    expect(radicalsToIdeographs('⼾籍')).toBe('户籍');
    expect(radicalsToIdeographs('收入预算总表')).toBe('收入预算总表');
  });
});
