import { parentPort } from 'node:worker_threads';
import { pdfReaderFor } from '../cli/pdf-adapter.js';
import type { InputFile } from '../read/read-document.js';
import { prepareDisclosure } from '../store/ingest.js';

// Worker thread: parse and check one uploaded disclosure. Runs under the parent's memory limit and is
// terminated on timeout, so a hostile file costs at most one worker.

export interface ParseJob {
  files: InputFile[];
  maxBytes: number;
}

parentPort?.once('message', async (job: ParseJob) => {
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
  const pdf = pdfReaderFor(io);
  const r = await prepareDisclosure(job.files, { maxBytes: job.maxBytes, ...(pdf ? { pdf } : {}) });
  parentPort?.postMessage(r);
});
