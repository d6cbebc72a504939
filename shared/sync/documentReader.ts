import * as Y from 'yjs';
import { LINK_RECORD, MAP_SETTINGS_RECORD, NODE_RECORD, type Id, type MapLink, type MapNode, type MapSettings, type RecordType } from '../model';
import type { MapDocument } from '../editing';
import { assembleMeta, LINKS, META_LISTS, NODES, SETTINGS, unflattenSettings, type ListEntry, type ListSpec } from './docLayout';
import { jsonEqual } from './jsonEqual';
import { readRecord } from './readRecord';
import { noteChanges } from './recordChanges';
import { shareFields } from './shareFields';
import type { Collection } from './recordFields';

const NOUNS: Record<string, string> = { nodes: 'Node', links: 'Link' };

/**
 * Nodes and links already validated that a document holds exactly: it was just written from
 * them (writeDocument), or its records were checked to read as them (a file's state). The first
 * read takes them as they are instead of validating every record a second time; `mapId` is the
 * document's own, whatever they say (a file's state adopted under a new id).
 */
export interface KnownRecords {
  readonly nodes: Readonly<Record<Id, MapNode>>;
  readonly links: Readonly<Record<Id, MapLink>>;
}

/**
 * Turns a map's Yjs document into the editor's immutable `MapDocument`, and keeps it up to date
 * as the document changes — by this window's own commands, another window, or a colleague, all
 * the same way. Each changed record is read and validated on its own; every record that did
 * not change keeps its object, and a list or collection with no change keeps its identity, so
 * dragging a sticky note never gives `meta.areas` (or any node) a new identity.
 *
 * A record that fails validation is set aside and reported in `problems`; it is left in the
 * document untouched (it may be a newer version's), and never reaches the editor. A link
 * whose node was deleted elsewhere is held back until the node exists again.
 */
export class DocumentReader {
  private nodes: Record<Id, MapNode> = {};
  private links: Record<Id, MapLink> = {};
  /** Valid links with an end that is not (or no longer) on the map. */
  private heldLinks = new Map<Id, MapLink>();
  private lists = new Map<string, Map<Id, { entry: ListEntry; order: number }>>();
  private listArrays: Record<string, readonly ListEntry[]> = {};
  private settings: MapSettings | null = null;
  private setAside = new Map<string, string>();
  private current: MapDocument | null = null;
  private problemList: readonly string[] = [];
  private read = 0;
  /** Only during readAll: records taken as read (KnownRecords). */
  private known: KnownRecords | null = null;

  constructor(
    private readonly ydoc: Y.Doc,
    known?: KnownRecords,
  ) {
    this.readAll(known);
  }

  get doc(): MapDocument | null {
    return this.current;
  }

  get problems(): readonly string[] {
    return this.problemList;
  }

  /** How many records have been read and validated so far: a change to one record reads one. */
  get recordsRead(): number {
    return this.read;
  }

  /**
   * Reads the whole document again (after loading it). `known`: records it holds exactly,
   * already validated (see KnownRecords); any record not among them is read and validated.
   */
  readAll(known?: KnownRecords): MapDocument | null {
    return this.readWhole(known, true);
  }

  /** Reads the document afresh: its settings and lists, and its nodes and links if `records`. */
  private readWhole(known: KnownRecords | undefined, records: boolean): MapDocument | null {
    const nodes = this.ydoc.getMap<Y.Map<unknown>>(NODES);
    const links = this.ydoc.getMap<Y.Map<unknown>>(LINKS);
    this.nodes = {};
    this.links = {};
    this.heldLinks.clear();
    this.setAside.clear();
    this.lists.clear();
    this.listArrays = {};
    this.settings = null;
    this.known = known ?? null;
    try {
      this.applyChanges({ nodes: records ? [...nodes.keys()] : [], links: records ? [...links.keys()] : [], settings: true, lists: new Map(META_LISTS.map((s) => [s.key, null])) }, true);
    } finally {
      this.known = null;
    }
    return this.current;
  }

  /**
   * Takes `doc`'s nodes and links as what the document holds, without reading them again: for
   * a document just written from exactly these records (writeDocumentInSteps), where reading
   * 20,000 records back would be a long task. The settings and lists are read (they carry the
   * document's own list order). Returns whether they read as `doc.meta`: then the reader's map
   * is `doc` itself, and the editor's map keeps its identity; if not, the caller hands the
   * editor the reader's map.
   */
  adopt(doc: MapDocument): boolean {
    this.readWhole(undefined, false);
    if (!this.current) return false;
    this.nodes = doc.nodes as Record<Id, MapNode>;
    this.links = doc.links as Record<Id, MapLink>;
    const same = jsonEqual(this.current.meta, doc.meta);
    if (same) for (const spec of META_LISTS) this.listArrays = { ...this.listArrays, [spec.key]: spec.get(doc.meta) };
    this.current = same ? doc : { meta: this.current.meta, nodes: doc.nodes, links: doc.links };
    return same;
  }

  /** Applies the records a transaction changed; returns whether the document changed. */
  applyTransaction(changed: ChangedRecords): boolean {
    const before = this.current;
    this.applyChanges(changed, false);
    return this.current !== before;
  }

  private applyChanges(changed: ChangedRecords, whole: boolean): void {
    let metaChanged = false;
    if (changed.settings) {
      const root = this.ydoc.getMap<unknown>(SETTINGS);
      if (root.size > 0) {
        const read = readRecord(MAP_SETTINGS_RECORD, settingsEntries(root), 'settings');
        if (read.result.ok) {
          this.setAside.delete(SETTINGS);
          if (!this.settings || !jsonEqual(this.settings, read.result.value)) {
            this.settings = read.result.value;
            metaChanged = true;
          }
        } else {
          // The map keeps its last good settings; a map cannot be shown without a name.
          this.setAside.set(SETTINGS, `The map's settings could not be read: ${read.result.error}`);
        }
      }
    }
    let nodes = this.nodes;
    const addedNodes: Id[] = [];
    const removedNodes = new Set<Id>();
    const changedNodes = new Set<Id>();
    if (changed.nodes.length) {
      nodes = whole ? this.nodes : copyOf(this.nodes);
      const root = this.ydoc.getMap<Y.Map<unknown>>(NODES);
      for (const id of changed.nodes) {
        const value = this.knownOne(this.known?.nodes[id], root, id) ?? this.readOne(NODE_RECORD, root, 'nodes', id);
        const old = nodes[id];
        if (value === null) {
          if (old) {
            delete nodes[id];
            removedNodes.add(id);
            changedNodes.add(id);
          }
        } else if (!old || !jsonEqual(old, value)) {
          if (!old) addedNodes.push(id);
          nodes[id] = old ? shareFields(old, value) : value;
          changedNodes.add(id);
        }
      }
      if (!whole && !changedNodes.size) nodes = this.nodes;
      else if (!whole) noteChanges(this.nodes, nodes, changedNodes);
    }
    let links = this.links;
    if (changed.links.length || removedNodes.size || (addedNodes.length && this.heldLinks.size)) {
      links = whole ? this.links : copyOf(this.links);
      const root = this.ydoc.getMap<Y.Map<unknown>>(LINKS);
      const place = (id: Id, value: MapLink | null) => {
        this.heldLinks.delete(id);
        if (value && (!nodes[value.source] || !nodes[value.target])) {
          this.heldLinks.set(id, value);
          value = null;
        }
        const old = links[id];
        if (value === null) delete links[id];
        else if (!old || !jsonEqual(old, value)) links[id] = old ? shareFields(old, value) : value;
      };
      for (const id of changed.links) place(id, this.knownOne(this.known?.links[id], root, id) ?? this.readOne(LINK_RECORD, root, 'links', id));
      if (removedNodes.size) {
        for (const link of Object.values(links)) if (removedNodes.has(link.source) || removedNodes.has(link.target)) place(link.id, link);
      }
      if (addedNodes.length) for (const link of [...this.heldLinks.values()]) place(link.id, link);
    }
    for (const [key, ids] of changed.lists) {
      const spec = META_LISTS.find((s) => s.key === key);
      if (spec && this.applyList(spec, ids)) metaChanged = true;
    }
    if (nodes === this.nodes && links === this.links && !metaChanged && !whole) {
      this.finishProblems();
      return;
    }
    this.nodes = nodes;
    this.links = links;
    this.finishProblems();
    if (!this.settings) {
      this.current = null;
      return;
    }
    const meta = metaChanged || !this.current ? assembleMeta(this.settings, this.listArrays) : this.current.meta;
    this.current = { meta, nodes, links };
  }

  private applyList(spec: ListSpec, ids: readonly Id[] | null): boolean {
    const root = this.ydoc.getMap<Y.Map<unknown>>(spec.key);
    let entries = this.lists.get(spec.key);
    if (!entries) this.lists.set(spec.key, (entries = new Map()));
    let changed = ids === null;
    for (const id of ids ?? [...root.keys()]) {
      const ymap = root.get(id);
      const key = `${spec.key}/${id}`;
      if (!(ymap instanceof Y.Map)) {
        if (entries.delete(id)) changed = true;
        this.setAside.delete(key);
        continue;
      }
      this.read++;
      const read = readRecord(spec.type, ymap, 'list', { id });
      const old = entries.get(id);
      if (!read.result.ok) {
        this.setAside.set(key, `${describeEntry(spec, read.name)} could not be used: ${read.result.error}`);
        if (entries.delete(id)) changed = true;
        continue;
      }
      this.setAside.delete(key);
      if (old && old.order === read.order && jsonEqual(old.entry, read.result.value)) continue;
      entries.set(id, { entry: old && jsonEqual(old.entry, read.result.value) ? old.entry : read.result.value, order: read.order });
      changed = true;
    }
    if (changed) {
      this.listArrays = {
        ...this.listArrays,
        [spec.key]: [...entries.values()]
          .sort((a, b) => a.order - b.order || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0))
          .map((e) => e.entry),
      };
    }
    return changed;
  }

  private readOne<T>(type: RecordType<T>, root: Y.Map<Y.Map<unknown>>, collection: string, id: Id): T | null {
    const key = `${collection}/${id}`;
    const ymap = root.get(id);
    if (!(ymap instanceof Y.Map)) {
      this.setAside.delete(key);
      return null;
    }
    this.read++;
    const read = readRecord(type, ymap, collection as Collection, { id, mapId: this.settings?.id });
    if (read.result.ok) {
      this.setAside.delete(key);
      return read.result.value;
    }
    const noun = NOUNS[collection] ?? 'Record';
    this.setAside.set(key, `${read.name ? `${noun} "${read.name}"` : `${noun} ${id}`} was set aside: ${read.result.error}`);
    return null;
  }

  /** A known record (KnownRecords) for a record the document holds, with the document's map id. */
  private knownOne<T extends { readonly id: Id; readonly mapId: Id }>(record: T | undefined, root: Y.Map<Y.Map<unknown>>, id: Id): T | null {
    if (!record || record.id !== id || !(root.get(id) instanceof Y.Map)) return null;
    const mapId = this.settings?.id;
    return mapId === undefined || record.mapId === mapId ? record : { ...record, mapId };
  }

  private finishProblems(): void {
    const problems = [...this.setAside.values()];
    if (!jsonEqual(problems, this.problemList)) this.problemList = problems;
  }
}

/** Which records a transaction touched; a list's `null` means "read the whole list". */
export interface ChangedRecords {
  readonly nodes: readonly Id[];
  readonly links: readonly Id[];
  readonly settings: boolean;
  readonly lists: ReadonlyMap<string, readonly Id[] | null>;
}

/**
 * A shallow copy of a collection of records, sharing every record. A for-in loop copies a
 * 5,000-key object in under half the time of a spread in V8, and this copy is made on every edit.
 */
function copyOf<T>(records: Record<Id, T>): Record<Id, T> {
  const copy: Record<Id, T> = {};
  for (const id in records) copy[id] = records[id]!;
  return copy;
}

function describeEntry(spec: ListSpec, name: string): string {
  const noun = spec.type.name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return name ? `A ${noun} "${name}"` : `A ${noun}`;
}

/** The settings map's fields with their flat keys (`voting.dotsEach`) folded back into objects. */
export function settingsEntries(root: Y.Map<unknown>): [string, unknown][] {
  const flat: Record<string, unknown> = {};
  const own: [string, unknown][] = [];
  for (const [k, v] of root.entries()) {
    if (k.charCodeAt(0) === 95) own.push([k, v]);
    else flat[k] = v;
  }
  return [...Object.entries(unflattenSettings(flat)), ...own];
}
