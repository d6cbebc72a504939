import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { MapDocument } from '../../shared/editing';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { LINK_TYPE_COLOURS } from '../../shared/lens/linkColours';
import type { MapLink, MapNode } from '../../shared/model';
import { changedBetween } from '../../shared/sync';
import type { Selection } from '../state/appState';
import type { StickyFlowNode } from '../stickies/stickyFlowNodes';

export type FlowNode = Node<{ node: MapNode }, 'mapNode'>;
export type FlowEdge = Edge<{ link: MapLink }, 'mapLink'>;
/** Everything the canvas draws as a node: map nodes and sticky notes (renderer/stickies). */
export type CanvasNode = FlowNode | StickyFlowNode;

/**
 * Handles are declared up front (not measured from the DOM) so links to nodes that are
 * off-screen, and therefore not rendered, still draw. `centre` anchors both ends of every
 * link; `drop` covers the whole node while a link is being dragged, so it can be dropped
 * anywhere on it; `grip` is the visible dot a user drags from.
 */
export const CENTRE_HANDLE = 'centre';
export const DROP_HANDLE = 'drop';
export const GRIP_HANDLE = 'grip';
const HANDLES: NodeHandle[] = [
  { id: CENTRE_HANDLE, type: 'source', position: Position.Right, x: NODE_WIDTH / 2 - 1, y: NODE_HEIGHT / 2, width: 1, height: 1 },
  { id: DROP_HANDLE, type: 'target', position: Position.Top, x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT },
  // Must match the grip's place in canvas.css: React Flow starts a connection only from a
  // handle it knows the bounds of, and with declared handles it does not measure the DOM.
  { id: GRIP_HANDLE, type: 'source', position: Position.Right, x: NODE_WIDTH - 7, y: NODE_HEIGHT / 2 - 8, width: 16, height: 16 },
];
/**
 * Every node's box is this size (React Flow sizes its wrapper inline from width and height). Told
 * so up front, React Flow finds the size unchanged when its ResizeObserver measures a node just
 * mounted, and reports no change of dimensions for it: coming back from the picture, that was one
 * more call into the canvas for every slice of nodes mounted.
 */
const MEASURED = { width: NODE_WIDTH, height: NODE_HEIGHT };

/**
 * Converts map records to React Flow elements, reusing the previous element object for every
 * record whose data and selection are unchanged, so React Flow and memoised nodes skip them.
 */
export class FlowElementCache {
  /**
   * `nodeRole`: for a canvas whose nodes cannot be focused (the audience window), a role that
   * lets their names be read; React Flow gives focusable nodes one of their own.
   */
  constructor(private readonly nodeRole?: 'img') {}

  private nodes = new WeakMap<MapNode, { selected: boolean; hidden: boolean; element: FlowNode }>();
  private lastNodes: { nodes: MapDocument['nodes']; selection: Selection; hidden: ReadonlySet<string> | undefined; out: FlowNode[]; index: Map<string, number> } | null = null;
  private edges = new WeakMap<MapLink, { selected: boolean; coloured: boolean; element: FlowEdge }>();

  /** `hidden`: nodes a lens filter leaves out (renderer/lens); their links go with them. */
  nodesFor(doc: MapDocument, selection: Selection, hidden?: ReadonlySet<string>): FlowNode[] {
    const last = this.lastNodes;
    // A few nodes changed (an edit, a drag's end): only their elements are made again.
    if (last && last.selection === selection && last.hidden === hidden) {
      const changed = changedBetween(last.nodes, doc.nodes);
      if (changed && [...changed].every((id) => doc.nodes[id] && last.index.has(id))) {
        const out = last.out.slice();
        const selected = new Set(selection.nodeIds);
        for (const id of changed) out[last.index.get(id)!] = this.nodeElement(doc.nodes[id]!, selected, hidden);
        this.lastNodes = { ...last, nodes: doc.nodes, out };
        return out;
      }
    }
    const selected = new Set(selection.nodeIds);
    const out = Object.values(doc.nodes).map((node) => this.nodeElement(node, selected, hidden));
    this.lastNodes = { nodes: doc.nodes, selection, hidden, out, index: new Map(out.map((e, i) => [e.id, i])) };
    return out;
  }

  /**
   * The elements of `all` (what `nodesFor` returned) whose ids are in `ids`, in the same order; the very
   * array `previous` when that holds the same elements, so an edit to a node off screen hands
   * React Flow nothing new. Costs the window, not the map.
   */
  nodesWithin(all: readonly FlowNode[], ids: ReadonlySet<string>, previous: readonly FlowNode[] | null): FlowNode[] {
    const last = this.lastNodes;
    let out: FlowNode[];
    if (last?.out === all) {
      const at: number[] = [];
      for (const id of ids) {
        const i = last.index.get(id);
        if (i !== undefined) at.push(i);
      }
      at.sort((a, b) => a - b);
      out = at.map((i) => all[i]!);
    } else out = all.filter((n) => ids.has(n.id));
    return previous && previous.length === out.length && out.every((e, i) => e === previous[i]) ? (previous as FlowNode[]) : out;
  }

  private nodeElement(node: MapNode, selected: ReadonlySet<string>, hidden: ReadonlySet<string> | undefined): FlowNode {
    const isSelected = selected.has(node.id);
    const isHidden = hidden?.has(node.id) ?? false;
    const cached = this.nodes.get(node);
    if (cached && cached.selected === isSelected && cached.hidden === isHidden) return cached.element;
    const element: FlowNode = {
      id: node.id,
      type: 'mapNode',
      position: { x: node.x, y: node.y },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      measured: MEASURED,
      handles: HANDLES,
      data: { node },
      selected: isSelected,
      ariaLabel: `${node.kind}: ${node.name}`,
      ...(this.nodeRole ? { ariaRole: this.nodeRole } : {}),
      ...(isHidden ? { hidden: true } : {}),
    };
    this.nodes.set(node, { selected: isSelected, hidden: isHidden, element });
    return element;
  }

  /**
   * Links whose ends are hidden are left out altogether rather than marked hidden: React Flow
   * would still mount a (blank) wrapper for every such link in view, and mounting tens of
   * thousands of them takes seconds.
   */
  edgesFor(links: MapDocument['links'], selection: Selection, hidden?: ReadonlySet<string>, colouredByType = false): FlowEdge[] {
    const selected = new Set(selection.linkIds);
    const out: FlowEdge[] = [];
    for (const link of Object.values(links)) {
      if (hidden !== undefined && (hidden.has(link.source) || hidden.has(link.target))) continue;
      const isSelected = selected.has(link.id);
      const cached = this.edges.get(link);
      if (cached && cached.selected === isSelected && cached.coloured === colouredByType) {
        out.push(cached.element);
        continue;
      }
      const element: FlowEdge = {
        id: link.id,
        type: 'mapLink',
        source: link.source,
        target: link.target,
        // Both ends at the centre handle (the canvas connects in loose mode, so a source
        // handle can also end a link); the edge clips the line to the node boxes.
        sourceHandle: CENTRE_HANDLE,
        targetHandle: CENTRE_HANDLE,
        data: { link },
        selected: isSelected,
        ...(link.directed ? { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: arrowColour(link, isSelected, colouredByType) } } : {}),
      };
      this.edges.set(link, { selected: isSelected, coloured: colouredByType, element });
      out.push(element);
    }
    return out;
  }
}

/** An arrowhead matches its line: blue when selected, the link type's colour under a lens that colours links. */
function arrowColour(link: MapLink, selected: boolean, colouredByType: boolean): string {
  if (selected) return '#1f5fd1';
  return colouredByType ? LINK_TYPE_COLOURS[link.type] : '#6b7684';
}
