import type { MapDocument } from '../editing/mapDocument';

/**
 * A freshly read map that keeps every record (and every map setting) that has not changed as
 * the very object it had before. The audience window reads the whole map again after each
 * edit; with the old objects kept, only what changed is drawn again, as in the editor.
 */
export function reuseUnchanged(previous: MapDocument, next: MapDocument): MapDocument {
  const nodes = reuseRecords(previous.nodes, next.nodes);
  const links = reuseRecords(previous.links, next.links);
  const meta = reuseFields(previous.meta, next.meta);
  if (nodes === previous.nodes && links === previous.links && meta === previous.meta) return previous;
  return { meta, nodes, links };
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function reuseRecords<T>(previous: Readonly<Record<string, T>>, next: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  let changed = Object.keys(previous).length !== Object.keys(next).length;
  const result: Record<string, T> = {};
  for (const id in next) {
    const old = previous[id];
    if (old !== undefined && same(old, next[id])) result[id] = old;
    else {
      result[id] = next[id]!;
      changed = true;
    }
  }
  return changed ? result : previous;
}

function reuseFields<T extends object>(previous: T, next: T): T {
  let changed = false;
  const result = { ...next };
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (same(previous[key], next[key])) result[key] = previous[key];
    else changed = true;
  }
  return changed || Object.keys(previous).length !== Object.keys(next).length ? result : previous;
}
