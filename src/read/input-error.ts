// Expected read failures are values, not exceptions: the CLI turns them into exit code 2 with one line.

export type ReadErrorCode =
  | 'empty' // nothing but whitespace
  | 'binary' // not text and not a known document format
  | 'unrecognised' // text, but nothing of a disclosure in it
  | 'too-large' // over the configured size limit
  | 'no-text-layer' // a scanned PDF
  | 'encrypted' // a password-protected PDF
  | 'malformed' // a PDF (or other container) that cannot be parsed
  | 'timeout' // parsing took longer than allowed
  | 'io'; // the file could not be read

export interface ReadError {
  code: ReadErrorCode;
  /** One line, in Chinese and English terms a reviewer understands. */
  message: string;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: ReadError };

export function fail<T>(code: ReadErrorCode, message: string): ReadResult<T> {
  return { ok: false, error: { code, message } };
}
