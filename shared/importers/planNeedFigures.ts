import { FileProblem } from '../files/fileProblem';
import { newId, type Area, type MapMeta } from '../model';
import type { AreaLookup } from './areaLookup';
import type { DeprivationFile, LsoaFigures } from './deprivationFile';
import { tableName } from './table';

/** One area's need figures as the preview shows them, with the LSOAs they came from. */
export interface AreaNeed {
  /** Null for an area the import would add. */
  readonly areaId: string | null;
  readonly name: string;
  readonly decile: number;
  /** Null when the file has no population (the decile is then an unweighted mean). */
  readonly population: number | null;
  readonly before: { readonly decile?: number; readonly population?: number };
  readonly lsoas: readonly LsoaFigures[];
  /** Lookup LSOAs the deprivation file does not have. */
  readonly missing: readonly string[];
}

export interface NeedFiguresPlan {
  readonly edition: string;
  readonly areas: readonly AreaNeed[];
  /** Areas in the lookup that are not on the map (and are not being added). */
  readonly notOnMap: readonly string[];
  /** The map's areas the lookup says nothing about: left as they are. */
  readonly untouched: readonly string[];
  readonly meta: MapMeta;
  readonly warnings: readonly string[];
}

/** "Kirkholt Ward", "kirkholt" and "Kirkholt " are the same area. */
const areaKey = (name: string) => name.toLowerCase().replace(/\bward\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Gives each area the population-weighted mean of its LSOAs' IMD deciles (rounded to a whole
 * decile) and their total population, from the Indices of Deprivation and a lookup from LSOA
 * to area. The gap analysis then weighs each area's gaps by that need (shared/analysis).
 */
export function planNeedFigures(meta: MapMeta, iod: DeprivationFile, lookup: AreaLookup, options: { addMissingAreas?: boolean } = {}): NeedFiguresPlan {
  const lookupName = tableName(lookup.table);
  const byArea = new Map<string, { name: string; codes: Set<string> }>();
  for (const row of lookup.table.rows) {
    const code = (row[lookup.lsoaColumn] ?? '').trim().toUpperCase();
    const name = (row[lookup.areaColumn] ?? '').trim();
    if (!code || !name) continue;
    const key = areaKey(name);
    if (!key) continue;
    const entry = byArea.get(key) ?? { name, codes: new Set<string>() };
    entry.codes.add(code);
    byArea.set(key, entry);
  }
  if (byArea.size === 0) throw new FileProblem(lookupName, 'no row has both an LSOA code and an area name.');
  const mapAreas = new Map(meta.areas.map((a) => [areaKey(a.name), a]));
  const areas: AreaNeed[] = [];
  const notOnMap: string[] = [];
  let unknownCodes = 0;
  let matchedCodes = 0;
  for (const [key, { name, codes }] of byArea) {
    const existing = mapAreas.get(key);
    if (!existing && !options.addMissingAreas) {
      notOnMap.push(name);
      continue;
    }
    const lsoas: LsoaFigures[] = [];
    const missing: string[] = [];
    for (const code of codes) {
      const figures = iod.byCode.get(code);
      if (figures) lsoas.push(figures);
      else missing.push(code);
    }
    unknownCodes += missing.length;
    matchedCodes += lsoas.length;
    if (lsoas.length === 0) continue;
    const { decile, population } = weighted(lsoas);
    areas.push({
      areaId: existing?.id ?? null,
      name: existing?.name ?? name.slice(0, 200),
      decile,
      population,
      before: { ...(existing?.imdDecile !== undefined ? { decile: existing.imdDecile } : {}), ...(existing?.population !== undefined ? { population: existing.population } : {}) },
      lsoas: lsoas.sort((a, b) => a.code.localeCompare(b.code)),
      missing,
    });
  }
  const warnings: string[] = [];
  if (matchedCodes === 0) {
    const hint = iod.lsoaYear === '2021' ? 'the deprivation file uses 2021 LSOA codes (IoD2025): use a lookup from 2021 LSOAs' : iod.lsoaYear === '2011' ? 'the deprivation file uses 2011 LSOA codes (IoD2019): use a lookup from 2011 LSOAs' : 'check both use the same LSOA codes';
    throw new FileProblem(lookupName, `none of its LSOA codes ${notOnMap.length && areas.length === 0 && byArea.size === notOnMap.length ? 'belong to areas on this map, or are' : 'are'} in ${tableName(iod.table)}; ${hint}.`);
  }
  if (unknownCodes) warnings.push(`${unknownCodes} LSOA${unknownCodes === 1 ? '' : 's'} in the lookup ${unknownCodes === 1 ? 'is' : 'are'} not in the deprivation file and ${unknownCodes === 1 ? 'was' : 'were'} left out (a lookup from ${iod.lsoaYear === '2021' ? '2011' : '2021'} LSOAs?).`);
  if (areas.some((a) => a.population === null)) warnings.push('This file has no population column, so each decile is a plain average and populations are left as they were. File 7 (“all scores, ranks, deciles and population denominators”) has them.');
  if (notOnMap.length) warnings.push(`${notOnMap.length} area${notOnMap.length === 1 ? '' : 's'} in the lookup ${notOnMap.length === 1 ? 'is' : 'are'} not on the map: ${notOnMap.slice(0, 8).join(', ')}${notOnMap.length > 8 ? '…' : ''}.`);
  const touched = new Set(areas.map((a) => a.areaId));
  const untouched = meta.areas.filter((a) => !touched.has(a.id)).map((a) => a.name);
  const updated = new Map(areas.filter((a) => a.areaId).map((a) => [a.areaId!, a]));
  const next: Area[] = meta.areas.map((area) => {
    const figure = updated.get(area.id);
    if (!figure) return area;
    return { ...area, imdDecile: figure.decile, ...(figure.population !== null ? { population: figure.population } : {}) };
  });
  const added: Area[] = areas.filter((a) => a.areaId === null).map((a) => ({ id: newId(), name: a.name, imdDecile: a.decile, ...(a.population !== null ? { population: a.population } : {}) }));
  if (next.length + added.length > 1000) throw new FileProblem(lookupName, 'it names more than 1,000 areas; a map can have at most 1,000.');
  return { edition: iod.edition, areas: areas.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), notOnMap, untouched, meta: { ...meta, areas: [...next, ...added] }, warnings };
}

/** The population-weighted mean decile of some LSOAs, rounded, and their total population. */
function weighted(lsoas: readonly LsoaFigures[]): { decile: number; population: number | null } {
  const people = lsoas.reduce((sum, l) => sum + (l.population ?? 0), 0);
  const hasPopulation = lsoas.every((l) => l.population !== null);
  const mean = hasPopulation && people > 0 ? lsoas.reduce((sum, l) => sum + l.decile * l.population!, 0) / people : lsoas.reduce((sum, l) => sum + l.decile, 0) / lsoas.length;
  return { decile: Math.min(10, Math.max(1, Math.round(mean))), population: hasPopulation ? people : null };
}
