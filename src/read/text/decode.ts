import { isUtf8 } from 'node:buffer';
import { fail, type ReadResult } from '../input-error.js';

// Bytes → text. UTF-8 (with or without BOM) first; GB18030 — what Chinese government systems still
// export — when UTF-8 fails. Binary input (NUL bytes, control characters) is refused, not guessed at.

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'gb18030';
}

// eslint-disable-next-line no-control-regex -- control characters are what binary input is told by
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;
/** Bytes looked at to tell text from binary. */
const SAMPLE = 65536;

export function decodeText(bytes: Uint8Array): ReadResult<Decoded> {
  if (bytes.length === 0) return fail('empty', '文件为空 (empty input)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, value: { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' } };
  }
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE));
  if (sample.indexOf(0) >= 0) return fail('binary', '不是文本文件，也不是 PDF (binary input: NUL bytes)');
  let text: string;
  let encoding: Decoded['encoding'] = 'utf-8';
  if (isUtf8(bytes)) {
    const d = decodeUtf8(bytes);
    if (d.control > sample.length * 0.01) return binaryControl();
    text = d.text;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } else {
    // Control characters other than tab, line breaks, form feed and escape, counted by a native regex
    // over the bytes as latin1.
    if ((sample.toString('latin1').match(CONTROL)?.length ?? 0) > sample.length * 0.01) return binaryControl();
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      encoding = 'gb18030';
    } catch {
      return fail('binary', '无法识别的文本编码 (neither UTF-8 nor GB18030)');
    }
  }
  if (text.trim().length === 0) return fail('empty', '文件只有空白 (input is blank)');
  return { ok: true, value: { text, encoding } };
}

function binaryControl(): ReadResult<Decoded> {
  return fail('binary', '不是文本文件，也不是 PDF (binary input: control characters)');
}

// Code units → string: a TextDecoder copies them (a tenth faster than Buffer#toString('utf16le');
// String.fromCharCode over chunks, faster alone, is slower beside the reader's heap).
const UTF16 = new TextDecoder('utf-16le');

// Code units of the text being decoded, reused from call to call (documents are decoded one at a time).
let UNITS = new Uint16Array(1 << 16);

/**
 * Valid UTF-8 (isUtf8 said so) → text, counting the control characters of the first SAMPLE bytes on
 * the way. UTF-8 → UTF-16 code units in a loop, then one copy into a string: about twice as fast as
 * Buffer#toString('utf8') on Chinese text, which V8 decodes a character at a time.
 */
export function decodeUtf8(b: Uint8Array): { text: string; control: number } {
  const n = b.length;
  if (UNITS.length < n) UNITS = new Uint16Array(Math.max(n, UNITS.length * 2));
  const u = UNITS;
  let j = 0;
  let control = 0;
  for (let i = 0; i < n; ) {
    const c = b[i]!;
    if (c < 0x80) {
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b && i < SAMPLE) control++;
      u[j++] = c;
      i++;
    } else if (c < 0xe0) {
      u[j++] = ((c & 0x1f) << 6) | (b[i + 1]! & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      u[j++] = ((c & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f);
      i += 3;
    } else {
      const cp = (((c & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f)) - 0x10000;
      u[j++] = 0xd800 + (cp >> 10);
      u[j++] = 0xdc00 + (cp & 0x3ff);
      i += 4;
    }
  }
  return { text: UTF16.decode(u.subarray(0, j)), control };
}
