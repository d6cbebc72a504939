import type * as Y from 'yjs';
import type { Id } from '../model';
import type { MapDocument } from '../editing';
import { LINKS, META_LISTS, NODES, SETTINGS } from './docLayout';
import type { DocumentReader } from './documentReader';

export interface DocumentChange {
  readonly doc: MapDocument | null;
  readonly problems: readonly string[];
  /** The transaction's origin: `LOCAL_EDIT`, `FROM_WINDOW`, a provider… */
  readonly origin: unknown;
}

/**
 * Watches a map's document and calls `onChange` once per transaction that changed the map,
 * whoever made it, with the next `MapDocument` (see DocumentReader). Returns a function that
 * stops watching.
 */
export function observeDocument(ydoc: Y.Doc, reader: DocumentReader, onChange: (change: DocumentChange) => void): () => void {
  let nodes = new Set<Id>();
  let links = new Set<Id>();
  let settings = false;
  let lists = new Map<string, Set<Id> | null>();
  const collect = (into: Set<Id>) => (events: Y.YEvent<Y.Map<unknown>>[]) => {
    for (const event of events) {
      if (event.path.length === 0) for (const key of event.changes.keys.keys()) into.add(key);
      else into.add(String(event.path[0]));
    }
  };
  const unobserve: (() => void)[] = [];
  const watch = (name: string, handler: (events: Y.YEvent<Y.Map<unknown>>[]) => void) => {
    const root = ydoc.getMap<unknown>(name);
    const h = handler as unknown as (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void;
    root.observeDeep(h);
    unobserve.push(() => root.unobserveDeep(h));
  };
  watch(NODES, (events) => collect(nodes)(events));
  watch(LINKS, (events) => collect(links)(events));
  watch(SETTINGS, () => (settings = true));
  for (const spec of META_LISTS) {
    watch(spec.key, (events) => {
      let ids = lists.get(spec.key);
      if (!ids) lists.set(spec.key, (ids = new Set()));
      collect(ids)(events);
    });
  }
  const afterTransaction = (txn: Y.Transaction) => {
    if (!nodes.size && !links.size && !settings && !lists.size) return;
    const changed = { nodes: [...nodes], links: [...links], settings, lists: new Map([...lists].map(([k, v]) => [k, v ? [...v] : null])) };
    nodes = new Set();
    links = new Set();
    settings = false;
    lists = new Map();
    const problemsBefore = reader.problems;
    if (reader.applyTransaction(changed) || reader.problems !== problemsBefore) {
      onChange({ doc: reader.doc, problems: reader.problems, origin: txn.origin });
    }
  };
  ydoc.on('afterTransaction', afterTransaction);
  return () => {
    for (const u of unobserve) u();
    ydoc.off('afterTransaction', afterTransaction);
  };
}
