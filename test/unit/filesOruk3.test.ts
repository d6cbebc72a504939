import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileProblem } from '../../shared/files/fileProblem';
import type { MapNode } from '../../shared/model';
import { planImport } from '../../shared/importers/planImport';
import { readImportFiles } from '../../shared/importers/readImportFiles';
import { csvFixtures, emptyMap, fixture, importInto } from './orukHelpers';

const ORG_A = '6b0e1a52-1f0d-4c4e-9a10-000000000001';
const ORG_B = '6b0e1a52-1f0d-4c4e-9a10-000000000002';
const CENTRE = '3a19ff88-4620-4d17-9830-000000000011';
const HALL = '3a19ff88-4620-4d17-9830-000000000012';
const enc = (t: string) => new TextEncoder().encode(t);

/** The fields an import sets, without the defaults every node has. */
function fields(node: MapNode | undefined): Record<string, unknown> {
  if (!node) return {};
  const { id, kind, name, notes } = node;
  if (node.kind === 'organisation') return { id, kind, name, notes, website: node.website, contact: node.contact, helpTopics: node.helpTopics, areasServed: node.areasServed.length };
  if (node.kind === 'space') return { id, kind, name, notes, address: node.address, postcode: node.postcode, sessions: node.sessions };
  return { id, kind, name };
}

const KIRKHOLT_TRUST = {
  id: ORG_A,
  kind: 'organisation',
  name: 'Kirkholt Community Trust',
  notes: 'Runs the community centre on Kirkholt Way.\n\nServices: Warm Welcome Café; Debt advice drop-in',
  website: 'https://kirkholt.example',
  contact: 'hello@kirkholt.example; cafe@kirkholt.example; 01706 000001; Centre Manager: centre@kirkholt.example; Café co-ordinator: 07700 900001',
  helpTopics: ['food', 'loneliness', 'money'],
  areasServed: 1,
};
const FOODBANK = { id: ORG_B, kind: 'organisation', name: 'Rochdale Foodbank', notes: 'Emergency food parcels.\n\nServices: Food parcels', website: 'https://rochdalefoodbank.example', contact: 'info@rochdalefoodbank.example', helpTopics: [], areasServed: 0 };
const CENTRE_SPACE = {
  id: CENTRE,
  kind: 'space',
  name: 'Kirkholt Community Centre',
  notes: 'Ground floor, step-free.\n\nPhone: 01706 000011\n\nOpening times that are not weekly: monthly on the first Saturday, 10:00–12:00 — “Family breakfast”',
  address: '1 Kirkholt Way, Rochdale, Greater Manchester',
  postcode: 'OL11 2AA',
  sessions: [
    { day: 0, start: '09:30', end: '12:00' },
    { day: 1, start: '10:00', end: '14:00' },
    { day: 3, start: '10:00', end: '14:00' },
  ],
};
const HALL_SPACE = { id: HALL, kind: 'space', name: 'St Mary’s Hall', notes: '', address: 'Church Lane, Rochdale', postcode: 'OL16 1AA', sessions: [{ day: 4, start: '13:00', end: '15:00' }] };

describe('Open Referral UK 3.0 JSON', () => {
  it('keeps a service_full’s Thursday/Friday 10:00–18:00 schedule, its address and postcode, and the organisation’s website', async () => {
    const { doc, plan } = await importInto(emptyMap(), [fixture('service_full.json')]);
    expect(plan.counts).toMatchObject({ addedNodes: 2, addedLinks: 1, newAreas: 1 });
    expect(fields(doc.nodes['d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610'])).toEqual({
      id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      kind: 'organisation',
      name: 'Example Organization Inc.',
      notes: 'Example Org is a non-profit.\n\nServices: Community Counselling',
      website: 'http://example.com',
      // The contact is kept by role; "Ann Persona" is nowhere on the map.
      contact: 'email@example.com; Reception Manager: reception@example.com',
      helpTopics: [],
      areasServed: 1,
    });
    expect(fields(doc.nodes['3a19ff88-4620-4d17-9830-ac1d859eb5d5'])).toEqual({
      id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
      kind: 'space',
      name: 'MyCity Civic Center',
      notes: '',
      address: '1 Main Street, MyCity',
      postcode: 'AB1 2CD',
      sessions: [
        { day: 3, start: '10:00', end: '18:00' },
        { day: 4, start: '10:00', end: '18:00' },
      ],
    });
    expect(doc.meta.areas.map((a) => a.name)).toEqual(['MyCity']);
    expect(doc.nodes['d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610']!.customFields).toEqual({ 'Registration numbers': 'GB-COH 1234567' });
    expect(JSON.stringify(doc)).not.toContain('Ann Persona');
  });

  it('reads a paginated service list, organization_full and service_at_location_full instead of refusing them', async () => {
    const page = await importInto(emptyMap(), [fixture('services_page.json')]);
    expect(Object.values(page.doc.nodes).map(fields)).toEqual([{ ...KIRKHOLT_TRUST, contact: 'hello@kirkholt.example; cafe@kirkholt.example; Café co-ordinator: 07700 900001' }, FOODBANK, CENTRE_SPACE, HALL_SPACE]);
    expect(Object.values(page.doc.links).map((l) => [l.source, l.target, l.type, l.notes])).toEqual([
      [ORG_A, CENTRE, 'runsOrHosts', 'Services here: Warm Welcome Café; Debt advice drop-in'],
      [ORG_B, HALL, 'runsOrHosts', 'Services here: Food parcels'],
    ]);
    const org = await importInto(emptyMap(), [fixture('organization_full.json')]);
    expect(Object.values(org.doc.nodes).map(fields)).toEqual([KIRKHOLT_TRUST, CENTRE_SPACE]);
    const sal = await importInto(emptyMap(), [fixture('service_at_location_full.json')]);
    expect(Object.values(sal.doc.nodes).map(fields)).toEqual([FOODBANK, HALL_SPACE]);
  });

  it('says what a weekly timetable cannot show, and which subjects match no help topic', async () => {
    const { plan } = await importInto(emptyMap(), [fixture('organization_full.json')]);
    expect(plan.warnings).toEqual([
      'Opening times a weekly timetable cannot show were put in the space’s notes instead — Kirkholt Community Centre: monthly on the first Saturday, 10:00–12:00 — “Family breakfast”.',
      '1 subject from the directory’s taxonomy matches none of this map’s help topics, so it was not kept: Bingo. Add it as a help topic in Map settings and import again to keep it.',
    ]);
  });

  it('still reads the older field names (content, regular_schedules, physical_addresses, url)', async () => {
    const { doc } = await importInto(emptyMap(), [fixture('services_v1.json')]);
    expect(fields(doc.nodes['old-o1'])).toMatchObject({ name: 'Belfield Church', website: 'https://belfield.example' });
    expect(fields(doc.nodes['old-l1'])).toMatchObject({ address: '2 High St, Rochdale', postcode: 'OL12 9ZZ', sessions: [{ day: 5, start: '09:30', end: '11:00' }] });
  });
});

describe('Open Referral UK 3.0 CSV tables', () => {
  it('reads the tables chosen together as one dataset, naming the ones the map does not use and making no junk nodes', async () => {
    const { doc, plan, source } = await importInto(emptyMap(), csvFixtures());
    expect(source.tables).toEqual([]);
    expect(plan.counts).toMatchObject({ addedNodes: 4, addedLinks: 2, newAreas: 1 });
    expect(Object.values(doc.nodes).map(fields)).toEqual([KIRKHOLT_TRUST, FOODBANK, CENTRE_SPACE, HALL_SPACE]);
    expect(Object.values(doc.nodes).some((n) => n.kind === 'person')).toBe(false);
    // What the map has no field for comes in as custom fields: where the place is, and its UPRN.
    expect(doc.nodes[CENTRE]!.customFields).toEqual({ Latitude: 53.597, Longitude: -2.139, UPRN: '10092008082' });
    expect(JSON.stringify(doc.nodes)).not.toContain('Ann Persona');
    expect(plan.warnings).toContain('cost_options.csv: not used — costs are not kept on the map.');
    expect(plan.warnings).toContain('1 virtual location (online or by phone) is not a place on the map and was left out.');
  });

  it('gives the same map from the CSV tables as from the same records in JSON', async () => {
    const csv = await importInto(emptyMap(), csvFixtures());
    const json = await importInto(emptyMap(), [fixture('organization_full.json'), fixture('service_at_location_full.json')]);
    const byId = (doc: typeof csv.doc) => Object.fromEntries(Object.values(doc.nodes).map((n) => [n.id, fields(n)]));
    expect(byId(csv.doc)).toEqual(byId(json.doc));
  });

  it('leaves a lone contacts.csv (no ORUK core table) to the ordinary column mapping', async () => {
    const source = await readImportFiles([{ name: 'contacts.csv', bytes: enc('id,name,title\n1,Ann Persona,Manager\n') }]);
    expect(source.batches).toEqual([]);
    expect(source.tables).toHaveLength(1);
  });
});

describe('re-importing a directory', () => {
  it('says nothing changed when the data is identical', async () => {
    const first = await importInto(emptyMap(), csvFixtures());
    const again = await importInto(first.doc, csvFixtures());
    expect(again.plan.counts).toMatchObject({ addedNodes: 0, updatedNodes: 0, addedLinks: 0, updatedLinks: 0, unchangedNodes: 4, unchangedLinks: 2 });
    expect(again.plan.nodes).toEqual([]);
  });

  it('matches by the ORUK id, so a renamed organisation is updated, not duplicated, and says what changed', async () => {
    const first = await importInto(emptyMap(), [fixture('services_page.json')]);
    const renamed = new TextDecoder().decode(fixture('services_page.json').bytes).replaceAll('Rochdale Foodbank', 'Rochdale Food Bank CIO').replaceAll('"FR"', '"FR,SA"');
    const again = await importInto(first.doc, [{ name: 'services_page.json', bytes: enc(renamed) }]);
    expect(Object.keys(again.doc.nodes)).toHaveLength(4);
    expect(again.doc.nodes[ORG_B]!.name).toBe('Rochdale Food Bank CIO');
    expect(again.plan.changes.updated).toEqual([
      { name: 'Rochdale Foodbank → Rochdale Food Bank CIO', fields: ['name'] },
      { name: 'St Mary’s Hall', fields: ['opening times'] },
    ]);
  });
});

describe('any bytes given to the Open Referral readers', () => {
  it('give a map or a clear error naming the file (property)', async () => {
    const orukish = fc
      .record({ contents: fc.array(fc.record({ id: fc.oneof(fc.string(), fc.integer()), schedules: fc.array(fc.dictionary(fc.constantFrom('byday', 'opens_at', 'closes_at', 'freq', 'interval'), fc.oneof(fc.string(), fc.integer()))), organization: fc.anything() }, { requiredKeys: [] })) })
      .map((v) => enc(JSON.stringify(v)));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 400 }), orukish), fc.constantFrom('services.json', 'organizations.csv'), async (bytes, name) => {
        try {
          await importInto(emptyMap(), [{ name, bytes }, fixture('csv', 'services.csv')]);
        } catch (error) {
          expect(error).toBeInstanceOf(FileProblem);
          expect((error as Error).message).toMatch(/^“.+” could not be used: /);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('choices in the mapping step', () => {
  it('maps each subject to the help topic the user chooses, and keeps contacts’ names only when asked', async () => {
    const source = await readImportFiles(csvFixtures());
    const batch = { elements: source.batches.flatMap((b) => b.elements), connections: [], warnings: [] };
    const doc = emptyMap();
    const plan = planImport(doc, batch, { topicChoices: { Bingo: 'loneliness', Food: null, 'Debt advice': 'legal' }, contactNames: true });
    const trust = plan.nodes.find((n) => n.id === ORG_A)!;
    expect(trust.kind === 'organisation' && trust.helpTopics).toEqual(['loneliness', 'legal']);
    expect(trust.kind === 'organisation' && trust.contact).toBe('hello@kirkholt.example; cafe@kirkholt.example; 01706 000001; Ann Persona (Centre Manager): centre@kirkholt.example; Bob Example (Café co-ordinator): 07700 900001');
    expect(plan.warnings).toContain('1 subject from the directory’s taxonomy is left out: Food. Choose a help topic for it under “Subjects in the directory”, or add one in Map settings first.');
    const byRole = planImport(doc, batch);
    expect(JSON.stringify(byRole.nodes)).not.toMatch(/Ann Persona|Bob Example/);
  });
});
