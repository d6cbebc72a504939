import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../shared/editing';
import { createMapMeta, mapMetaSchema, stickyNoteTitle } from '../../shared/model';
import { runGapAnalysis } from '../../shared/analysis';
import { findFreeSpot } from '../../shared/layout/freeSpot';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { freeSpotFor, stickyObstacles } from '../../renderer/stickies/stickyPlacement';
import { commandSession } from './commandSession';

function emptyDoc(): MapDocument {
  return { meta: createMapMeta('Workshop', new Date('2026-01-01T00:00:00Z'), 'map'), nodes: {}, links: {} };
}

/** Runs commands as the controller does, on an empty map unless given one. */
const newSession = (doc: MapDocument = emptyDoc()) => commandSession(doc);

describe('sticky notes', () => {
  it('adds, edits, recolours, resizes and deletes a note, each undoable', () => {
    const s = newSession();
    s.run({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'n1', x: 10, y: 20, text: 'Who runs the Tuesday lunch?' } } });
    expect(s.doc.meta.stickyNotes).toEqual([{ id: 'n1', x: 10, y: 20, text: 'Who runs the Tuesday lunch?', colour: 'yellow', width: 200, height: 140 }]);
    s.run({ type: 'editStickyNotes', args: { type: 'update', id: 'n1', changes: { text: 'Who runs the Tuesday lunch club?' } } });
    s.run({ type: 'editStickyNotes', args: { type: 'update', id: 'n1', changes: { colour: 'blue' } } });
    s.run({ type: 'editStickyNotes', args: { type: 'update', id: 'n1', changes: { width: 320, height: 200 } } });
    expect(s.doc.meta.stickyNotes[0]).toMatchObject({ text: 'Who runs the Tuesday lunch club?', colour: 'blue', width: 320, height: 200 });
    s.run({ type: 'editStickyNotes', args: { type: 'remove', id: 'n1' } });
    expect(s.doc.meta.stickyNotes).toEqual([]);
    expect(s.history.undo.map((e) => e.label)).toEqual([
      'Add sticky note',
      'Edit sticky note',
      'Change sticky note colour',
      'Resize sticky note',
      'Delete sticky note “Who runs the Tuesday…”',
    ]);
    s.undo();
    expect(s.doc.meta.stickyNotes[0]).toMatchObject({ colour: 'blue', width: 320 });
    s.undo();
    s.undo();
    expect(s.doc.meta.stickyNotes[0]).toMatchObject({ colour: 'yellow', width: 200 });
    s.undo();
    s.undo();
    expect(s.doc.meta.stickyNotes).toEqual([]);
    s.redo();
    expect(s.doc.meta.stickyNotes[0]?.text).toBe('Who runs the Tuesday lunch?');
  });

  it('merges a drag, sent frame by frame with a drag: merge key, into one undo step', () => {
    const s = newSession();
    s.run({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'n', x: 0, y: 0 } } });
    for (let i = 1; i <= 30; i++) s.run({ type: 'editStickyNotes', args: { type: 'move', moves: [{ id: 'n', x: i * 5, y: i * 2 }], mergeKey: 'drag:7' } });
    expect(s.doc.meta.stickyNotes[0]).toMatchObject({ x: 150, y: 60 });
    expect(s.history.undo).toHaveLength(2);
    s.undo();
    expect(s.doc.meta.stickyNotes[0]).toMatchObject({ x: 0, y: 0 });
  });

  it('merges typing into one step, and refuses bad input without changing anything', () => {
    const s = newSession();
    s.run({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'n', x: 0, y: 0 } } });
    for (const text of ['P', 'Pa', 'Par', 'Park']) s.run({ type: 'editStickyNotes', args: { type: 'update', id: 'n', changes: { text } } });
    expect(s.history.undo).toHaveLength(2);
    expect(s.refused({ type: 'editStickyNotes', args: { type: 'update', id: 'n', changes: { width: 5 } } })).toMatch(/Width/i);
    expect(s.refused({ type: 'editStickyNotes', args: { type: 'update', id: 'gone', changes: { text: 'x' } } })).toBe('That sticky note is no longer on the map.');
    expect(s.refused({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'n', x: 1, y: 1 } } })).toBe('That sticky note is already on the map.');
    expect(s.doc.meta.stickyNotes).toHaveLength(1);
  });

  it('are not nodes: network analysis of a map with notes sees only its nodes', () => {
    const s = newSession();
    s.run({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 'lib', name: 'Library' } });
    s.run({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'n', x: 0, y: 0, text: 'Ask about evenings' } } });
    expect(Object.keys(s.doc.nodes)).toEqual(['lib']);
    const withNote = runGapAnalysis(s.doc, { now: '2026-06-01' });
    const withoutNote = runGapAnalysis({ ...s.doc, meta: { ...s.doc.meta, stickyNotes: [] } }, { now: '2026-06-01' });
    expect(withNote.findings).toEqual(withoutNote.findings);
    expect(withNote.spaces.map((sp) => sp.spaceId)).toEqual(['lib']);
  });

  it('names a note by its first words, and old maps without notes still load', () => {
    expect(stickyNoteTitle({ text: '  Bring   the   leaflets  ' })).toBe('Bring the leaflets');
    expect(stickyNoteTitle({ text: 'one two three four five six seven' })).toBe('one two three four five six…');
    expect(stickyNoteTitle({ text: '' })).toBe('Empty note');
    const { stickyNotes: _s, voting: _v, ...old } = createMapMeta('Old map');
    const parsed = mapMetaSchema.parse(old);
    expect(parsed.stickyNotes).toEqual([]);
    expect(parsed.voting).toEqual({ participants: [], dotsEach: 3, votes: [], tallyHidden: false });
  });
});

describe('placing notes and nodes around each other', () => {
  it('puts a new note where it covers nothing, nearest to where it was wanted', () => {
    const want = { x: 0, y: 0, width: 200, height: 140 };
    expect(freeSpotFor(want, [])).toEqual({ x: 0, y: 0 });
    const spot = freeSpotFor(want, [{ x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT }]);
    expect(Math.hypot(spot.x, spot.y)).toBeLessThanOrEqual(Math.hypot(240, 0));
    const clear = spot.x >= NODE_WIDTH + 16 || spot.x + 200 + 16 <= 0 || spot.y >= NODE_HEIGHT + 16 || spot.y + 140 + 16 <= 0;
    expect(clear).toBe(true);
  });

  it('covers a note with node-sized boxes so a new node is not placed on it', () => {
    const note = { x: 100, y: 100, width: 500, height: 200 };
    const boxes = stickyObstacles([note]);
    const spot = findFreeSpot(boxes, { x: 250, y: 150 });
    const overlaps = spot.x < note.x + note.width && note.x < spot.x + NODE_WIDTH && spot.y < note.y + note.height && note.y < spot.y + NODE_HEIGHT;
    expect(overlaps).toBe(false);
    // Every point of the note is under some box.
    for (const [px, py] of [[100, 100], [599, 299], [350, 200], [599, 100], [100, 299]] as const) {
      expect(boxes.some((b) => px >= b.x && px < b.x + NODE_WIDTH && py >= b.y && py < b.y + NODE_HEIGHT)).toBe(true);
    }
  });
});
