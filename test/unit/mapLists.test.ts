import { describe, expect, it } from 'vitest';
import { applyPatch, invertPatch, runCommand, type Command, type MapDocument } from '../../shared/editing';
import { createMapMeta } from '../../shared/model';

function run(doc: MapDocument, command: Command): MapDocument {
  const outcome = runCommand(doc, command);
  if (!outcome.ok) throw new Error(outcome.error);
  return applyPatch(doc, outcome.patch);
}

function mapWithAreaAndSpace(): MapDocument {
  let doc: MapDocument = { meta: createMapMeta('Test', new Date('2026-01-01T00:00:00Z'), 'map'), nodes: {}, links: {} };
  doc = run(doc, { type: 'editMapList', args: { list: 'areas', edit: { type: 'add', entry: { id: 'north', name: 'Northgate', imdDecile: 2 } } } });
  doc = run(doc, { type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's', name: 'Library' } });
  doc = run(doc, { type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'o', name: 'CVS' } });
  doc = run(doc, { type: 'updateNode', args: { id: 's', changes: { areaId: 'north', audiences: ['everyone', 'youngPeople'], criteriaMet: ['free', 'openAccess'] } } });
  doc = run(doc, { type: 'updateNode', args: { id: 'o', changes: { areasServed: ['north'], helpTopics: ['housing', 'food'] } } });
  return doc;
}

describe('map lists', () => {
  it('adds, renames and re-flags entries', () => {
    let doc = mapWithAreaAndSpace();
    expect(doc.meta.areas).toEqual([{ id: 'north', name: 'Northgate', imdDecile: 2 }]);
    doc = run(doc, { type: 'editMapList', args: { list: 'areas', edit: { type: 'update', id: 'north', changes: { name: 'Northgate ward', population: 12000 } } } });
    expect(doc.meta.areas[0]).toEqual({ id: 'north', name: 'Northgate ward', imdDecile: 2, population: 12000 });
    doc = run(doc, { type: 'editMapList', args: { list: 'criteria', edit: { type: 'update', id: 'free', changes: { essential: false } } } });
    expect(doc.meta.criteria.find((c) => c.id === 'free')?.essential).toBe(false);
    doc = run(doc, { type: 'editMapList', args: { list: 'helpTopics', edit: { type: 'add', entry: { label: 'Gambling', core: false } } } });
    expect(doc.meta.helpTopics.at(-1)).toMatchObject({ label: 'Gambling', core: false });
  });

  it('removes an entry from every node that used it, and undo puts it all back', () => {
    const doc = mapWithAreaAndSpace();
    for (const [list, check] of [
      ['areas', (d: MapDocument) => d.nodes.s?.kind === 'space' && d.nodes.s.areaId === null && d.nodes.o?.kind === 'organisation' && d.nodes.o.areasServed.length === 0],
      ['audiences', (d: MapDocument) => d.nodes.s?.kind === 'space' && d.nodes.s.audiences.join() === 'everyone'],
      ['criteria', (d: MapDocument) => d.nodes.s?.kind === 'space' && d.nodes.s.criteriaMet.join() === 'openAccess'],
      ['helpTopics', (d: MapDocument) => d.nodes.o?.kind === 'organisation' && d.nodes.o.helpTopics.join() === 'food'],
    ] as const) {
      const id = { areas: 'north', audiences: 'youngPeople', criteria: 'free', helpTopics: 'housing' }[list];
      const outcome = runCommand(doc, { type: 'editMapList', args: { list, edit: { type: 'remove', id } } });
      if (!outcome.ok) throw new Error(outcome.error);
      const after = applyPatch(doc, outcome.patch);
      expect(after.meta[list].some((e) => e.id === id)).toBe(false);
      expect(check(after)).toBe(true);
      expect(applyPatch(after, invertPatch(outcome.patch))).toEqual(doc);
    }
  });

  it('refuses an empty or duplicate name and a missing entry, and says why', () => {
    const doc = mapWithAreaAndSpace();
    const empty = runCommand(doc, { type: 'editMapList', args: { list: 'areas', edit: { type: 'update', id: 'north', changes: { name: '  ' } } } });
    expect(empty).toMatchObject({ ok: false, error: expect.stringContaining('A name is needed') });
    const twice = runCommand(doc, { type: 'editMapList', args: { list: 'areas', edit: { type: 'add', entry: { name: 'northgate' } } } });
    expect(twice).toEqual({ ok: false, error: 'There is already an area called “northgate”.' });
    const gone = runCommand(doc, { type: 'editMapList', args: { list: 'audiences', edit: { type: 'remove', id: 'nobody' } } });
    expect(gone).toEqual({ ok: false, error: 'That audience is no longer on this map.' });
    const decile = runCommand(doc, { type: 'editMapList', args: { list: 'areas', edit: { type: 'update', id: 'north', changes: { imdDecile: 11 } } } });
    expect(decile.ok).toBe(false);
  });
});
