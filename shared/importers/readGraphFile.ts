import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { decodeText } from '../files/fileBytes';
import { FileProblem } from '../files/fileProblem';
import { toTable } from './readCsv';
import { MAX_ROWS, type Table } from './table';

export type GraphFormat = 'gexf' | 'graphml';
const FORMAT_NAMES: Record<GraphFormat, string> = { gexf: 'GEXF', graphml: 'GraphML' };

/**
 * The root element of an XML file, after its declaration, comments and doctype; null when the
 * text does not start like XML. What a file is comes from this, not from its name.
 */
export function xmlRootOf(text: string): string | null {
  const head = text.slice(0, 64 * 1024).replace(/^\uFEFF/, '');
  const stripped = head.replace(/^\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  const match = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(stripped);
  return match ? match[2]!.toLowerCase() : null;
}

/** Which graph format XML text is, or null. */
export function graphFormatOf(text: string): GraphFormat | null {
  const root = xmlRootOf(text);
  return root === 'gexf' || root === 'graphml' ? root : null;
}

/**
 * A GEXF (1.2 or 1.3, Gephi's own) or GraphML file as two tables, Nodes and Edges, which the
 * import preview maps like any spreadsheet: every attribute is a column, so the user chooses
 * which holds the kind, the area and so on, and the rest come in as custom fields. Positions,
 * colours and sizes become columns too (GEXF's y is flipped: Gephi draws up the page). Parallel
 * edges stay separate rows. Throws FileProblem, in plain words, for anything unreadable.
 */
export function readGraphFile(fileName: string, bytes: Uint8Array, expected?: GraphFormat): Table[] {
  const text = decodeText(fileName, bytes);
  // Entity declarations can make a small file expand without limit: a graph file never needs them.
  if (/<!ENTITY/i.test(text)) throw new FileProblem(fileName, 'it declares its own XML entities, which Good Help Map does not read. Save it again from Gephi or yEd.');
  const format = graphFormatOf(text);
  if (!format) {
    const root = xmlRootOf(text);
    const what = expected ? `a ${FORMAT_NAMES[expected]} file` : 'a GEXF or GraphML file';
    throw new FileProblem(fileName, root ? `it is an XML file, but not ${what} (it holds <${root.slice(0, 40)}>).` : `it is not ${what}: it does not start with XML.`);
  }
  const errors: string[] = [];
  const record = (message: string) => void errors.push(message);
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: record, fatalError: record } }).parseFromString(text, 'application/xml');
  if (errors.length) throw new FileProblem(fileName, `its XML is damaged${lineOf(errors[0]!)}: a tag or a quote is not closed, or something is out of place. Export it again.`);
  if (doc.getElementsByTagName('graph').length === 0) throw new FileProblem(fileName, `it is ${FORMAT_NAMES[format]} but holds no <graph>.`);
  if (doc.getElementsByTagName('node').length > MAX_ROWS) throw new FileProblem(fileName, `it has more than ${MAX_ROWS.toLocaleString('en-GB')} nodes. Filter it in Gephi first.`);
  let graph: Graph;
  try {
    graph = format === 'gexf' ? parseGexf(Graph, doc as unknown as Document, { allowUndeclaredAttributes: true }) : parseGraphml(Graph, doc as unknown as Document);
  } catch (error) {
    throw new FileProblem(fileName, plainGraphError(error));
  }
  const ours = format === 'gexf' && String(graph.getAttribute('creator') ?? '').trim() === 'Good Help Map';
  const declared = format === 'gexf' ? gexfDeclarations(doc) : graphmlDeclarations(doc);
  return [nodesTable(fileName, graph, format, ours, declared.node), edgesTable(fileName, graph, ours, declared.edge, format === 'graphml' ? graphmlDirections(doc) : null)];
}

/**
 * Each GraphML edge's own `directed` attribute, in file order. graphology-graphml 0.5 reads
 * only `directed="true"`, so an undirected edge in a directed graph would become directed.
 */
function graphmlDirections(doc: ReturnType<DOMParser['parseFromString']>): (boolean | null)[] {
  const edges = doc.getElementsByTagName('edge');
  const out: (boolean | null)[] = [];
  for (let i = 0; i < edges.length; i++) {
    const directed = edges[i]!.getAttribute('directed');
    out.push(directed === 'true' ? true : directed === 'false' ? false : null);
  }
  return out;
}

type Declared = { readonly node: Map<string, string>; readonly edge: Map<string, string> };

/**
 * GEXF's declared attributes, as the key the reader stores each under (graphology uses the
 * title only for numeric ids, the id otherwise) and the title Gephi shows, in file order.
 */
function gexfDeclarations(doc: ReturnType<DOMParser['parseFromString']>): Declared {
  const out: Declared = { node: new Map(), edge: new Map() };
  const groups = doc.getElementsByTagName('attributes');
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const target = group.getAttribute('class') === 'node' ? out.node : group.getAttribute('class') === 'edge' ? out.edge : null;
    if (!target) continue;
    const attributes = group.getElementsByTagName('attribute');
    for (let i = 0; i < attributes.length; i++) {
      const id = attributes[i]!.getAttribute('id') ?? '';
      const title = attributes[i]!.getAttribute('title') || id;
      if (id) target.set(Number.isNaN(Number(id)) ? id : title, title);
    }
  }
  return out;
}

/** GraphML's declared keys (attr.name), in file order, so an empty one still has its column. */
function graphmlDeclarations(doc: ReturnType<DOMParser['parseFromString']>): Declared {
  const out: Declared = { node: new Map(), edge: new Map() };
  const keys = doc.getElementsByTagName('key');
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const name = key.getAttribute('attr.name') || key.getAttribute('id') || '';
    const on = key.getAttribute('for') ?? 'all';
    if (!name) continue;
    if (on === 'node' || on === 'all') out.node.set(name, name);
    if (on === 'edge' || on === 'all') out.edge.set(name, name);
  }
  return out;
}

function lineOf(message: string): string {
  const line = /line:(\d+)/.exec(message);
  return line ? ` near line ${line[1]}` : '';
}

function plainGraphError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/inexisting node|not found|missing/i.test(message)) return 'an edge joins a node that is not in the file.';
  const duplicate = /node "([^"]{0,60})".*already exist/i.exec(message) ?? /already exist.*"([^"]{0,60})"/i.exec(message);
  if (duplicate || /already exist/i.test(message)) return `two nodes share the id${duplicate ? ` “${duplicate[1]}”` : ''}. Each node needs its own id.`;
  return 'its graph could not be read: an element or attribute is not where GEXF or GraphML expects it.';
}

/** Attribute names the readers use for what they draw, and the column each becomes. */
const NODE_COLUMNS: Record<string, string> = { label: 'Label', x: 'X', y: 'Y', color: 'Colour', size: 'Size' };
const EDGE_COLUMNS: Record<string, string> = { label: 'Label', weight: 'Weight' };

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellOf).join(' | ');
  if (typeof value === 'object') return '';
  return String(value);
}

/**
 * Every attribute: the declared ones in file order (so a column exists even when no record
 * has a value), then any others as first seen, each with the column name it becomes.
 */
function columnsOf(records: Iterable<Record<string, unknown>>, declared: Map<string, string>, rename: Record<string, string>, skip: Set<string>): { key: string; header: string }[] {
  const seen = new Map<string, string>();
  const taken = new Set<string>(['id', 'from', 'to', 'direction']);
  const keys = function* () {
    yield* declared.keys();
    for (const attributes of records) yield* Object.keys(attributes);
  };
  for (const key of keys()) {
    if (seen.has(key) || skip.has(key)) continue;
    let header = rename[key] ?? declared.get(key) ?? key;
    while (taken.has(header.toLowerCase())) header = `${header} (2)`;
    taken.add(header.toLowerCase());
    seen.set(key, header);
  }
  return [...seen].map(([key, header]) => ({ key, header }));
}

function nodesTable(fileName: string, graph: Graph, format: GraphFormat, ours: boolean, declared: Map<string, string>): Table {
  const records: Record<string, unknown>[] = [];
  const ids: string[] = [];
  graph.forEachNode((id, attributes) => {
    ids.push(id);
    const copy: Record<string, unknown> = { ...attributes };
    if (format === 'gexf' && typeof copy.y === 'number') copy.y = -copy.y || 0;
    if (copy.z === 0) delete copy.z;
    records.push(copy);
  });
  // Our own GEXF colours nodes by kind: that colour is not data worth keeping.
  const columns = columnsOf(records, declared, NODE_COLUMNS, new Set(ours ? ['color', 'size'] : []));
  const rows = records.map((r, i) => [ids[i]!, ...columns.map((c) => cellOf(r[c.key]))]);
  return toTable(fileName, 'Nodes', [['ID', ...columns.map((c) => c.header)], ...rows], { fromSpreadsheet: false });
}

function edgesTable(fileName: string, graph: Graph, ours: boolean, declared: Map<string, string>, directions: (boolean | null)[] | null): Table {
  const records: Record<string, unknown>[] = [];
  const ends: string[][] = [];
  // The reader keeps the file's order, so the i-th edge is the file's i-th <edge>.
  const own = directions && directions.length === graph.size ? directions : null;
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const directed = own?.[ends.length] ?? !undirected;
    // Keys the reader made up for edges without an id are not the file's.
    ends.push([/^geid_\d+_\d+$/.test(key) ? '' : key, source, target, directed ? 'directed' : 'undirected']);
    records.push(attributes);
  });
  // Our own GEXF labels each edge with its kind, which the "Link type" attribute already holds.
  const columns = columnsOf(records, declared, EDGE_COLUMNS, new Set(ours ? ['label'] : []));
  const rows = records.map((r, i) => [...ends[i]!, ...columns.map((c) => cellOf(r[c.key]))]);
  return toTable(fileName, 'Edges', [['ID', 'From', 'To', 'Direction', ...columns.map((c) => c.header)], ...rows], { fromSpreadsheet: false });
}
