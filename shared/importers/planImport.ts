import { plural } from '../analysis/words';
import type { MapDocument } from '../editing/mapDocument';
import { suggestLinkType } from '../editing/suggestLinkType';
import { FileProblem } from '../files/fileProblem';
import { placeNearNeighbours } from '../layout/placeNearNeighbours';
import { NODE_SCHEMAS, createLink, idSchema, mapLinkSchema, newId, type Area, type MapLink, type MapMeta, type MapNode } from '../model';
import type { ImportBatch, ImportedConnection, ImportedElement, SourcePlace } from './importBatch';

/** What an import will do to the map: shown in the preview, then applied as one command. */
export interface ImportPlan {
  readonly nodes: readonly MapNode[];
  readonly links: readonly MapLink[];
  /** The map's settings with any new areas added; absent when none are new. */
  readonly meta?: MapMeta;
  readonly counts: { readonly addedNodes: number; readonly updatedNodes: number; readonly addedLinks: number; readonly updatedLinks: number; readonly newAreas: number };
  readonly warnings: readonly string[];
}

const key = (kind: string, name: string) => `${kind}\u0000${name.trim().toLowerCase()}`;

/**
 * Matches imported records to the map — by id first, then by kind and name — so importing
 * the same spreadsheet again updates nodes instead of duplicating them. New nodes without a
 * position are placed next to what they link to. Throws FileProblem (naming file, row and
 * field) for anything that cannot be imported; nothing is applied until the whole plan is good.
 */
export function planImport(doc: MapDocument, batch: ImportBatch, options: { seed?: number; sourceName?: string; /** Skip placing new nodes: enough for a preview's counts. */ place?: boolean } = {}): ImportPlan {
  if (batch.elements.length === 0 && batch.connections.length === 0) {
    throw new FileProblem(options.sourceName ?? 'The file', 'there is nothing in it to import: no rows with a name or a link.');
  }
  const warnings = [...batch.warnings];
  const mapId = doc.meta.id;
  const result = new Map<string, MapNode>();
  const byKindName = new Map<string, string>();
  const byName = new Map<string, Set<string>>();
  const index = (node: MapNode) => {
    byKindName.set(key(node.kind, node.name), node.id);
    const set = byName.get(node.name.trim().toLowerCase()) ?? new Set<string>();
    set.add(node.id);
    byName.set(node.name.trim().toLowerCase(), set);
  };
  Object.values(doc.nodes).forEach(index);
  const importedIds = new Map<string, string>();
  const areas = new Map<string, Area>(doc.meta.areas.map((a) => [a.name.trim().toLowerCase(), a]));
  const newAreas: Area[] = [];
  const unplaced: string[] = [];
  const claimed = new Set<string>();
  let added = 0;
  let updated = 0;
  let areaIgnored = 0;

  for (const element of batch.elements) {
    // By id first; then by kind and name — but a row with its own id never takes over a node
    // another row of this import already claimed (two people can share a name).
    const byId = element.id ? (importedIds.get(element.id) ?? (result.has(element.id) || doc.nodes[element.id] ? element.id : undefined)) : undefined;
    const byNameId = byKindName.get(key(element.kind, element.name));
    const existingId = byId ?? (byNameId && !(element.id && claimed.has(byNameId)) ? byNameId : undefined);
    const existing = existingId ? (result.get(existingId) ?? doc.nodes[existingId]) : undefined;
    if (existing && existing.kind !== element.kind) warnings.push(`${where(element.place)}: “${element.name}” is already on the map as a ${existing.kind}, so it stays one.`);
    const id = existing?.id ?? (element.id && idSchema.safeParse(element.id).success && !doc.nodes[element.id] && !result.has(element.id) ? element.id : newId());
    if (element.id) importedIds.set(element.id, id);
    claimed.add(id);
    const areaIds = (element.areaNames ?? []).map((name) => {
      const found = areas.get(name.toLowerCase());
      if (found) return found.id;
      const area: Area = { id: newId(), name: name.slice(0, 200) };
      areas.set(name.toLowerCase(), area);
      newAreas.push(area);
      return area.id;
    });
    const base = existing ?? { id, mapId, name: element.name, kind: element.kind, x: element.x ?? 0, y: element.y ?? 0 };
    const node = buildNode(base, element, areaIds);
    if (areaIds.length && (node.kind === 'person' || node.kind === 'project')) areaIgnored++;
    if (!existing && (element.x === undefined || element.y === undefined)) unplaced.push(id);
    if (!existing) added++;
    else if (!result.has(existing.id)) updated++;
    result.set(id, node);
    index(node);
  }
  if (areaIgnored) warnings.push(`Areas were left out for ${plural(areaIgnored, 'person or project', 'people or projects')}: only spaces and organisations have areas.`);

  const links = planLinks(doc, batch.connections, { result, importedIds, byName }, warnings);
  const allNodes = { ...doc.nodes, ...Object.fromEntries(result) };
  if (unplaced.length && options.place !== false) {
    const unplacedSet = new Set(unplaced);
    const placed = Object.values(allNodes).filter((n) => !unplacedSet.has(n.id));
    const allLinks = [...Object.values(doc.links), ...links.list];
    const spots = placeNearNeighbours(placed, unplaced, allLinks, { seed: options.seed ?? 1 });
    for (const id of unplaced) {
      const spot = spots.get(id);
      if (spot) result.set(id, { ...result.get(id)!, x: spot.x, y: spot.y });
    }
  }
  const meta = newAreas.length ? { ...doc.meta, areas: [...doc.meta.areas, ...newAreas] } : undefined;
  if (meta && meta.areas.length > 1000) throw new FileProblem(batch.elements[0]?.place.fileName ?? 'The file', 'it names more than 1,000 areas.');
  return {
    nodes: [...result.values()],
    links: links.list,
    ...(meta ? { meta } : {}),
    counts: { addedNodes: added, updatedNodes: updated, addedLinks: links.added, updatedLinks: links.updated, newAreas: newAreas.length },
    warnings,
  };
}

function buildNode(base: Pick<MapNode, 'id' | 'mapId' | 'name' | 'kind' | 'x' | 'y'> & Partial<MapNode>, e: ImportedElement, areaIds: string[]): MapNode {
  const candidate: Record<string, unknown> = { ...base, name: e.name };
  if (e.x !== undefined && e.y !== undefined) Object.assign(candidate, { x: e.x, y: e.y });
  if (e.notes !== undefined) candidate.notes = e.notes;
  if (e.tags !== undefined) candidate.tags = e.tags;
  const kind = base.kind;
  if (kind === 'person') {
    if (e.role !== undefined) candidate.role = e.role;
    if (e.contact !== undefined) candidate.contact = e.contact;
  } else if (kind === 'organisation') {
    if (e.orgType !== undefined) candidate.orgType = e.orgType;
    if (e.website !== undefined) candidate.website = e.website;
    if (e.contact !== undefined) candidate.contact = e.contact;
    if (areaIds.length) candidate.areasServed = areaIds;
  } else if (kind === 'space') {
    if (e.address !== undefined) candidate.address = e.address;
    if (e.postcode !== undefined) candidate.postcode = e.postcode;
    if (e.sessions !== undefined) candidate.sessions = e.sessions;
    if (areaIds.length) candidate.areaId = areaIds[0];
  }
  const parsed = NODE_SCHEMAS[kind].safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new FileProblem(e.place.fileName, `${issue.message.replace(/\.$/, '')}.`, { ...placeOf(e.place), field: FIELD_WORDS[String(issue.path[0])] ?? String(issue.path[0]) });
  }
  return parsed.data as MapNode;
}

const FIELD_WORDS: Record<string, string> = { name: 'Label', notes: 'Description', tags: 'Tags', role: 'Role', orgType: 'Organisation type', website: 'Website', contact: 'Contact', address: 'Address', postcode: 'Postcode', x: 'X', y: 'Y', sessions: 'Opening times' };

interface Lookup {
  readonly result: Map<string, MapNode>;
  readonly importedIds: Map<string, string>;
  readonly byName: Map<string, Set<string>>;
}

function planLinks(doc: MapDocument, connections: readonly ImportedConnection[], lookup: Lookup, warnings: string[]) {
  const nodeOf = (id: string) => lookup.result.get(id) ?? doc.nodes[id];
  const resolve = (c: ImportedConnection, end: 'from' | 'to'): MapNode => {
    const ref = c[end];
    const byId = lookup.importedIds.get(ref) ?? (nodeOf(ref) ? ref : undefined);
    if (byId) return nodeOf(byId)!;
    const named = lookup.byName.get(ref.trim().toLowerCase());
    const field = end === 'from' ? 'From' : 'To';
    if (!named || named.size === 0) throw new FileProblem(c.place.fileName, `there is nothing called “${ref.slice(0, 60)}” to link to. Add it to the elements first.`, { ...placeOf(c.place), field });
    if (named.size > 1) throw new FileProblem(c.place.fileName, `more than one thing is called “${ref.slice(0, 60)}”. Give each element an ID and use the IDs here.`, { ...placeOf(c.place), field });
    return nodeOf([...named][0]!)!;
  };
  const byEnds = new Map<string, MapLink>();
  for (const link of Object.values(doc.links)) byEnds.set(`${link.source}>${link.target}>${link.type}`, link);
  const out = new Map<string, MapLink>();
  const linkIds = new Map<string, string>();
  let added = 0;
  let updated = 0;
  let guessedType = 0;
  let selfLinks = 0;
  for (const c of connections) {
    const source = resolve(c, 'from');
    const target = resolve(c, 'to');
    if (source.id === target.id) {
      selfLinks++;
      continue;
    }
    if (c.type === null) guessedType++;
    const type = c.type ?? suggestLinkType(source.kind, target.kind);
    const sameEnds = byEnds.get(`${source.id}>${target.id}>${type}`);
    const existing = (c.id ? (linkIds.has(c.id) ? out.get(linkIds.get(c.id)!) : doc.links[c.id]) : undefined) ?? (sameEnds && !(c.id && out.has(sameEnds.id)) ? sameEnds : undefined);
    const base = existing && existing.type === type ? existing : existing ? { ...createLink({ id: existing.id, mapId: doc.meta.id, source: source.id, target: target.id, type }) } : createLink({ id: c.id && idSchema.safeParse(c.id).success && !doc.links[c.id] && !out.has(c.id) ? c.id : newId(), mapId: doc.meta.id, source: source.id, target: target.id, type });
    const candidate = { ...base, source: source.id, target: target.id, ...(c.notes !== undefined ? { notes: c.notes } : {}), ...(c.strength ? { strength: c.strength } : {}), ...(c.directed !== undefined ? { directed: c.directed } : {}) };
    const parsed = mapLinkSchema.safeParse(candidate);
    if (!parsed.success) throw new FileProblem(c.place.fileName, `${parsed.error.issues[0]!.message}.`, placeOf(c.place));
    if (!out.has(parsed.data.id)) {
      if (existing) updated++;
      else added++;
    }
    out.set(parsed.data.id, parsed.data);
    if (c.id) linkIds.set(c.id, parsed.data.id);
    byEnds.set(`${source.id}>${target.id}>${type}`, parsed.data);
  }
  if (guessedType) warnings.push(`${guessedType} link${guessedType === 1 ? ' has' : 's have'} no kind we recognise; the likeliest kind was chosen from what ${guessedType === 1 ? 'it joins' : 'they join'}.`);
  if (selfLinks) warnings.push(`${selfLinks} link${selfLinks === 1 ? '' : 's'} from something to itself ${selfLinks === 1 ? 'was' : 'were'} left out.`);
  return { list: [...out.values()], added, updated };
}

function placeOf(place: SourcePlace): { row?: number; record?: string } {
  return { ...(place.row !== undefined ? { row: place.row } : {}), ...(place.record ? { record: place.record } : {}) };
}

function where(place: SourcePlace): string {
  return `${place.fileName}${place.row !== undefined ? `, row ${place.row}` : ''}${place.record ? `, ${place.record}` : ''}`;
}
