import { FileProblem } from '../../shared/files/fileProblem';
import { readReplySchema } from '../../shared/importers/importProtocol';
import { readImportFiles, type ImportFile, type ImportSource } from '../../shared/importers/readImportFiles';

export interface ReadRun {
  readonly result: Promise<ImportSource>;
  /** Stops reading at once; `result` rejects with a CancelledRead. */
  cancel(): void;
}

export class CancelledRead extends Error {
  override readonly name = 'CancelledRead';
}

/**
 * Reads import files in a Web Worker, checking its replies against the protocol; cancelling
 * terminates the worker, so even a parse stuck in one huge file stops straight away. Without
 * workers (unit tests) the same reader runs on this thread.
 */
export function readInWorker(files: readonly ImportFile[], onProgress: (fileIndex: number, fileCount: number) => void): ReadRun {
  if (typeof Worker === 'undefined') return readHere(files, onProgress);
  const worker = new Worker(new URL('./importReader.worker.ts', import.meta.url), { type: 'module', name: 'Import reader' });
  let settle: { resolve: (s: ImportSource) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<ImportSource>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (outcome: () => void) => {
    worker.terminate();
    if (settle) outcome();
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const reply = readReplySchema.safeParse(event.data);
    if (!reply.success) return finish(() => settle!.reject(new Error('The importer sent back something unexpected. Try again.')));
    const message = reply.data;
    if (message.type === 'progress') onProgress(message.fileIndex, message.fileCount);
    else if (message.type === 'failed') finish(() => settle!.reject(new Error(message.message)));
    else finish(() => settle!.resolve(message.source));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(() => settle!.reject(new Error(`The importer stopped unexpectedly (${event.message || 'worker error'}). Try again.`)));
  };
  worker.postMessage({ type: 'read', files: files.map((f) => ({ name: f.name, bytes: f.bytes })) });
  return { result, cancel: () => finish(() => settle!.reject(new CancelledRead('Import cancelled.'))) };
}

function readHere(files: readonly ImportFile[], onProgress: (fileIndex: number, fileCount: number) => void): ReadRun {
  let cancelled = false;
  const result = readImportFiles(files, (i) => onProgress(i, files.length)).then(
    (source) => {
      if (cancelled) throw new CancelledRead('Import cancelled.');
      return source;
    },
    (error: unknown) => {
      throw error instanceof FileProblem ? new Error(error.message) : error;
    },
  );
  return { result, cancel: () => (cancelled = true) };
}
