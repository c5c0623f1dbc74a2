import type { Disclosure } from '../model/disclosure.js';
import { readDisclosure, type ReadOptions } from '../read/read-document.js';
import { readInput, type CliIO } from './io.js';
import { pdfReaderFor } from './pdf-adapter.js';

// FILE… → one Disclosure (several files are parts of one disclosure), or a one-line reason.

export type Loaded = { ok: true; doc: Disclosure } | { ok: false; message: string };

export async function loadDisclosure(args: readonly string[], io: CliIO, opts: ReadOptions = {}): Promise<Loaded> {
  const files = [];
  for (const a of args) {
    const r = await readInput(a, io);
    if (!r.ok) return r;
    files.push(r.file);
  }
  const res = await readDisclosure(files, { pdf: pdfReaderFor(io), ...opts });
  if (!res.ok) {
    const name = args.length === 1 ? (args[0] === '-' ? '<stdin>' : args[0]!) : args.join(' + ');
    const msg = res.error.message.startsWith(files[0]?.name ?? '\0') ? res.error.message : `${name}: ${res.error.message}`;
    return { ok: false, message: msg };
  }
  return { ok: true, doc: res.value };
}
