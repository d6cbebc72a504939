import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { generateSnapshot } from '../../bench/generateMap.mjs';
import { mapSnapshotSchema, type MapSnapshot } from '../../shared/model';
import { BUILD_HOLD_MS, DocumentBuild } from '../../renderer/state/documentBuild';
import { prepareMapRecords } from '../../renderer/storage/mapRepository';

afterEach(() => {
  vi.useRealTimers();
});

/** A build whose steps are queued here, to be run by the test, rather than by the page's scheduler. */
function queuedBuild() {
  const { doc, stamp } = prepareMapRecords(mapSnapshotSchema.parse(generateSnapshot({ nodes: 300, links: 900, seed: 5 })) as MapSnapshot);
  const ydoc = new Y.Doc();
  const queue: (() => void)[] = [];
  let done = 0;
  const build = new DocumentBuild(ydoc, doc, stamp, () => done++, (task) => queue.push(task));
  const runAll = () => {
    for (let i = 0; queue.length && i < 10_000; i++) queue.shift()!();
  };
  return { build, ydoc, doc, queue, runAll, done: () => done };
}

describe('a new map’s document, written after the map is drawn', () => {
  it('is not begun until the editor says the map is drawn, and is then written whole in steps', () => {
    const { build, ydoc, doc, queue, runAll, done } = queuedBuild();
    // While the first picture is being drawn, nothing of the document is written.
    expect(queue).toHaveLength(0);
    expect(ydoc.getMap('nodes').size).toBe(0);
    build.start();
    build.start();
    expect(queue).toHaveLength(1);
    runAll();
    expect(done()).toBe(1);
    expect(ydoc.getMap('nodes').size).toBe(Object.keys(doc.nodes).length);
    expect(ydoc.getMap('links').size).toBe(Object.keys(doc.links).length);
    expect(build.updates.length).toBeGreaterThan(0);
  });

  it('is begun anyway a while after opening when no editor says the map is drawn', () => {
    vi.useFakeTimers();
    const { ydoc, doc, queue, runAll, done } = queuedBuild();
    vi.advanceTimersByTime(BUILD_HOLD_MS - 1);
    expect(queue).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(queue).toHaveLength(1);
    runAll();
    expect(done()).toBe(1);
    expect(ydoc.getMap('nodes').size).toBe(Object.keys(doc.nodes).length);
  });

  it('is written there and then when the document is needed before it is begun', () => {
    vi.useFakeTimers();
    const { build, ydoc, doc, queue, done } = queuedBuild();
    build.finish();
    expect(done()).toBe(1);
    expect(ydoc.getMap('nodes').size).toBe(Object.keys(doc.nodes).length);
    // Nothing is left to begin later.
    vi.advanceTimersByTime(BUILD_HOLD_MS);
    expect(queue).toHaveLength(0);
  });
});
