import { describe, expect, it } from 'vitest';
import type { PageElement } from './page-layout.js';
import { joinParagraphs } from './paragraphs.js';

const line = (page: number, y: number, x0: number, x1: number, s: string, size = 16): PageElement => ({ kind: 'text', page, y, x0, x1, size, cells: [s] });
const texts = (els: PageElement[]) => els.map((e) => (e.kind === 'text' ? e.cells.join('|') : 'TABLE'));

describe('joinParagraphs', () => {
  it('joins wrapped lines of a paragraph and a wrapped heading, and keeps headings and paragraphs apart', () => {
    // 人大 2017, page 28: geometry as printed (left margin 90, right 505, first lines indented to 122).
    const els = [
      line(1, 90, 122, 505.2, '十一、一般公共预算“三公”经费、会议费、培训费支'),
      line(1, 120, 90, 250, '出预算表情况说明'),
      line(1, 150, 122, 505.2, '本表反映部门年度一般公共预算资金安排的“三公”经'),
      line(1, 180, 90, 505.3, '费情况。江苏省人大常委会办公厅 2017 年度一般公共预'),
      line(1, 210, 90, 300, '算拨款安排的“三公”经费预算支出。'),
      line(1, 240, 122, 505.2, '1．因公出国（境）费预算支出 222.5 万元，与上年预'),
      line(1, 270, 90, 200, '算数持平。'),
      line(1, 300, 122, 505.2, '2．公务用车购置及运行费预算支出 183.6 万元。其中：'),
      line(1, 330, 122, 400, '(1)公务用车购置为 0，与上年持平。'),
    ];
    expect(texts(joinParagraphs([{ width: 595.3, elements: els }]))).toEqual([
      '十一、一般公共预算“三公”经费、会议费、培训费支出预算表情况说明',
      '本表反映部门年度一般公共预算资金安排的“三公”经费情况。江苏省人大常委会办公厅 2017 年度一般公共预算拨款安排的“三公”经费预算支出。',
      '1．因公出国（境）费预算支出 222.5 万元，与上年预算数持平。',
      '2．公务用车购置及运行费预算支出 183.6 万元。其中：',
      '(1)公务用车购置为 0，与上年持平。',
    ]);
  });

  it('joins a paragraph over a page break and a centred title wrapped on two lines', () => {
    const page1 = [line(1, 90, 122, 505, '本预算已经省十二届人大五次会议审查批准。本预算已经省十'), line(1, 120, 90, 505, '二届人大五次会议审查批准。本预算已经省十二届人大五次会议'), line(1, 150, 90, 505, '审查批准。本预算已经省十二届人大五次会议审查批准。本预算')];
    const page2 = [line(2, 90, 90, 300, '已经审查批准。'), line(2, 200, 88.8, 558.6, '“三公”经费、会议费、培训费支出预算', 26.1), line(2, 229.4, 284.6, 310.7, '表', 26.1)];
    const out = texts(joinParagraphs([{ width: 595.3, elements: page1 }, { width: 595.3, elements: page2 }]));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/本预算已经审查批准。$/);
    expect(out[1]).toBe('“三公”经费、会议费、培训费支出预算表');
  });
});
