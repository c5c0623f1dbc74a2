import { describe, expect, it } from 'vitest';
import { makeLine } from '../source-line.js';
import { ordinalPart, segment } from './segment.js';

describe('documents without 第X部分 headings (上海)', () => {
  it('top-level ordinal headings that name a part divide the document', () => {
    expect(ordinalPart('一、部门主要职能')).toBe('overview');
    expect(ordinalPart('二、部门机构设置')).toBe('overview');
    expect(ordinalPart('三、2024年部门预算编制说明')).toBe('narrative');
    expect(ordinalPart('四、2024年部门预算表')).toBe('tables');
    expect(ordinalPart('五、2024年部门项目绩效目标')).toBe('attachments');
    expect(ordinalPart('六、名词解释')).toBe('glossary');
    // not headings of parts: subjects, table rows, sentences
    expect(ordinalPart('一、一般公共预算')).toBeNull();
    expect(ordinalPart('十一、城乡社区支出')).toBeNull();
    expect(ordinalPart('一、部门主要职能：负责……。')).toBeNull();
  });

  it('the cover ends at the first one; the narrative keeps its heading as the section title', () => {
    const lines = ['某区某局', '2024年部门预算', '一、部门主要职能', '负责全区某项工作。', '二、2024年部门预算编制说明', '2024年收入预算100.00万元。'].map((t, i) =>
      makeLine(i + 1, [t]),
    );
    const blocks = segment(lines);
    expect(blocks.map((b) => (b.type === 'section' ? `${b.part}:${b.heading?.text}:${b.lines.length}` : b.type))).toEqual([
      'cover', 'overview:一、部门主要职能:1', 'narrative:二、2024年部门预算编制说明:1',
    ]);
  });

  it('after a 第X部分 heading they are ordinary sections', () => {
    const lines = ['第一部分 概况', '一、部门主要职能', '负责全区某项工作。'].map((t, i) => makeLine(i + 1, [t]));
    expect(segment(lines).map((b) => b.type)).toEqual(['part', 'section']);
  });
});

describe('a contents printed without page numbers', () => {
  const blocks = (texts: string[]) => segment(texts.map((t, i) => makeLine(i + 1, [t])));

  it('runs from 目录 to where its first heading is printed again', () => {
    const b = blocks(['某局', '2019年度部门预算公开', '目录', '第一部分 部门概况', '一、主要职能', '第二部分 2019年度部门预算表', '一、收支预算总表', '第一部分 部门概况', '一、主要职能', '本部门负责某项工作。']);
    expect(b.map((x) => x.type)).toEqual(['cover', 'toc', 'part', 'section']);
    expect(b[1]!.type === 'toc' && b[1]!.lines.map((l) => l.text)).toEqual(['第一部分 部门概况', '一、主要职能', '第二部分 2019年度部门预算表', '一、收支预算总表']);
  });

  it('is not taken where the headings after 目录 are not printed again', () => {
    const b = blocks(['某局', '目录', '第一部分 部门概况', '一、主要职能', '本部门负责某项工作。']);
    expect(b.map((x) => x.type)).toEqual(['cover', 'toc', 'part', 'section']);
    expect(b[1]!.type === 'toc' && b[1]!.lines).toEqual([]);
  });
});
