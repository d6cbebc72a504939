import { describe, expect, it } from 'vitest';
import { applyPatch, documentFromSnapshot, runCommand } from '../../shared/editing';
import { planImport } from '../../shared/importers/planImport';
import { readImportFiles, type ImportFile } from '../../shared/importers/readImportFiles';
import { createMapMeta } from '../../shared/model';

const enc = (t: string) => new TextEncoder().encode(t);

async function importOruk(files: ImportFile[]) {
  const source = await readImportFiles(files);
  expect(source.tables).toEqual([]);
  const doc = documentFromSnapshot({ map: createMapMeta('ORUK', new Date(), 'oruk'), nodes: [], links: [] });
  const batch = { elements: source.batches.flatMap((b) => b.elements), connections: source.batches.flatMap((b) => b.connections), warnings: source.batches.flatMap((b) => b.warnings) };
  const plan = planImport(doc, batch);
  const outcome = runCommand(doc, { type: 'importRecords', args: { nodes: plan.nodes, links: plan.links, label: 'Import' } });
  if (!outcome.ok) throw new Error(outcome.error);
  return { doc: applyPatch(doc, outcome.patch), warnings: plan.warnings };
}

describe('Open Referral UK data', () => {
  it('imports its CSV tables as organisations and spaces with opening times and links', async () => {
    const { doc, warnings } = await importOruk([
      { name: 'organization.csv', bytes: enc('id,name,description,url,email\norg-1,Rochdale Food Network,Food help,https://food.example,hello@food.example\n') },
      { name: 'service.csv', bytes: enc('id,organization_id,name\nsvc-1,org-1,Food bank\nsvc-2,org-1,Community fridge\n') },
      { name: 'location.csv', bytes: enc('id,name,description\nloc-1,St Mary’s Hall,\n') },
      { name: 'service_at_location.csv', bytes: enc('id,service_id,location_id\nsal-1,svc-1,loc-1\nsal-2,svc-2,loc-1\n') },
      { name: 'regular_schedule.csv', bytes: enc('id,service_id,service_at_location_id,weekday,byday,opens_at,closes_at\nrs-1,,sal-1,,"MO,WE",10:00:00,12:30:00\nrs-2,,sal-2,Friday,,14:00,13:00\n') },
      { name: 'physical_address.csv', bytes: enc('id,location_id,address_1,city,postal_code\npa-1,loc-1,1 Church Lane,Rochdale,OL16 1AA\n') },
    ]);
    expect(doc.nodes['org-1']).toMatchObject({ kind: 'organisation', name: 'Rochdale Food Network', website: 'https://food.example', contact: 'hello@food.example' });
    expect(doc.nodes['loc-1']).toMatchObject({
      kind: 'space',
      name: 'St Mary’s Hall',
      address: '1 Church Lane, Rochdale',
      postcode: 'OL16 1AA',
      sessions: [
        { day: 0, start: '10:00', end: '12:30' },
        { day: 2, start: '10:00', end: '12:30' },
      ],
    });
    const links = Object.values(doc.links);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ source: 'org-1', target: 'loc-1', type: 'runsOrHosts', notes: 'Services here: Food bank; Community fridge' });
    expect(warnings).toEqual(['Opening times a weekly timetable cannot show were put in the space’s notes instead — St Mary’s Hall: weekly on Friday, 14:00–13:00 (closes before it opens, perhaps overnight).']);
  });

  it('imports its JSON (a page of services from the API)', async () => {
    const json = {
      content: [
        {
          id: 's1',
          name: 'Warm space',
          organization: { id: 'o1', name: 'Belfield Church' },
          regular_schedules: [{ weekday: 'Saturday', opens_at: '09:30', closes_at: '11:00' }],
          service_at_locations: [{ id: 'sl1', location: { id: 'l1', name: 'Church hall', physical_addresses: [{ address_1: '2 High St', city: 'Rochdale', postal_code: 'OL12 9ZZ' }] } }],
        },
      ],
    };
    const { doc } = await importOruk([{ name: 'services.json', bytes: enc(JSON.stringify(json)) }]);
    expect(doc.nodes.l1).toMatchObject({ kind: 'space', postcode: 'OL12 9ZZ', sessions: [{ day: 5, start: '09:30', end: '11:00' }] });
    expect(Object.values(doc.links)[0]).toMatchObject({ source: 'o1', target: 'l1' });
  });
});
