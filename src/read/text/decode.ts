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

export function decodeText(bytes: Uint8Array): ReadResult<Decoded> {
  if (bytes.length === 0) return fail('empty', '文件为空 (empty input)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, value: { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' } };
  }
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65536));
  if (sample.indexOf(0) >= 0) return fail('binary', '不是文本文件，也不是 PDF (binary input: NUL bytes)');
  // Control characters other than tab, line breaks, form feed and escape, counted by a native regex
  // over the bytes as latin1 (a loop over 64 KB in JavaScript is slow until it is optimised).
  const control = sample.toString('latin1').match(CONTROL)?.length ?? 0;
  if (control > sample.length * 0.01) return fail('binary', '不是文本文件，也不是 PDF (binary input: control characters)');
  let text: string;
  let encoding: Decoded['encoding'] = 'utf-8';
  // isUtf8 + toString is several times faster than a fatal TextDecoder on large inputs.
  if (isUtf8(bytes)) {
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } else {
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
