/// <reference lib="webworker" />
import { FileProblem } from '../../shared/files/fileProblem';
import { readRequestSchema, type ReadReply } from '../../shared/importers/importProtocol';
import { readImportFiles } from '../../shared/importers/readImportFiles';

/** Reads spreadsheets off the main thread, so a large file never freezes the window. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ReadReply) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<unknown>) => {
  const request = readRequestSchema.safeParse(event.data);
  if (!request.success) return reply({ type: 'failed', message: 'The files could not be handed to the importer.' });
  const { files } = request.data;
  try {
    const source = await readImportFiles(files, (fileIndex) => reply({ type: 'progress', fileIndex, fileCount: files.length }));
    const tables = source.tables.map((t) => ({ ...t, headers: [...t.headers], rows: t.rows.map((r) => [...r]) }));
    const batches = source.batches.map((b) => ({ elements: [...b.elements], connections: [...b.connections], warnings: [...b.warnings], ...(b.summary ? { summary: b.summary } : {}) }));
    reply({ type: 'done', source: { tables, batches } } as ReadReply);
  } catch (error) {
    reply({ type: 'failed', message: error instanceof FileProblem ? error.message : `The files could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
};
