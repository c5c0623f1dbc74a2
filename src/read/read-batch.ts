import type { Disclosure } from '../model/disclosure.js';
import { fail, type ReadResult } from './input-error.js';
import { readDisclosure, type InputFile, type ReadOptions } from './read-document.js';

// Many files, each its own disclosure (an upload batch, a folder import): every file is read on its
// own and reported on its own, so one bad file — scanned, encrypted, broken, too big — costs only its
// own result. PDFs go to the injected reader, whose workers run them side by side.

export interface BatchResult {
  name: string;
  result: ReadResult<Disclosure>;
}

export async function readEach(files: readonly InputFile[], opts: ReadOptions = {}): Promise<BatchResult[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { name: file.name, result: await readDisclosure([file], opts) };
      } catch (e) {
        // A bug, not an expected failure: reported for this file, the others still read.
        return { name: file.name, result: fail<Disclosure>('malformed', `${file.name}: 读取出错 (internal error: ${e instanceof Error ? e.message : String(e)})`) };
      }
    }),
  );
}
