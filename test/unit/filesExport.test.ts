import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapToGexf } from '../../shared/exporters/gexf';
import { mapToGraphml } from '../../shared/exporters/graphml';
import { kumuFieldsOf } from '../../shared/exporters/kumuTables';
import { mapToSvg, nameLines } from '../../shared/exporters/mapSvg';
import { protectCell, unprotectCell } from '../../shared/exporters/spreadsheetSafety';
import { anonymiseMap } from '../../shared/files/anonymise';
import { NODE_KIND_LABELS, LINK_TYPE_LABELS, createLink, createMapMeta, createNode, type MapSnapshot } from '../../shared/model';
import { mapArb } from './filesArbitraries';

// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));

/** A small GEXF reader: enough to check what Gephi will see. */
function parseGexf(xml: string) {
  const nodes = [...xml.matchAll(/<node ([^>]*)>([\s\S]*?)<\/node>/g)].map((m) => {
    const values = Object.fromEntries([...m[2]!.matchAll(/<attvalue ([^>]*)\/>/g)].map((a) => [attrs(a[1]!).for!, attrs(a[1]!).value!]));
    const position = attrs(/<viz:position ([^>]*)\/>/.exec(m[2]!)![1]!);
    return { ...attrs(m[1]!), ...values, x: Number(position.x), y: Number(position.y) };
  });
  const edges = [...xml.matchAll(/<edge ([^>]*)>([\s\S]*?)<\/edge>/g)].map((m) => ({
    ...attrs(m[1]!),
    ...Object.fromEntries([...m[2]!.matchAll(/<attvalue ([^>]*)\/>/g)].map((a) => [attrs(a[1]!).for!, attrs(a[1]!).value!])),
  }));
  return { nodes, edges };
}

describe('GEXF and GraphML for Gephi', () => {
  it('map → GEXF parsed back gives every node and link, field by field (property)', () => {
    fc.assert(
      fc.property(mapArb, (snapshot) => {
        const xml = mapToGexf(snapshot);
        expect(xml).not.toMatch(/<script/);
        const parsed = parseGexf(xml);
        expect(parsed.nodes).toEqual(
          snapshot.nodes.map((n) => ({
            id: n.id,
            label: n.name,
            kind: NODE_KIND_LABELS[n.kind],
            tags: n.tags.join(' | '),
            notes: n.notes.replace(XML_FORBIDDEN, ''),
            // The fields only some kinds have are written when they have a value.
            ...Object.fromEntries(Object.entries(kumuFieldsOf(snapshot, n)).filter(([, v]) => v !== '').map(([k, v]) => [k, v.replace(XML_FORBIDDEN, '')])),
            x: n.x,
            y: -n.y || 0,
          })),
        );
        expect(parsed.edges).toEqual(
          snapshot.links.map((l) => ({ id: l.id, source: l.source, target: l.target, type: l.type, weight: String(l.strength), label: LINK_TYPE_LABELS[l.type], notes: l.notes.replace(XML_FORBIDDEN, '') })),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('writes GraphML with a key for every data field and escaped text', () => {
    const snapshot = fc.sample(mapArb.filter((m) => m.links.length > 0), { seed: 5, numRuns: 1 })[0]!;
    const xml = mapToGraphml({ ...snapshot, nodes: snapshot.nodes.map((n, i) => (i === 0 ? { ...n, name: '<b>&"x"</b>' } : n)) });
    expect(xml).toContain('<data key="label">&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;</data>');
    expect(xml.match(/<node /g)).toHaveLength(snapshot.nodes.length);
    expect(xml.match(/<edge /g)).toHaveLength(snapshot.links.length);
    const used = new Set([...xml.matchAll(/<data key="(\w+)"/g)].map((m) => m[1]));
    const declared = new Set([...xml.matchAll(/<key id="(\w+)"/g)].map((m) => m[1]));
    for (const key of used) expect(declared.has(key)).toBe(true);
  });
});

describe('pictures of the map', () => {
  it('draw every node and link as escaped SVG, or only the chosen part', () => {
    const snapshot = fc.sample(mapArb.filter((m) => m.nodes.length > 3 && m.links.length > 0), { seed: 9, numRuns: 1 })[0]!;
    const named = { ...snapshot, nodes: snapshot.nodes.map((n, i) => (i === 0 ? { ...n, name: '<script>x</script>' } : n)) };
    const whole = mapToSvg(named);
    expect(whole.svg).not.toContain('<script>');
    expect(whole.svg.match(/<rect x=/g)).toHaveLength(snapshot.nodes.length);
    expect(whole.svg.match(/<line /g)).toHaveLength(snapshot.links.length);
    const part = mapToSvg(named, { nodeIds: new Set([snapshot.nodes[0]!.id]) });
    expect(part.svg.match(/<rect x=/g)).toHaveLength(1);
    expect(part.svg).not.toContain('<line ');
    expect(part.width).toBeLessThan(whole.width + 1);
  });

  it('writes every name in full, wrapped inside its box, never cut short with "…"', () => {
    const snapshot = fc.sample(mapArb.filter((m) => m.nodes.length > 1), { seed: 3, numRuns: 1 })[0]!;
    const long = 'Millbrook Immigration Advice Project and Refugee Welcome Drop-in at the Old Library';
    const named = { ...snapshot, nodes: snapshot.nodes.map((n, i) => (i === 0 ? { ...n, name: long } : n)) };
    const { svg } = mapToSvg(named);
    expect(svg).not.toContain('…');
    const first = svg.split('<g>').find((g) => g.includes(`<title>`) && g.includes('Millbrook Immigration'))!;
    const text = [...first.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    expect(text).toBe(long);
    for (const line of nameLines(long)) expect(line.length).toBeLessThanOrEqual(24);
    expect(nameLines('Supercalifragilisticexpialidocious hub')).toEqual(['Supercalifragilisticexpi', 'alidocious hub']);
  });
});

describe('spreadsheet cell safety', () => {
  it('stops formulas and round-trips every value exactly (property)', () => {
    expect(protectCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom("'=", "''+", 'constructor', "'constructor", '@x')), (s) => {
      expect(unprotectCell(protectCell(s))).toBe(s);
    }));
  });
});

function peopleMap(): MapSnapshot {
  const mapId = 'm';
  const amy = { ...createNode('person', { id: 'p1', mapId, name: 'Amy Khan', x: 0, y: 0 }), role: 'Volunteer', contact: '07700 900123', notes: 'Lives on Kirkholt estate' };
  const bob = { ...createNode('person', { id: 'p2', mapId, name: 'Bob Smith', x: 0, y: 0 }), role: 'Volunteer' };
  const secret = { ...createNode('person', { id: 'p3', mapId, name: 'Carla (refuge)', x: 0, y: 0 }), sensitive: true };
  const nurse = createNode('person', { id: 'p4', mapId, name: 'Dee Jones', x: 0, y: 0 });
  const hub = { ...createNode('space', { id: 's1', mapId, name: 'Kirkholt Hub', x: 0, y: 0 }), notes: 'Amy Khan opens up; ask amy khan or Bob Smith' };
  const org = { ...createNode('organisation', { id: 'o1', mapId, name: 'Food Bank', x: 0, y: 0 }), contact: 'Bob Smith 01706 000000' };
  const project = { ...createNode('project', { id: 'j1', mapId, name: 'Warm Welcome', x: 0, y: 0 }), lead: 'Dee Jones' };
  const links = [
    { ...createLink({ id: 'l1', mapId, source: 'p1', target: 's1', type: 'worksAt' }), notes: 'Amy is there Tuesdays' },
    createLink({ id: 'l2', mapId, source: 'p3', target: 's1', type: 'meetsAt' }),
    { ...createLink({ id: 'l3', mapId, source: 'o1', target: 's1', type: 'runsOrHosts' }), notes: 'Agreed with Dee Jones' },
  ];
  return { format: 'good-help-map', schemaVersion: 1, map: { ...createMapMeta('People', new Date(), mapId), description: 'Made with Bob Smith' }, nodes: [amy, bob, secret, nurse, hub, org, project], links };
}

describe('anonymising a shareable copy', () => {
  it('replaces names by role and number, drops contacts and notes, removes sensitive people', () => {
    const { snapshot, removedPeople } = anonymiseMap(peopleMap());
    expect(removedPeople).toBe(1);
    const people = snapshot.nodes.filter((n) => n.kind === 'person');
    expect(people.map((p) => p.name)).toEqual(['Volunteer 1', 'Volunteer 2', 'Person 1']);
    expect(people.every((p) => p.kind === 'person' && p.contact === '' && p.notes === '')).toBe(true);
    expect(snapshot.links.map((l) => l.id)).toEqual(['l1', 'l3']);
    const text = JSON.stringify(snapshot);
    for (const name of ['Amy Khan', 'amy khan', 'Bob Smith', 'Carla', 'Dee Jones', '07700', '01706']) expect(text).not.toContain(name);
    expect(snapshot.nodes.find((n) => n.id === 's1')!.notes).toBe('Volunteer 1 opens up; ask Volunteer 1 or Volunteer 2');
    expect(snapshot.nodes.find((n) => n.id === 'j1')).toMatchObject({ lead: 'Person 1' });
    expect(snapshot.map.description).toBe('Made with Volunteer 2');
  });

  it('never leaves a person’s name anywhere in any map (property)', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const { snapshot } = anonymiseMap(map);
        const names = map.nodes.filter((n) => n.kind === 'person' && n.name.trim().length >= 3 && !/^(Person|Volunteer|Manager|Commissioner|Frontline|System|Community|Good|Help|\d)/i.test(n.name)).map((n) => n.name);
        const people = snapshot.nodes.filter((n) => n.kind === 'person');
        for (const name of names) for (const p of people) expect(p.name).not.toBe(name);
      }),
    );
  });
});
