import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromSnapshot } from '../../shared/editing';
import { mapToGexf } from '../../shared/exporters/gexf';
import { mapToGraphml } from '../../shared/exporters/graphml';
import { kumuFieldsOf } from '../../shared/exporters/kumuTables';
import { FileProblem } from '../../shared/files/fileProblem';
import { readImportFiles } from '../../shared/importers/readImportFiles';
import type { MapDocument } from '../../shared/editing';
import type { MapNode, MapSnapshot } from '../../shared/model';
import { mapArb } from './filesArbitraries';
import { byName, emptyDoc, enc, fixture, importFiles } from './importHelpers';

describe('GEXF 1.2 from Gephi', () => {
  it('reads every node and edge, with labels, attributes, positions, colours and sizes', async () => {
    const { source, plan, doc } = await importFiles(emptyDoc(), [fixture('gephi-1.2.gexf')]);
    expect(source.tables.map((t) => [t.sheetName, t.rows.length])).toEqual([
      ['Nodes', 4],
      ['Edges', 4],
    ]);
    expect(plan.counts).toMatchObject({ addedNodes: 4, addedLinks: 4, newAreas: 1 });
    const hub = byName(doc, 'Kirkholt Community Hub');
    // Gephi's y runs up the page; ours runs down.
    expect(hub).toMatchObject({ kind: 'space', x: -120.5, y: -80.25 });
    expect(hub.customFields).toEqual({ Power: 4, Funded: true, 'Modularity Class': 0, Size: 24.5, Colour: 'rgb(46,140,87)' });
    expect(doc.meta.areas.map((a) => a.name)).toEqual(['Kirkholt']);
    const foodBank = byName(doc, 'Rochdale Food Bank');
    expect(foodBank).toMatchObject({ kind: 'organisation', orgType: 'Charity', x: 40, y: 15.5 });
    expect(foodBank.customFields).toMatchObject({ Power: 7, Funded: false });
    expect(byName(doc, 'Amy Patel')).toMatchObject({ kind: 'person', role: 'Volunteer' });
    expect(byName(doc, 'Warm Spaces Pilot')).toMatchObject({ kind: 'project', customFields: expect.objectContaining({ 'Element type': 'Pilot' }) });
  });

  it('keeps parallel edges as separate links, with weights, directions and attributes', async () => {
    const { doc } = await importFiles(emptyDoc(), [fixture('gephi-1.2.gexf')]);
    const links = Object.values(doc.links);
    const hub = byName(doc, 'Kirkholt Community Hub').id;
    const runs = links.filter((l) => l.type === 'runsOrHosts' && l.target === hub);
    expect(runs.map((l) => [l.strength, l.customFields?.['Value flow']]).sort()).toEqual([
      [1, 'volunteers'],
      [3, 'food parcels'],
    ]);
    expect(runs.every((l) => l.directed === false && l.customFields?.['Connection type'] === undefined)).toBe(true);
    expect(links.find((l) => l.type === 'worksAt')).toMatchObject({ directed: true, strength: 2 });
  });
});

describe('GEXF 1.3', () => {
  it('reads hex colours, edge kinds and parallel edges', async () => {
    const { plan, doc } = await importFiles(emptyDoc(), [fixture('gephi-1.3.gexf')]);
    expect(plan.counts).toMatchObject({ addedNodes: 3, addedLinks: 3 });
    expect(byName(doc, 'Heywood Library')).toMatchObject({ kind: 'space', x: 0, y: 0, customFields: { 'Element type': 'Library', 'Trust score': 0.75, Colour: '#2e8c57', Size: 8 } });
    expect(byName(doc, 'Citizens Advice Rochdale')).toMatchObject({ kind: 'organisation', y: 60 });
    const referrals = Object.values(doc.links).filter((l) => l.type === 'refersTo');
    expect(referrals.map((l) => l.customFields?.Since).sort()).toEqual([2019, 2023]);
    expect(Object.values(doc.links).find((l) => l.type === 'partnersWith')).toMatchObject({ directed: false });
  });
});

describe('GraphML', () => {
  it('reads keys, defaults and positions; the mapping step chooses which attribute holds the kind', async () => {
    const { plan, doc } = await importFiles(emptyDoc(), [fixture('network.graphml')], (p) =>
      p.role === 'elements' ? { ...p, elements: { ...p.elements, kind: p.table.headers.indexOf('group') } } : { ...p, connections: { ...p.connections, type: p.table.headers.indexOf('relation') } },
    );
    expect(plan.counts).toMatchObject({ addedNodes: 3, addedLinks: 3 });
    expect(byName(doc, "Castleton Tenants' Association")).toMatchObject({ kind: 'organisation', x: 10.5, y: -20, customFields: { members: 45 } });
    expect(byName(doc, "St Mary's Church Hall")).toMatchObject({ kind: 'space', x: 120, y: 35.25, customFields: { 'Element type': 'Venue', members: 0 } });
    expect(byName(doc, 'Jo Whitworth')).toMatchObject({ kind: 'person', role: 'Champion' });
    const links = Object.values(doc.links);
    expect(links.filter((l) => l.type === 'worksAt')).toHaveLength(2);
    expect(links.find((l) => l.type === 'meetsAt')).toMatchObject({ directed: false, strength: 3 });
  });
});

describe('XML formats are known by their content', () => {
  it('a GEXF saved as .xml or .txt is read as GEXF, not as CSV rows of XML', async () => {
    const gexf = fixture('gephi-1.2.gexf').bytes;
    for (const name of ['network.xml', 'network.txt', 'network.csv']) {
      const source = await readImportFiles([{ name, bytes: gexf }]);
      expect(source.tables.map((t) => t.sheetName)).toEqual(['Nodes', 'Edges']);
    }
  });

  it('refuses, in plain words, XML that is not a graph, damaged XML, entities and edges to nowhere', async () => {
    const refuse = async (name: string, text: string) => {
      const error = await readImportFiles([{ name, bytes: enc(text) }]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileProblem);
      return (error as Error).message;
    };
    expect(await refuse('a.xml', '<?xml version="1.0"?><svg><g/></svg>')).toMatch(/an XML file, but not a GEXF or GraphML file \(it holds <svg>\)/);
    expect(await refuse('a.gexf', 'Label,Type\nA,Person\n')).toMatch(/not a GEXF file: it does not start with XML/);
    expect(await refuse('a.gexf', '<gexf><graph><nodes><node id="a" label="x></nodes></graph></gexf>')).toMatch(/its XML is damaged/);
    expect(await refuse('a.gexf', '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaa">]><gexf><graph/></gexf>')).toMatch(/entities/);
    expect(await refuse('a.gexf', '<gexf version="1.3"><meta/></gexf>')).toMatch(/holds no <graph>/);
    expect(await refuse('a.gexf', '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="zz"/></edges></graph></gexf>')).toMatch(/an edge joins a node that is not in the file/);
    expect(await refuse('a.graphml', '<graphml><graph><node id="a"/><node id="a"/></graph></graphml>')).toMatch(/two nodes share the id/);
  });

  it('any bytes given as GEXF or GraphML give a map or a clear error (property)', async () => {
    const xmlish = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ maxLength: 300 }).map((s) => enc(`<?xml version="1.0"?><gexf><graph>${s}</graph></gexf>`)),
      fc.string({ maxLength: 300 }).map((s) => enc(`<graphml><graph>${s}`)),
      fc.constantFrom(...['gephi-1.2.gexf', 'gephi-1.3.gexf', 'network.graphml'].map((f) => fixture(f).bytes)).chain((bytes) => fc.nat(bytes.length).map((n) => bytes.subarray(0, n))),
    );
    await fc.assert(
      fc.asyncProperty(xmlish, fc.constantFrom('fuzz.gexf', 'fuzz.graphml', 'fuzz.xml'), async (bytes, name) => {
        try {
          await importFiles(emptyDoc(), [{ name, bytes }]);
        } catch (error) {
          expect(error).toBeInstanceOf(FileProblem);
          expect((error as Error).message).toMatch(/^“fuzz\.(gexf|graphml|xml)” could not be used: /);
          expect((error as Error).message).not.toMatch(/graphology|xmldom|undefined|getAttribute/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** The fields our GEXF and GraphML carry, node by node and link by link. */
function expectSameGraph(actual: MapDocument, expected: MapSnapshot) {
  const got = Object.values(actual.nodes);
  expect(got).toHaveLength(expected.nodes.length);
  for (const node of expected.nodes) {
    const n = actual.nodes[node.id]!;
    expect({ name: n.name, kind: n.kind, tags: n.tags, notes: n.notes, x: n.x, y: n.y, fields: kumuFieldsOf({ map: actual.meta }, n), custom: n.customFields ?? {} }).toEqual({
      name: node.name,
      kind: node.kind,
      tags: node.tags,
      notes: node.notes,
      x: node.x,
      y: node.y,
      fields: kumuFieldsOf(expected, node),
      custom: node.customFields ?? {},
    });
  }
  const links = (list: Iterable<MapSnapshot['links'][number]>) =>
    [...list].map((l) => ({ id: l.id, source: l.source, target: l.target, type: l.type, strength: l.strength, directed: l.directed, notes: l.notes, custom: l.customFields ?? {} })).sort((a, b) => a.id.localeCompare(b.id));
  expect(links(Object.values(actual.links))).toEqual(links(expected.links));
}

/** Maps as our exports can carry them: trimmed text, and areas that exist. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\ufffe\uffff]/g;
const exportable = mapArb
  .filter((m) => m.nodes.length > 0)
  .map((m): MapSnapshot => ({
    ...m,
    nodes: m.nodes.map((n, i): MapNode => ({
      ...n,
      name: n.name.replace(/\s+/g, ' ').trim() || 'x',
      notes: n.notes.replace(CONTROL, ' ').trim(),
      ...(n.kind === 'space' && i % 2 ? { areaId: 'a1', postcode: 'OL11 1AA' } : {}),
      ...(n.kind === 'organisation' ? { website: 'https://example.org', orgType: 'Charity' } : {}),
      customFields: i % 3 === 0 ? { Power: i, Funded: i % 2 === 0, Sector: 'Faith groups' } : {},
    }) as MapNode),
    links: m.links.map((l, i) => ({ ...l, notes: l.notes.replace(CONTROL, ' ').trim(), ...(i % 2 ? { customFields: { 'Value flow': 'grant', Amount: 1200 } } : {}) })),
  }));

describe('our own exports round-trip', () => {
  it('map → GEXF → map gives the same nodes, links, kinds, fields, custom fields and positions (property)', async () => {
    await fc.assert(
      fc.asyncProperty(exportable, async (snapshot) => {
        const { doc } = await importFiles(documentFromSnapshot({ map: snapshot.map, nodes: [], links: [] }), [{ name: 'map.gexf', bytes: enc(mapToGexf(snapshot)) }]);
        expectSameGraph(doc, snapshot);
      }),
      { numRuns: 40 },
    );
  });

  it('map → GraphML → map gives the same nodes, links, kinds, fields, custom fields and positions (property)', async () => {
    await fc.assert(
      fc.asyncProperty(exportable, async (snapshot) => {
        const { doc } = await importFiles(documentFromSnapshot({ map: snapshot.map, nodes: [], links: [] }), [{ name: 'map.graphml', bytes: enc(mapToGraphml(snapshot)) }]);
        expectSameGraph(doc, snapshot);
      }),
      { numRuns: 40 },
    );
  });
});
