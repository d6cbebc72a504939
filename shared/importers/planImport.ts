import { plural } from '../analysis/words';
import type { MapDocument } from '../editing/mapDocument';
import { suggestLinkType } from '../editing/suggestLinkType';
import { FileProblem } from '../files/fileProblem';
import { placeNearNeighbours } from '../layout/placeNearNeighbours';
import { NODE_SCHEMAS, createLink, customFieldsOf, idSchema, mapLinkSchema, newId, type Area, type CustomFields, type MapLink, type MapMeta, type MapNode } from '../model';
import { describeChanges, sameRecord, type PlanChanges } from './importChanges';
import { matchHelpTopic } from './helpTopicMatch';
import type { ImportBatch, ImportedConnection, ImportedElement, SourcePlace } from './importBatch';

/** What an import will do to the map: shown in the preview, then applied as one command. */
export interface ImportPlan {
  readonly nodes: readonly MapNode[];
  readonly links: readonly MapLink[];
  /** The map's settings with any new areas added; absent when none are new. */
  readonly meta?: MapMeta;
  readonly counts: { readonly addedNodes: number; readonly updatedNodes: number; readonly addedLinks: number; readonly updatedLinks: number; readonly newAreas: number; readonly unchangedNodes: number; readonly unchangedLinks: number };
  /** What will be added and what changes in what is already there, by name, for the preview. */
  readonly changes: PlanChanges;
  readonly warnings: readonly string[];
}

const key = (kind: string, name: string) => `${kind}\u0000${name.trim().toLowerCase()}`;

/**
 * Matches imported records to the map — by id first, then by kind and name — so importing
 * the same spreadsheet again updates nodes instead of duplicating them. New nodes without a
 * position are placed next to what they link to. Throws FileProblem (naming file, row and
 * field) for anything that cannot be imported; nothing is applied until the whole plan is good.
 */
export interface PlanOptions {
  readonly seed?: number;
  readonly sourceName?: string;
  /** Skip placing new nodes: enough for a preview's counts. */
  readonly place?: boolean;
  /** The user's choice of help topic for each subject in the source (null: leave it out); others are matched by name. */
  readonly topicChoices?: Readonly<Record<string, string | null>>;
  /** Keep contacts' names as well as their roles (ORUK contacts); off unless the user chooses. */
  readonly contactNames?: boolean;
}

export function planImport(doc: MapDocument, batch: ImportBatch, options: PlanOptions = {}): ImportPlan {
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
  const unmatchedTopics = new Set<string>();
  const leftOutTopics = new Set<string>();

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
    const topicIds = (element.topicNames ?? []).flatMap((name) => {
      const chosen = options.topicChoices?.[name];
      if (chosen === null) {
        leftOutTopics.add(name.slice(0, 80));
        return [];
      }
      const topic = chosen !== undefined ? doc.meta.helpTopics.find((t) => t.id === chosen) : matchHelpTopic(name, doc.meta.helpTopics);
      if (!topic) unmatchedTopics.add(name.slice(0, 80));
      return topic ? [topic.id] : [];
    });
    const withNames = options.contactNames && element.contactWithNames !== undefined ? { ...element, contact: element.contactWithNames } : element;
    const node = buildNode(base, withNames, areaIds, topicIds);
    if (areaIds.length && (node.kind === 'person' || node.kind === 'project')) areaIgnored++;
    if (!existing && (element.x === undefined || element.y === undefined)) unplaced.push(id);
    if (!existing) added++;
    else if (!result.has(existing.id)) updated++;
    result.set(id, node);
    index(node);
  }
  if (unmatchedTopics.size) {
    const names = [...unmatchedTopics];
    warnings.push(`${names.length} subject${names.length === 1 ? '' : 's'} from the directory’s taxonomy match${names.length === 1 ? 'es' : ''} none of this map’s help topics, so ${names.length === 1 ? 'it was' : 'they were'} not kept: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}. Add ${names.length === 1 ? 'it as a help topic' : 'them as help topics'} in Map settings and import again to keep ${names.length === 1 ? 'it' : 'them'}.`);
  }
  if (leftOutTopics.size) {
    const names = [...leftOutTopics];
    warnings.push(`${names.length} subject${names.length === 1 ? '' : 's'} from the directory’s taxonomy ${names.length === 1 ? 'is' : 'are'} left out: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}. Choose a help topic for ${names.length === 1 ? 'it' : 'them'} under “Subjects in the directory”, or add one in Map settings first.`);
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
  // Records the import would leave exactly as they are are not written, and not counted as updated.
  const unchangedNodes = [...result.values()].filter((n) => doc.nodes[n.id] && sameRecord(doc.nodes[n.id], n));
  for (const n of unchangedNodes) result.delete(n.id);
  const changedLinks = links.list.filter((l) => !(doc.links[l.id] && sameRecord(doc.links[l.id], l)));
  const meta = newAreas.length ? { ...doc.meta, areas: [...doc.meta.areas, ...newAreas] } : undefined;
  if (meta && meta.areas.length > 1000) throw new FileProblem(batch.elements[0]?.place.fileName ?? 'The file', 'it names more than 1,000 areas.');
  return {
    nodes: [...result.values()],
    links: changedLinks,
    ...(meta ? { meta } : {}),
    counts: {
      addedNodes: added,
      updatedNodes: updated - unchangedNodes.length,
      addedLinks: links.added,
      updatedLinks: links.updated - (links.list.length - changedLinks.length),
      newAreas: newAreas.length,
      unchangedNodes: unchangedNodes.length,
      unchangedLinks: links.list.length - changedLinks.length,
    },
    changes: describeChanges(doc, [...result.values()], changedLinks),
    warnings,
  };
}

function buildNode(base: Pick<MapNode, 'id' | 'mapId' | 'name' | 'kind' | 'x' | 'y'> & Partial<MapNode>, e: ImportedElement, areaIds: string[], topicIds: string[]): MapNode {
  const candidate: Record<string, unknown> = { ...base, name: e.name };
  if (e.x !== undefined && e.y !== undefined) Object.assign(candidate, { x: e.x, y: e.y });
  if (e.notes !== undefined) candidate.notes = e.notes;
  if (e.tags !== undefined) candidate.tags = e.tags;
  if (e.customFields && Object.keys(e.customFields).length) candidate.customFields = mergeCustom(base, e.customFields);
  const kind = base.kind;
  if (kind === 'person') {
    if (e.role !== undefined) candidate.role = e.role;
    if (e.contact !== undefined) candidate.contact = e.contact;
  } else if (kind === 'organisation') {
    if (e.orgType !== undefined) candidate.orgType = e.orgType;
    if (e.website !== undefined) candidate.website = e.website;
    if (e.contact !== undefined) candidate.contact = e.contact;
    if (areaIds.length) candidate.areasServed = areaIds;
    if (topicIds.length) candidate.helpTopics = [...new Set([...((base as { helpTopics?: string[] }).helpTopics ?? []), ...topicIds])];
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
  // Several links may join the same pair with the same type (Kumu keeps duplicates): each row
  // matches a different one, in order, so re-importing a file never merges or duplicates them.
  const byEnds = new Map<string, MapLink[]>();
  const addByEnds = (link: MapLink) => {
    const k = `${link.source}>${link.target}>${link.type}`;
    byEnds.set(k, [...(byEnds.get(k) ?? []).filter((l) => l.id !== link.id), link]);
  };
  for (const link of Object.values(doc.links)) addByEnds(link);
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
    const sameEnds = (byEnds.get(`${source.id}>${target.id}>${type}`) ?? []).find((l) => !out.has(l.id));
    const existing = (c.id ? (linkIds.has(c.id) ? out.get(linkIds.get(c.id)!) : doc.links[c.id]) : undefined) ?? sameEnds;
    const base = existing && existing.type === type ? existing : existing ? { ...createLink({ id: existing.id, mapId: doc.meta.id, source: source.id, target: target.id, type }) } : createLink({ id: c.id && idSchema.safeParse(c.id).success && !doc.links[c.id] && !out.has(c.id) ? c.id : newId(), mapId: doc.meta.id, source: source.id, target: target.id, type });
    const candidate = { ...base, source: source.id, target: target.id, ...(c.notes !== undefined ? { notes: c.notes } : {}), ...(c.strength ? { strength: c.strength } : {}), ...(c.directed !== undefined ? { directed: c.directed } : {}), ...(c.customFields && Object.keys(c.customFields).length ? { customFields: mergeCustom(base, c.customFields) } : {}) };
    const parsed = mapLinkSchema.safeParse(candidate);
    if (!parsed.success) throw new FileProblem(c.place.fileName, `${parsed.error.issues[0]!.message}.`, placeOf(c.place));
    if (!out.has(parsed.data.id)) {
      if (existing) updated++;
      else added++;
    }
    out.set(parsed.data.id, parsed.data);
    if (c.id) linkIds.set(c.id, parsed.data.id);
    addByEnds(parsed.data);
  }
  if (guessedType) warnings.push(`${guessedType} link${guessedType === 1 ? ' has' : 's have'} no kind we recognise; the likeliest kind was chosen from what ${guessedType === 1 ? 'it joins' : 'they join'}.`);
  if (selfLinks) warnings.push(`${selfLinks} link${selfLinks === 1 ? '' : 's'} from something to itself ${selfLinks === 1 ? 'was' : 'were'} left out.`);
  return { list: [...out.values()], added, updated };
}

/** Imported custom fields join (and override) the ones a record already has. */
function mergeCustom(base: { customFields?: CustomFields | undefined }, imported: CustomFields): CustomFields {
  return { ...customFieldsOf(base), ...imported };
}

function placeOf(place: SourcePlace): { row?: number; record?: string } {
  return { ...(place.row !== undefined ? { row: place.row } : {}), ...(place.record ? { record: place.record } : {}) };
}

function where(place: SourcePlace): string {
  return `${place.fileName}${place.row !== undefined ? `, row ${place.row}` : ''}${place.record ? `, ${place.record}` : ''}`;
}
