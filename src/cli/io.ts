import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { InputFile } from '../read/read-document.js';

// The CLI's effects, passed in: tests run commands in-process with their own streams.

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;

export async function readStdin(stdin: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

export type InputOutcome = { ok: true; file: InputFile } | { ok: false; message: string };

/** Read FILE or "-" (stdin). Errors are one line naming the file. */
export async function readInput(arg: string, io: CliIO, maxBytes = 200 * 1024 * 1024): Promise<InputOutcome> {
  if (arg === '-') return { ok: true, file: { name: '<stdin>', bytes: await readStdin(io.stdin) } };
  const path = resolve(io.cwd, arg);
  try {
    const s = await stat(path);
    if (s.isDirectory()) return { ok: false, message: `${arg}: 是目录，不是文件 (is a directory)` };
    if (s.size > maxBytes) return { ok: false, message: `${arg}: 文件过大 (${s.size} bytes)` };
    return { ok: true, file: { name: basename(arg), bytes: await readFile(path) } };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: `${arg}: ${code === 'ENOENT' ? '文件不存在 (no such file)' : `无法读取 (${code ?? String(e)})`}` };
  }
}

export function write(out: Writable, text: string): Promise<void> {
  return new Promise((res, rej) => {
    if (out.write(text)) res();
    else out.once('drain', res).once('error', rej);
  });
}

export function isTTY(out: Writable): boolean {
  return (out as Writable & { isTTY?: boolean }).isTTY === true;
}
