import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, documentFromSnapshot, runCommand, type MapDocument } from '../../shared/editing';
import { coverageByArea, needWeight } from '../../shared/analysis/coverage';
import { FileProblem } from '../../shared/files/fileProblem';
import { readAreaLookup } from '../../shared/importers/areaLookup';
import { isDeprivationTable, readDeprivationTable } from '../../shared/importers/deprivationFile';
import { planNeedFigures } from '../../shared/importers/planNeedFigures';
import { readImportFiles } from '../../shared/importers/readImportFiles';
import { createMapMeta, type MapMeta } from '../../shared/model';
import { enc, fixture } from './importHelpers';

const tables = async (...names: string[]) => (await readImportFiles(names.map(fixture))).tables;
const meta = (areas: MapMeta['areas']): MapMeta => ({ ...createMapMeta('Rochdale', new Date('2026-01-01T00:00:00Z'), 'map'), areas });

describe('the Indices of Deprivation, 2019 layout (2011 LSOAs) with an ONS ward lookup', () => {
  it('gives each area its population-weighted decile and population, and the LSOAs behind them', async () => {
    const [iod, lookup] = await tables('iod2019-file7-extract.csv', 'lsoa11-ward19-lookup.csv');
    expect(isDeprivationTable(iod!)).toBe(true);
    expect(isDeprivationTable(lookup!)).toBe(false);
    const file = readDeprivationTable(iod!);
    expect(file).toMatchObject({ edition: 'IoD2019', lsoaYear: '2011' });
    expect(file.byCode.get('E01005360')).toEqual({ code: 'E01005360', name: 'Rochdale 020A', decile: 1, population: 1620 });
    const areas = meta([
      { id: 'kirkholt', name: 'Kirkholt', imdDecile: 3, population: 4000 },
      { id: 'bamford', name: 'Bamford ward' },
      { id: 'central', name: 'Central Rochdale' },
      { id: 'smallbridge', name: 'Smallbridge', imdDecile: 2 },
    ]);
    const plan = planNeedFigures(areas, file, readAreaLookup(lookup!));
    expect(plan.areas.map((a) => [a.name, a.decile, a.population, a.lsoas.map((l) => l.code)])).toEqual([
      ['Bamford ward', 8, 3356, ['E01005364', 'E01005365']],
      ['Central Rochdale', 5, 1390, ['E01005363']],
      ['Kirkholt', 1, 4810, ['E01005360', 'E01005361', 'E01005362']],
    ]);
    expect(plan.areas.find((a) => a.name === 'Kirkholt')!.before).toEqual({ decile: 3, population: 4000 });
    expect(plan.notOnMap).toEqual(['Norden']);
    expect(plan.untouched).toEqual(['Smallbridge']);
    expect(plan.meta.areas).toEqual([
      { id: 'kirkholt', name: 'Kirkholt', imdDecile: 1, population: 4810 },
      { id: 'bamford', name: 'Bamford ward', imdDecile: 8, population: 3356 },
      { id: 'central', name: 'Central Rochdale', imdDecile: 5, population: 1390 },
      { id: 'smallbridge', name: 'Smallbridge', imdDecile: 2 },
    ]);
  });

  it('adds the lookup’s other areas when asked', async () => {
    const [iod, lookup] = await tables('iod2019-file7-extract.csv', 'lsoa11-ward19-lookup.csv');
    const plan = planNeedFigures(meta([]), readDeprivationTable(iod!), readAreaLookup(lookup!), { addMissingAreas: true });
    expect(plan.meta.areas.map((a) => [a.name, a.imdDecile, a.population])).toEqual([
      ['Kirkholt', 1, 4810],
      ['Central Rochdale', 5, 1390],
      ['Bamford', 8, 3356],
      ['Norden', 6, 1500],
    ]);
  });
});

describe('the Indices of Deprivation, 2025 layout (2021 LSOAs) with a council’s township lookup', () => {
  it('reads the mid-2022 population and names LSOAs the file lacks', async () => {
    const [iod, lookup] = await tables('iod2025-file7-extract.csv', 'lsoa21-township-lookup.csv');
    const file = readDeprivationTable(iod!);
    expect(file).toMatchObject({ edition: 'IoD2025', lsoaYear: '2021' });
    const plan = planNeedFigures(meta([{ id: 'r', name: 'Rochdale' }, { id: 'h', name: 'Heywood' }, { id: 'p', name: 'Pennines' }, { id: 'm', name: 'Middleton' }]), file, readAreaLookup(lookup!));
    expect(plan.areas.map((a) => [a.name, a.decile, a.population, a.lsoas.length])).toEqual([
      ['Heywood', 5, 1420, 1],
      ['Pennines', 7, 3500, 2],
      ['Rochdale', 1, 5150, 3],
    ]);
    expect(plan.untouched).toEqual(['Middleton']);
    expect(plan.warnings.join(' ')).toMatch(/1 LSOA in the lookup is not in the deprivation file/);
  });

  it('says so when the lookup’s LSOA codes are from the other census', async () => {
    const [iod, lookup] = await tables('iod2025-file7-extract.csv', 'lsoa11-ward19-lookup.csv');
    const only2011 = { ...lookup!, rows: lookup!.rows.filter((r) => r[0] === 'E01005361' || r[0] === 'E01005366') };
    expect(() => planNeedFigures(meta([{ id: 'k', name: 'Kirkholt' }, { id: 'n', name: 'Norden' }]), readDeprivationTable(iod!), readAreaLookup(only2011))).toThrow(/uses 2021 LSOA codes \(IoD2025\): use a lookup from 2021 LSOAs/);
  });
});

describe('need figures are one undo step and feed the gap analysis', () => {
  it('applies as one command, and gaps in the most deprived area weigh most', async () => {
    const [iod, lookup] = await tables('iod2019-file7-extract.csv', 'lsoa11-ward19-lookup.csv');
    const doc: MapDocument = documentFromSnapshot({ map: meta([{ id: 'kirkholt', name: 'Kirkholt' }, { id: 'bamford', name: 'Bamford' }]), nodes: [], links: [] });
    const plan = planNeedFigures(doc.meta, readDeprivationTable(iod!), readAreaLookup(lookup!));
    const outcome = runCommand(doc, { type: 'importRecords', args: { nodes: [], links: [], meta: plan.meta, label: 'Need figures' } });
    if (!outcome.ok) throw new Error(outcome.error);
    const after = applyPatch(doc, outcome.patch);
    expect(after.meta.areas.map((a) => a.imdDecile)).toEqual([1, 8]);
    expect(applyPatch(after, { nodes: {}, links: {}, meta: { before: outcome.patch.meta!.after, after: outcome.patch.meta!.before } }).meta.areas).toEqual(doc.meta.areas);
    expect(needWeight(after.meta.areas[0]!)).toBeGreaterThan(needWeight(after.meta.areas[1]!)!);
    // With no safe spaces anywhere, both areas are all gaps: Kirkholt (decile 1) comes first.
    const coverage = coverageByArea(after.meta.areas, after.meta.audiences, [], () => {
      throw new Error('no spaces');
    });
    expect(coverage.map((c) => [c.areaId, c.needWeight])).toEqual([
      ['kirkholt', 1],
      ['bamford', 0.3],
    ]);
    expect(coverage[0]!.priority).toBeGreaterThan(coverage[1]!.priority);
    expect(coverage[0]!.spacesPer10k).toBe(0);
  });
});

describe('refusals', () => {
  it('name the file, row and column of a bad decile or population', async () => {
    const [iod] = await tables('iod2019-file7-extract.csv');
    const broken = { ...iod!, rows: iod!.rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === 6 ? '11' : c)) : r)) };
    expect(() => readDeprivationTable(broken)).toThrow(/row 4, field “Index of Multiple Deprivation \(IMD\) Decile \(where 1 is most deprived 10% of LSOAs\)”: “11” is not a decile/);
    const lookupOnly = { fileName: 'x.csv', headers: ['Ward'], rows: [['Kirkholt']] };
    expect(() => readAreaLookup(lookupOnly)).toThrow(/no column of LSOA codes/);
  });

  it('any bytes as an IoD file and lookup give a preview or a clear error (property)', async () => {
    const iodBytes = fixture('iod2025-file7-extract.csv').bytes;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.nat(iodBytes.length).map((n) => iodBytes.subarray(0, n)), fc.string().map((s) => enc(`LSOA code (2021),Index of Multiple Deprivation (IMD) Decile,Total population: mid 2022\n${s}`))), async (bytes) => {
        try {
          const source = await readImportFiles([{ name: 'iod.csv', bytes }, fixture('lsoa21-township-lookup.csv')]);
          const iod = source.tables.find(isDeprivationTable);
          if (!iod) return;
          planNeedFigures(meta([{ id: 'r', name: 'Rochdale' }]), readDeprivationTable(iod), readAreaLookup(source.tables.find((t) => t !== iod)!));
        } catch (error) {
          expect(error).toBeInstanceOf(FileProblem);
          expect((error as Error).message).toMatch(/^“(iod|lsoa21-township-lookup)\.csv” could not be used: /);
        }
      }),
      { numRuns: 200 },
    );
  });
});
