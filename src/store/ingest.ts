import { check } from '../check/engine.js';
import type { Disclosure } from '../model/disclosure.js';
import type { ReadResult } from '../read/input-error.js';
import { readDisclosure, type InputFile, type ReadOptions } from '../read/read-document.js';
import type { FindingInput } from './records.js';

// Files → what the store imports: the disclosure and the checker's findings. Pure apart from hashing;
// the CLI runs it in process, the server in a worker with limits.

export interface Prepared {
  doc: Disclosure;
  findings: FindingInput[] | null;
}

export async function prepareDisclosure(files: readonly InputFile[], opts: ReadOptions = {}): Promise<ReadResult<Prepared>> {
  const r = await readDisclosure(files, opts);
  if (!r.ok) return r;
  return { ok: true, value: { doc: r.value, findings: check(r.value).findings } };
}
