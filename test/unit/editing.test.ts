import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  copySelection,
  parseClipboardText,
  runCommand,
  type Command,
  type EditResult,
  type MapDocument,
} from '../../shared/editing';
import { commandSession } from './commandSession';
import { createMapMeta } from '../../shared/model';

function emptyDoc(): MapDocument {
  return { meta: createMapMeta('Test', new Date('2026-01-01T00:00:00Z'), 'map'), nodes: {}, links: {} };
}

function run(doc: MapDocument, command: Command): [MapDocument, EditResult] {
  const outcome = runCommand(doc, command);
  if (!outcome.ok) throw new Error(outcome.error);
  return [applyPatch(doc, outcome.patch), outcome];
}

function withTwoNodes(): MapDocument {
  let doc = emptyDoc();
  [doc] = run(doc, { type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'a', name: 'Advocate' } });
  [doc] = run(doc, { type: 'addNode', args: { kind: 'space', x: 300, y: 0, id: 'b', name: 'Library' } });
  return doc;
}

describe('commands', () => {
  it('adds a node of each kind with a sensible name and selects it', () => {
    const [doc, result] = run(emptyDoc(), { type: 'addNode', args: { kind: 'organisation', x: 10, y: 20 } });
    const node = Object.values(doc.nodes)[0]!;
    expect(node).toMatchObject({ kind: 'organisation', name: 'New organisation', x: 10, y: 20, mapId: 'map' });
    expect(result.select?.nodeIds).toEqual([node.id]);
  });

  it('refuses an invalid edit with a message and no patch', () => {
    const doc = withTwoNodes();
    const outcome = runCommand(doc, { type: 'updateNode', args: { id: 'a', changes: { name: '' } } });
    expect(outcome).toEqual({ ok: false, error: 'Name: A name is needed' });
  });

  it('deleting a node takes its links, and undo restores both', () => {
    let doc = withTwoNodes();
    [doc] = run(doc, { type: 'addLink', args: { source: 'a', target: 'b', type: 'worksAt', id: 'l1' } });
    const s = commandSession(doc);
    const before = s.doc;
    s.run({ type: 'deleteElements', args: { nodeIds: ['b'], linkIds: [] } });
    expect(Object.keys(s.doc.nodes)).toEqual(['a']);
    expect(s.doc.links).toEqual({});
    s.undo();
    expect(s.doc).toEqual(before);
  });

  it('refuses a duplicate link and a link to a missing node', () => {
    let doc = withTwoNodes();
    [doc] = run(doc, { type: 'addLink', args: { source: 'a', target: 'b', type: 'knows' } });
    expect(runCommand(doc, { type: 'addLink', args: { source: 'a', target: 'b', type: 'knows' } }).ok).toBe(false);
    expect(runCommand(doc, { type: 'addLink', args: { source: 'a', target: 'zz', type: 'knows' } }).ok).toBe(false);
  });

  it('changing a referral to another type drops its handover mode', () => {
    let doc = withTwoNodes();
    [doc] = run(doc, { type: 'addLink', args: { source: 'a', target: 'b', type: 'refersTo', id: 'l' } });
    [doc] = run(doc, { type: 'updateLink', args: { id: 'l', changes: { referralMode: 'warmHandover' } } });
    expect(doc.links.l!.referralMode).toBe('warmHandover');
    [doc] = run(doc, { type: 'updateLink', args: { id: 'l', changes: { type: 'partnersWith' } } });
    expect(doc.links.l!.referralMode).toBeNull();
  });

  it('copy and paste makes independent copies with fresh ids and the links between them', () => {
    let doc = withTwoNodes();
    [doc] = run(doc, { type: 'addLink', args: { source: 'a', target: 'b', type: 'meetsAt' } });
    const text = JSON.stringify(copySelection(doc, ['a', 'b']));
    const payload = parseClipboardText(text)!;
    const [pasted, result] = run(doc, { type: 'pasteClipboard', args: { payload, offset: { x: 40, y: 40 } } });
    expect(Object.keys(pasted.nodes)).toHaveLength(4);
    expect(Object.keys(pasted.links)).toHaveLength(2);
    const copies = result.select!.nodeIds.map((id) => pasted.nodes[id]!);
    expect(copies.map((n) => n.name).sort()).toEqual(['Advocate', 'Library']);
    expect(copies.every((n) => !['a', 'b'].includes(n.id))).toBe(true);
    expect(parseClipboardText('{"format":"something else"}')).toBeNull();
    expect(parseClipboardText('not json')).toBeNull();
  });
});

describe('undo history', () => {
  it('folds a drag into one undo step', () => {
    const s = commandSession(withTwoNodes());
    const start = s.doc;
    for (let i = 1; i <= 30; i++) s.run({ type: 'moveNodes', args: { moves: [{ id: 'a', x: i, y: i }], mergeKey: 'drag-1' } });
    expect(s.history.undo).toHaveLength(1);
    s.undo();
    expect(s.doc).toEqual(start);
    s.redo();
    expect(s.doc.nodes.a).toMatchObject({ x: 30, y: 30 });
  });

  it('a new edit clears the redo stack', () => {
    const s = commandSession(withTwoNodes());
    s.run({ type: 'updateNode', args: { id: 'a', changes: { notes: 'x' } } });
    s.undo();
    expect(s.history.redo).toHaveLength(1);
    s.run({ type: 'updateNode', args: { id: 'b', changes: { notes: 'y' } } });
    expect(s.history.redo).toHaveLength(0);
  });

  it('undoing every step of any sequence of edits returns the original map', () => {
    const kinds = ['person', 'organisation', 'space', 'project'] as const;
    const step = fc.oneof(
      fc.record({ op: fc.constant('add' as const), kind: fc.constantFrom(...kinds), x: fc.integer({ min: -500, max: 500 }) }),
      fc.record({ op: fc.constant('move' as const), pick: fc.nat(), x: fc.integer({ min: -500, max: 500 }) }),
      fc.record({ op: fc.constant('rename' as const), pick: fc.nat(), name: fc.string({ minLength: 1, maxLength: 20 }) }),
      fc.record({ op: fc.constant('link' as const), pick: fc.nat(), other: fc.nat() }),
      fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const session = commandSession(withTwoNodes());
        const start = session.doc;
        for (const s of steps) {
          const doc = session.doc;
          const ids = Object.keys(doc.nodes);
          const pick = (n: number) => ids[n % Math.max(ids.length, 1)];
          let command: Command | null = null;
          if (s.op === 'add') command = { type: 'addNode', args: { kind: s.kind, x: s.x, y: 0 } };
          else if (s.op === 'move' && pick(s.pick)) command = { type: 'moveNodes', args: { moves: [{ id: pick(s.pick)!, x: s.x, y: 1 }] } };
          else if (s.op === 'rename' && pick(s.pick)) command = { type: 'updateNode', args: { id: pick(s.pick)!, changes: { name: s.name } } };
          else if (s.op === 'link' && pick(s.pick)) command = { type: 'addLink', args: { source: pick(s.pick)!, target: pick(s.other)!, type: 'knows' } };
          else if (s.op === 'delete' && pick(s.pick)) command = { type: 'deleteElements', args: { nodeIds: [pick(s.pick)!], linkIds: [] } };
          if (!command) continue;
          if (session.refused(command)) continue;
          session.run(command);
          // Each edit its own step, as when the user moves on to the next thing.
          session.stopCapturing();
        }
        while (session.undo());
        expect(session.doc).toEqual(start);
      }),
      { numRuns: 200, seed: 42 },
    );
    // Every run goes through a Yjs document: slower than patches, so more time on a loaded machine.
  }, 60_000);
});
