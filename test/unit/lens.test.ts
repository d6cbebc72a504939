import { describe, expect, it } from 'vitest';
import { applyPatch, runCommand, type Command, type MapDocument } from '../../shared/editing';
import {
  CATEGORY_COLOURS,
  LENS_FIELD_INFO,
  NOT_APPLICABLE_KEY,
  NOT_SET_KEY,
  OTHER_KEY,
  SEQUENTIAL_COLOURS,
  computeConnectedness,
  computeLens,
  contrastRatio,
  fieldScale,
  lensNeedsNetwork,
  nodeLook,
  sameNetwork,
  swatch,
} from '../../shared/lens';
import { answerNetworkRequest, connectednessFromResponse, networkRequest, networkRequestSchema } from '../../shared/lens/networkProtocol';
import { NOT_APPLICABLE_COLOUR, NOT_SET_COLOUR, OTHER_COLOUR } from '../../shared/lens/palettes';
import { STANDARD_LENS, createMapMeta, type Lens } from '../../shared/model';

function run(doc: MapDocument, command: Command): MapDocument {
  const outcome = runCommand(doc, command);
  if (!outcome.ok) throw new Error(outcome.error);
  return applyPatch(doc, outcome.patch);
}

/** Two areas; a hub organisation linked to three spaces; a person; a project; a loner. */
function sampleMap(): MapDocument {
  let doc: MapDocument = { meta: createMapMeta('Lens test', new Date('2026-01-01T00:00:00Z'), 'map'), nodes: {}, links: {} };
  doc = run(doc, { type: 'editMapList', args: { list: 'areas', edit: { type: 'add', entry: { id: 'north', name: 'Northgate' } } } });
  doc = run(doc, { type: 'editMapList', args: { list: 'areas', edit: { type: 'add', entry: { id: 'south', name: 'Southbank' } } } });
  const add = (id: string, kind: 'person' | 'organisation' | 'space' | 'project', changes: Record<string, unknown> = {}) => {
    doc = run(doc, { type: 'addNode', args: { kind, x: 0, y: 0, id, name: id } });
    if (Object.keys(changes).length) doc = run(doc, { type: 'updateNode', args: { id, changes } });
  };
  add('hub', 'organisation', { orgType: 'VCFSE group', tags: ['food', 'advice'], selfAssessment: { powerSharing: 4 } });
  add('council', 'organisation', { orgType: 'Council service', tags: ['advice'] });
  add('s1', 'space', { areaId: 'north', tags: ['food'] });
  add('s2', 'space', { areaId: 'north', selfAssessment: { powerSharing: 1 } });
  add('s3', 'space', { areaId: 'south' });
  add('p', 'person', { tags: ['advice'] });
  add('proj', 'project', { evaluationCategory: 'showcase' });
  add('loner', 'person');
  const link = (source: string, target: string) => {
    doc = run(doc, { type: 'addLink', args: { source, target, type: 'runsOrHosts' } });
  };
  link('hub', 's1');
  link('hub', 's2');
  link('hub', 's3');
  link('council', 'hub');
  link('p', 's1');
  link('proj', 's3');
  return doc;
}

const context = (doc: MapDocument) => ({ network: computeConnectedness(doc), areasOf: new Map<string, string[]>() });
const lens = (changes: Partial<Lens>): Lens => ({ ...STANDARD_LENS, ...changes });

describe('lens palettes', () => {
  it('gives every colour a text colour with at least WCAG AA contrast (4.5:1)', () => {
    for (const fill of [...CATEGORY_COLOURS, ...SEQUENTIAL_COLOURS, OTHER_COLOUR, NOT_SET_COLOUR, NOT_APPLICABLE_COLOUR]) {
      const { ink } = swatch(fill);
      expect(contrastRatio(fill, ink), `${fill} with ${ink}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('makes the number ramp one hue getting darker, so more always reads as darker', () => {
    const luminances = SEQUENTIAL_COLOURS.map((c) => contrastRatio(c, '#000000'));
    expect([...luminances].sort((a, b) => b - a)).toEqual(luminances);
  });

  it('interns looks, so the same look is the same object (canvas nodes compare by reference)', () => {
    const a = nodeLook({ fill: '#0072B2', ink: '#ffffff', border: null, scale: 1, filteredOut: false });
    const b = nodeLook({ fill: '#0072B2', ink: '#ffffff', border: null, scale: 1, filteredOut: false });
    expect(a).toBe(b);
  });
});

describe('lens colours follow the data and the legend matches', () => {
  it('colours every node by its field, and each legend entry has exactly the colour of its nodes', () => {
    const doc = sampleMap();
    for (const field of LENS_FIELD_INFO.map((f) => f.id)) {
      const result = computeLens(doc, lens({ colour: field }), { network: computeConnectedness(doc), areasOf: new Map([['s1', ['north']]]) });
      const legendColours = new Set(result.colour.entries.map((e) => e.swatch.fill));
      // The legend lists each colour once, and counts add up to the map.
      expect(legendColours.size, field).toBe(result.colour.entries.length);
      expect(result.colour.entries.reduce((n, e) => n + e.count, 0), field).toBe(Object.keys(doc.nodes).length);
      for (const id of Object.keys(doc.nodes)) {
        const entry = result.colour.entryOf.get(id)!;
        expect(result.colour.entries, field).toContain(entry);
        expect(result.looks.get(id)!.fill, `${field} ${id}`).toBe(entry.swatch.fill);
      }
    }
  });

  it('changes a node’s colour when its data changes', () => {
    let doc = sampleMap();
    const colourOf = (d: MapDocument, id: string) => computeLens(d, lens({ colour: 'orgType' }), context(d)).looks.get(id)!.fill;
    expect(colourOf(doc, 'council')).not.toBe(colourOf(doc, 'hub'));
    doc = run(doc, { type: 'updateNode', args: { id: 'council', changes: { orgType: 'VCFSE group' } } });
    expect(colourOf(doc, 'council')).toBe(colourOf(doc, 'hub'));
    doc = run(doc, { type: 'updateNode', args: { id: 'council', changes: { orgType: 'NHS' } } });
    expect(colourOf(doc, 'council')).not.toBe(colourOf(doc, 'hub'));
  });

  it('sorts kinds, evaluation categories and organisation types with "not recorded" and "not applicable" apart', () => {
    const doc = sampleMap();
    const ctx = { doc, ...context(doc) };
    const kinds = fieldScale('kind', ctx);
    expect(kinds.entries.map((e) => [e.label, e.count])).toEqual([
      ['Person', 2],
      ['Organisation', 2],
      ['Space', 3],
      ['Project', 1],
    ]);
    const evaluation = fieldScale('evaluationCategory', ctx);
    expect(evaluation.entryOf.get('proj')!.label).toMatch(/^Showcase/);
    expect(evaluation.entryOf.get('hub')!.key).toBe(NOT_APPLICABLE_KEY);
    const orgType = fieldScale('orgType', ctx);
    // The vocabulary's own order, so the legend reads the same on every map.
    expect(orgType.entries.map((e) => e.label)).toEqual(['Council service', 'VCFSE group', 'Not an organisation']);
    expect(orgType.entries[0]!.swatch.fill).toBe(CATEGORY_COLOURS[0]);
  });

  it('colours a node by its most common tag, and folds categories past the palette into "Other"', () => {
    let doc = sampleMap();
    const ctx = () => ({ doc, ...context(doc) });
    expect(fieldScale('tag', ctx()).entryOf.get('hub')!.key).toBe('advice');
    expect(fieldScale('tag', ctx()).entryOf.get('s2')!.key).toBe(NOT_SET_KEY);
    for (let i = 0; i < 9; i++) doc = run(doc, { type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: `t${i}`, name: `t${i}` } });
    for (let i = 0; i < 9; i++) doc = run(doc, { type: 'updateNode', args: { id: `t${i}`, changes: { tags: [`tag ${i}`] } } });
    const scale = fieldScale('tag', ctx());
    const values = scale.entries.filter((e) => e.role === 'value');
    expect(values).toHaveLength(CATEGORY_COLOURS.length);
    const other = scale.entries.find((e) => e.key === OTHER_KEY)!;
    expect(other.count).toBe(11 - CATEGORY_COLOURS.length);
    expect(other.swatch.fill).toBe(OTHER_COLOUR);
  });

  it('colours areas, taking people and projects into the areas of their spaces', () => {
    const doc = sampleMap();
    const areasOf = new Map([
      ['s1', ['north']],
      ['s2', ['north']],
      ['s3', ['south']],
      ['hub', ['north', 'south']],
    ]);
    const scale = fieldScale('area', { doc, network: null, areasOf });
    expect(scale.entries.map((e) => [e.label, e.count])).toEqual([
      ['Northgate', 2],
      ['Southbank', 1],
      ['More than one area', 1],
      ['No area', 4],
    ]);
  });

  it('bands numbers light to dark: links, brokerage and Good Help levels', () => {
    const doc = sampleMap();
    const ctx = { doc, ...context(doc) };
    const degree = fieldScale('degree', ctx);
    expect(degree.entryOf.get('hub')!.label).toBe('4–7 links');
    expect(degree.entryOf.get('loner')!.label).toBe('No links');
    expect(degree.entryOf.get('loner')!.swatch.fill).toBe(SEQUENTIAL_COLOURS[0]);
    expect(degree.entryOf.get('hub')!.level!).toBeGreaterThan(degree.entryOf.get('p')!.level!);
    const brokerage = fieldScale('betweenness', ctx);
    expect(brokerage.entryOf.get('hub')!.label).toBe('The main brokers');
    expect(brokerage.entryOf.get('loner')!.label).toBe('Not between others');
    const power = fieldScale('goodHelp.powerSharing', ctx);
    expect(power.entryOf.get('hub')!.label).toBe('4. Part of who we are');
    expect(power.entryOf.get('s2')!.label).toBe('1. Just starting');
    expect(power.entryOf.get('p')!.label).toBe('Not assessed');
  });

  it('puts linked nodes in communities and a node with no links on its own', () => {
    const doc = sampleMap();
    const scale = fieldScale('community', { doc, ...context(doc) });
    expect(scale.entryOf.get('loner')!.key).toBe(NOT_APPLICABLE_KEY);
    expect(scale.entryOf.get('hub')!.role).toBe('value');
    expect(scale.entryOf.get('hub')!.label).toBe('Group 1');
  });

  it('says network colours are being worked out until the measures arrive', () => {
    const doc = sampleMap();
    const result = computeLens(doc, lens({ colour: 'degree' }), { network: null, areasOf: new Map() });
    expect(result.waitingForNetwork).toBe(true);
    expect(result.colour.entries.map((e) => e.label)).toEqual(['Being worked out…']);
    expect(lensNeedsNetwork(lens({ colour: 'kind', size: 'betweenness' }))).toBe(true);
    expect(lensNeedsNetwork(lens({ colour: 'area' }))).toBe(false);
  });
});

describe('lens size and filter', () => {
  it('sizes nodes in steps within their box: the best connected full size, the least 0.6', () => {
    const doc = sampleMap();
    const result = computeLens(doc, lens({ size: 'degree' }), context(doc));
    expect(result.looks.get('hub')!.scale).toBeGreaterThan(result.looks.get('p')!.scale);
    expect(result.looks.get('loner')!.scale).toBe(0.6);
    for (const look of result.looks.values()) expect(look.scale).toBeLessThanOrEqual(1);
  });

  it('hides or fades the categories the filter leaves out, and never the rest', () => {
    const doc = sampleMap();
    const hide = computeLens(doc, lens({ filter: { field: 'kind', hide: ['space', 'person'], mode: 'hide' } }), context(doc));
    expect([...hide.hidden].sort()).toEqual(['loner', 'p', 's1', 's2', 's3']);
    expect(hide.shown).toBe(3);
    const fade = computeLens(doc, lens({ filter: { field: 'kind', hide: ['space'], mode: 'fade' } }), context(doc));
    expect(fade.hidden.size).toBe(0);
    expect(fade.looks.get('s1')!.filteredOut).toBe(true);
    expect(fade.looks.get('hub')!.filteredOut).toBe(false);
  });

  it('lists link types with their own colours when links are coloured', () => {
    const doc = sampleMap();
    const result = computeLens(doc, lens({ linkColour: true }), context(doc));
    expect(result.links).toEqual([{ type: 'runsOrHosts', label: 'Runs or hosts', colour: expect.stringMatching(/^#/), count: 6 }]);
    expect(computeLens(doc, STANDARD_LENS, context(doc)).links).toBeNull();
  });

  it('knows a drag is not a change to the network, and a new link is', () => {
    const doc = sampleMap();
    const moved = run(doc, { type: 'moveNodes', args: { moves: [{ id: 'hub', x: 50, y: 50 }] } });
    expect(sameNetwork(doc, moved)).toBe(true);
    const linked = run(doc, { type: 'addLink', args: { source: 'loner', target: 'p', type: 'knows' } });
    expect(sameNetwork(doc, linked)).toBe(false);
  });

  it('gets the same measures from the worker’s messages as on the main thread, and refuses a bad message', () => {
    const doc = sampleMap();
    const request = networkRequest(doc, 3);
    expect(networkRequestSchema.parse(JSON.parse(JSON.stringify(request)))).toEqual(request);
    const response = answerNetworkRequest(request);
    expect(response.id).toBe(3);
    expect(connectednessFromResponse(response)).toEqual(computeConnectedness(doc));
    expect(networkRequestSchema.safeParse({ id: 1, nodeIds: 'all', links: [] }).success).toBe(false);
  });
});
