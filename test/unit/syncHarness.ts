import * as Y from 'yjs';
import { documentFromSnapshot, runCommand, type Command, type MapDocument } from '../../shared/editing';
import { createMapMeta, type MapSnapshot } from '../../shared/model';
import { DocumentReader, LOCAL_EDIT, observeDocument, writeDocument, writePatch } from '../../shared/sync';

export const STAMP = { by: 'Tester', at: '2026-12-01T10:00:00.000Z' };

/** One window's copy of a map: a Y.Doc, its reader, and commands run the way the controller runs them. */
export function replica(ydoc = new Y.Doc(), name = 'Tester') {
  const reader = new DocumentReader(ydoc);
  const changes: unknown[] = [];
  observeDocument(ydoc, reader, (c) => changes.push(c.origin));
  return {
    ydoc,
    reader,
    changes,
    get doc(): MapDocument {
      return reader.doc!;
    },
    run(command: Command) {
      const outcome = runCommand(reader.doc!, command);
      if (!outcome.ok) throw new Error(outcome.error);
      writePatch(ydoc, outcome.patch, LOCAL_EDIT, { by: name, at: STAMP.at });
      return outcome;
    },
    tryRun(command: Command): boolean {
      const outcome = runCommand(reader.doc!, command);
      if (!outcome.ok) return false;
      writePatch(ydoc, outcome.patch, LOCAL_EDIT, { by: name, at: STAMP.at });
      return true;
    },
  };
}

export function seeded(snapshot?: Pick<MapSnapshot, 'map' | 'nodes' | 'links'>) {
  const ydoc = new Y.Doc();
  const doc = documentFromSnapshot(snapshot ?? { map: createMapMeta('Kirkholt', new Date('2026-01-01T00:00:00Z'), 'm1'), nodes: [], links: [] });
  writeDocument(ydoc, doc, 'seed', STAMP);
  return ydoc;
}

/** A second replica that starts from the same state as `ydoc`. */
export function fork(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return copy;
}

export function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'network');
  Y.applyUpdate(a, toA, 'network');
}
