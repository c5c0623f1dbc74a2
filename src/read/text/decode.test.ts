import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeUtf8 } from './decode.js';

describe('decodeUtf8', () => {
  it('equals the platform decoder on any valid text (BMP, astral, ASCII controls)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(decodeUtf8(Buffer.from(s, 'utf8')).text).toBe(s);
      }),
    );
    const s = '预算公开表1\t合计\t18,041.69\r\n😀“三公”经费（元）≥90%';
    expect(decodeUtf8(Buffer.from(s, 'utf8')).text).toBe(s);
  });

  it('counts the control characters binary input is told by (not tab, line breaks, form feed, escape)', () => {
    expect(decodeUtf8(Buffer.from('a\tb\nc\r\fd\x1be', 'latin1')).control).toBe(0);
    expect(decodeUtf8(Buffer.from('a\x01b\x02c\x7f', 'latin1')).control).toBe(2);
  });
});

describe('decodeText', () => {
  it('refuses text full of control characters and reads GB18030', () => {
    const r = decodeText(Buffer.from('\x01\x02\x03abc'.repeat(50), 'latin1'));
    expect(r.ok ? null : r.error.code).toBe('binary');
    const gb = Buffer.from([0xd4, 0xa4, 0xcb, 0xe3]); // 预算 in GB18030
    expect(decodeText(gb)).toEqual({ ok: true, value: { text: '预算', encoding: 'gb18030' } });
  });

  it('drops a BOM', () => {
    expect(decodeText(Buffer.from('\ufeff合计', 'utf8'))).toEqual({ ok: true, value: { text: '合计', encoding: 'utf-8' } });
  });
});
