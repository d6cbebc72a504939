import { Occupancy } from '../layout/occupancy';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/nodeSize';
import type { NodeKind } from '../model';

export interface CapturedName {
  readonly kind: NodeKind;
  readonly name: string;
  /** 1-based line of the pasted text, for messages. */
  readonly line: number;
}

const KIND_WORDS: Readonly<Record<string, NodeKind>> = {
  person: 'person',
  people: 'person',
  organisation: 'organisation',
  organization: 'organisation',
  org: 'organisation',
  space: 'space',
  place: 'space',
  project: 'project',
};

/**
 * Reads a typed or pasted list: one name per line, optionally "kind: name" (person, organisation
 * or org, space, project; any case). Bullets and numbering from a pasted list are dropped, as are
 * blank lines and names already listed above. A colon that does not follow a kind is part of
 * the name ("Library: Tuesday club").
 */
export function parseCaptureList(text: string, defaultKind: NodeKind): CapturedName[] {
  const seen = new Set<string>();
  const out: CapturedName[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    let line = raw.replace(/^\s*(?:[-*•–·]|\d+[.)])\s+/, '').trim();
    let kind = defaultKind;
    const prefix = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    const word = prefix ? KIND_WORDS[prefix[1]!.toLowerCase()] : undefined;
    if (prefix && word) {
      kind = word;
      line = prefix[2]!.trim();
    }
    line = line.replace(/\s+/g, ' ').slice(0, 200).trim();
    if (!line) return;
    const key = `${kind}:${line.toLocaleLowerCase('en-GB')}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, name: line, line: i + 1 });
  });
  return out;
}

/**
 * Top-left corners for `count` new nodes as close as possible to `near` (a point on the map,
 * e.g. the selected node's centre), overlapping nothing already there nor each other.
 */
export function placeCaptured(
  existing: Iterable<{ x: number; y: number }>,
  near: { x: number; y: number },
  count: number,
): { x: number; y: number }[] {
  const occupancy = new Occupancy(existing);
  const start = { x: Math.round(near.x - NODE_WIDTH / 2), y: Math.round(near.y - NODE_HEIGHT / 2) };
  const block = freeBlock(occupancy, start, count);
  if (block) return block;
  const spots: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const spot = occupancy.nearestFree(start);
    occupancy.add(spot);
    spots.push(spot);
  }
  return spots;
}

/** Room between captured names in their block: enough to read each name and draw a link. */
const BLOCK_STEP_X = NODE_WIDTH + 48;
const BLOCK_STEP_Y = NODE_HEIGHT + 56;

/**
 * A roughly square grid of spots for `count` new names centred on `start`, skipping any cell
 * an existing node takes, so a pasted list lands as a readable block beside what is there,
 * not a tight column squeezed between nodes. Null when the grid runs into too much.
 */
function freeBlock(occupancy: Occupancy, start: { x: number; y: number }, count: number): { x: number; y: number }[] | null {
  if (count <= 1) return null;
  // Boxes are wide and short: this many columns makes the block about as wide as it is tall.
  const cols = Math.max(1, Math.ceil(Math.sqrt((count * BLOCK_STEP_Y) / BLOCK_STEP_X)));
  const rows = Math.ceil(count / cols);
  const origin = { x: Math.round(start.x - ((cols - 1) * BLOCK_STEP_X) / 2), y: Math.round(start.y - ((rows - 1) * BLOCK_STEP_Y) / 2) };
  const spots: { x: number; y: number }[] = [];
  for (let i = 0; spots.length < count && i < count * 4; i++) {
    const spot = { x: origin.x + (i % cols) * BLOCK_STEP_X, y: origin.y + Math.floor(i / cols) * BLOCK_STEP_Y };
    if (!occupancy.isFree(spot.x, spot.y)) continue;
    occupancy.add(spot);
    spots.push(spot);
  }
  return spots.length === count ? spots : null;
}
