import { describe, expect, it } from 'vitest';
import { isPageNumber } from './page-number.js';

describe('isPageNumber', () => {
  it.each(['7', '12', '- 7 -', '— 7 —', '–12–', '第 7 页', '第7页', '第7页 共22页', '第 3 页，共 9 页', '7 / 22', '7/22', '（7）', '(12)', '－ 3 －', '─ 7 ─'])(
    'reads %s as a page number',
    (t) => expect(isPageNumber(t)).toBe(true),
  );

  it.each(['', '2024年', '7082.95', '-58.50', '(58.50)', '表7', '第七页', '一、收入', '7 22', '12345', '（一）'])(
    'does not read %s as one',
    (t) => expect(isPageNumber(t)).toBe(false),
  );
});
