import { NODE_HEIGHT, NODE_WIDTH, boundsOfNodes, boxExit } from '../layout/nodeSize';
import { NODE_KIND_LABELS, type MapNode, type MapSnapshot, type NodeKind } from '../model';
import { xmlText as x } from './xml';

const COLOURS: Record<NodeKind, { fill: string; border: string; ink: string }> = {
  person: { fill: '#fdf0e6', border: '#b8561b', ink: '#7a3410' },
  organisation: { fill: '#e7effc', border: '#2d5fb8', ink: '#1a3f80' },
  space: { fill: '#e5f5ef', border: '#1b7a57', ink: '#0f533a' },
  project: { fill: '#f1eafa', border: '#6b3fb0', ink: '#4a2585' },
};
const RADIUS: Record<NodeKind, number> = { person: 32, organisation: 4, space: 16, project: 10 };
const MARGIN = 40;
/** About this many characters of a name fit across a node's box on one line. */
const LINE_CHARS = 24;
const LINE_HEIGHT = 15;

/**
 * The map as a standalone SVG picture, drawn from the data (not a screenshot), so it is crisp
 * at any size and the same on every machine. Each kind keeps its own colour and corner shape,
 * and names its kind in words, never colour alone. Pass `nodeIds` for part of the map.
 */
export function mapToSvg(snapshot: MapSnapshot, options: { nodeIds?: ReadonlySet<string> } = {}): { svg: string; width: number; height: number } {
  const nodes = options.nodeIds ? snapshot.nodes.filter((n) => options.nodeIds!.has(n.id)) : snapshot.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const bounds = boundsOfNodes(nodes) ?? { x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT };
  // An export is for reading: every name in full, wrapped, the box growing for a long one.
  const drawn = new Map(nodes.map((n) => [n.id, nameLines(n.name)]));
  const grow = (n: MapNode) => Math.max(0, boxHeight(drawn.get(n.id)!.length) - NODE_HEIGHT);
  const extra = nodes.reduce((most, n) => Math.max(most, n.y + NODE_HEIGHT + grow(n) - (bounds.y + bounds.height)), 0);
  const width = Math.ceil(bounds.width + 2 * MARGIN);
  const height = Math.ceil(bounds.height + extra + 2 * MARGIN + 30);
  const ox = MARGIN - bounds.x;
  const oy = MARGIN + 30 - bounds.y;
  const centre = (n: MapNode) => ({ x: n.x + ox + NODE_WIDTH / 2, y: n.y + oy + NODE_HEIGHT / 2 });
  const links = snapshot.links
    .filter((l) => byId.has(l.source) && byId.has(l.target))
    .map((l) => {
      const a = centre(byId.get(l.source)!);
      const b = centre(byId.get(l.target)!);
      const start = boxExit(a, b);
      const end = boxExit(b, a);
      const dash = l.type === 'refersTo' && l.referralMode === 'signposting' ? ' stroke-dasharray="6 4"' : '';
      return `<line x1="${r(start.x)}" y1="${r(start.y)}" x2="${r(end.x)}" y2="${r(end.y)}" stroke="#6b7684" stroke-width="${l.strength}"${dash}${l.directed ? ' marker-end="url(#arrow)"' : ''}/>`;
    });
  const boxes = nodes.map((n) => {
    const c = COLOURS[n.kind];
    const left = n.x + ox;
    const top = n.y + oy;
    const lines = drawn.get(n.id)!;
    const one = lines.length === 1;
    const first = top + (one ? 27 : 20);
    const kindY = one ? top + 47 : first + (lines.length - 1) * LINE_HEIGHT + 17;
    const tspans = lines.map((line, i) => `<tspan x="${r(left + 14)}" y="${r(first + i * LINE_HEIGHT)}">${x(line)}</tspan>`).join('');
    return `<g><title>${x(`${NODE_KIND_LABELS[n.kind]}: ${n.name}`)}</title><rect x="${r(left)}" y="${r(top)}" width="${NODE_WIDTH}" height="${boxHeight(lines.length)}" rx="${RADIUS[n.kind]}" fill="${c.fill}" stroke="${c.border}" stroke-width="2"/><text font-size="${one ? 14 : 13}" font-weight="650" fill="#1c2430">${tspans}</text><text x="${r(left + 14)}" y="${r(kindY)}" font-size="12" fill="${c.ink}">${x(NODE_KIND_LABELS[n.kind])}</text></g>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, 'Segoe UI', Roboto, Arial, sans-serif">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#6b7684"/></marker></defs>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="${MARGIN}" y="${MARGIN}" font-size="18" font-weight="700" fill="#1c2430">${x(snapshot.map.name)}</text>
${links.join('\n')}
${boxes.join('\n')}
</svg>
`;
  return { svg, width, height };
}

function r(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A box's height for a name of this many lines: the standard size up to two lines. */
function boxHeight(lines: number): number {
  return Math.max(NODE_HEIGHT, 20 + (lines - 1) * LINE_HEIGHT + 17 + 12);
}

/** A name broken into lines at spaces (a word too long for a line is split). */
export function nameLines(name: string, max = LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.trim().split(/\s+/)) {
    for (let rest = word; rest; ) {
      const room = line ? max - line.length - 1 : max;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, max));
        rest = rest.slice(max);
      }
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
