/**
 * Which node names to show when there is not room for them all: the way a street map drops
 * the names of small places when zoomed out. Used by workshop mode, whose names are a fixed
 * size on screen (readable from the back of the room), so at the whole-map zoom of a dense map
 * they would pile on top of each other; instead the most important are shown in full and the
 * rest are drawn as small markers until the map is zoomed in.
 */
export interface LabelCandidate {
  readonly id: string;
  /** Centre of the node, in map units. */
  readonly x: number;
  readonly y: number;
  /** Size of the label when shown, in screen pixels (it stays this size at any zoom). */
  readonly width: number;
  readonly height: number;
  /** Higher goes first; ties keep the order given. */
  readonly priority: number;
  /** Side of the square marker drawn at the centre when the label is not shown, in screen pixels; no shown label covers it. */
  readonly marker?: number;
  /**
   * A name that must be shown if at all possible (a chosen finding's node): where it has no room
   * on its node, it may stand beside its marker as a tag (`detached`), clear of every label and
   * marker, or failing that clear of every label and of every other tag candidate's marker.
   */
  readonly tag?: boolean;
}

/**
 * The part of the map the user can see, in map units: the pane at rest, less what floats over it
 * (the legend, the minimap). A label is put where it is seen in full when it can be.
 */
export interface SeenArea {
  readonly frame: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly covers: readonly { readonly x: number; readonly y: number; readonly width: number; readonly height: number }[];
}

/** Where a shown label's centre lies from its node's centre, in screen pixels. */
export interface LabelOffset {
  readonly dx: number;
  readonly dy: number;
  /** A tag beside its node's marker, not on the node: the node stays a marker. */
  readonly detached?: boolean;
}

/**
 * Greedy placement, highest priority first: a label is shown when its box, at this zoom,
 * keeps `gap` screen pixels clear of every label already shown and of every other candidate's
 * marker (`marker`: the square a name without room is drawn as, at its node's centre). So a
 * shown label never overlaps another and never covers a marker (a marker must stay visible and
 * reachable). Reserving every marker first is exact, not cautious: the node under a label would
 * be drawn either as a marker there or as a label larger than its marker, and both are in the
 * way. Where the centred box is blocked, the label may `slide` (as a street map sets a town's
 * name beside it): to either side, above, below or a corner, as far as still covers its own
 * node's marker, so the label stays on its node and clicking the node's spot still finds it.
 * A label is left out only when every position meets a label at least as important or a marker.
 * With the whole map on `screen`, a label goes where it is seen in full: in the pane and clear of
 * the panels over it, slid in as far as it must; else its node is a marker.
 * Uniform grids keep it linear in the number of nodes.
 */
export function placeLabels(candidates: readonly LabelCandidate[], zoom: number, gap = 6, slide = true, screen: SeenArea | null = null): Map<string, LabelOffset> {
  const shown = new Map<string, LabelOffset>();
  if (candidates.length === 0 || !(zoom > 0)) return shown;
  // Only with the whole map on screen: zoomed in, the pane's edge cuts through the map, and names
  // moved to keep clear of it would take the room the layout left for their neighbours.
  const seen = screen !== null && candidates.every((c) => pointIn(c, screen.frame)) ? screen : null;
  // In sight: all of it in the frame and under no cover.
  const inSightOf = (area: SeenArea | null) => (box: Box) => area === null || seenShare(box, area) > 1 - 1e-9;
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b]!.priority - candidates[a]!.priority || a - b);
  const toMap = 1 / zoom;
  let largest = 0;
  for (const c of candidates) largest = Math.max(largest, c.width, c.height);
  const labels = new BoxGrid((largest + gap) * toMap);
  const markers = new BoxGrid((largest + gap) * toMap);
  // The markers of names that must be shown (a chosen finding's): no tag ever covers one.
  const chosenMarkers = new BoxGrid((largest + gap) * toMap);
  const boxOf = (c: LabelCandidate, width: number, height: number, owner: number): Box => {
    const halfW = ((width + gap) / 2) * toMap;
    const halfH = ((height + gap) / 2) * toMap;
    return { left: c.x - halfW, right: c.x + halfW, top: c.y - halfH, bottom: c.y + halfH, owner };
  };
  candidates.forEach((c, i) => {
    if ((c.marker ?? 0) > 0) markers.add(boxOf(c, c.marker!, c.marker!, i));
    if ((c.marker ?? 0) > 0 && c.tag) chosenMarkers.add(boxOf(c, c.marker!, c.marker!, i));
  });
  // Asked of each position in turn, rather than gathering all that lies near first: zoomed out,
  // a label's reach spans hundreds of markers, and the first met rules a position out.
  const taken = (box: Box) => labels.hits(box) || markers.hits(box);
  const freePlace = (centred: Box, slideX: number, slideY: number, view: SeenArea | null, inSight: (box: Box) => boolean): Box | null => {
    // Places cut by the pane's edge or a panel, to be moved into sight if none is in sight as it is.
    const cut: Box[] = [];
    for (const [sx, sy] of slide ? SLIDES : SLIDES.slice(0, 1)) {
      if ((sx !== 0 && slideX === 0) || (sy !== 0 && slideY === 0)) continue;
      const box = shifted(centred, sx * slideX, sy * slideY);
      if (!inSight(box)) {
        if (slide) cut.push(box);
        continue;
      }
      if (!taken(box)) return box;
    }
    if (!view) return null;
    // Slid only as far as brings it into sight, where that is free: a name at the map's left
    // edge moves in by the few pixels it lacks, not all the way to its marker's other side.
    for (const from of cut) {
      for (const [dx, dy] of shiftsIntoSight(from, view)) {
        const box = shifted(from, dx, dy);
        if (Math.abs(box.left - centred.left) > slideX + SLACK || Math.abs(box.top - centred.top) > slideY + SLACK) continue;
        if (inSight(box) && !taken(box)) return box;
      }
    }
    return null;
  };
  for (const i of order) {
    const c = candidates[i]!;
    const m = c.marker ?? 0;
    // A chosen finding's name must be read wherever the camera is: it keeps in sight whenever
    // its node is in the frame, zoomed in too (the finding's few names crowd out no neighbours).
    const view = c.tag && screen !== null && pointIn(c, screen.frame) ? screen : seen;
    const inSight = inSightOf(view);
    const slideX = slide ? Math.max(0, (c.width - m) / 2) * toMap : 0;
    const slideY = slide ? Math.max(0, (c.height - m) / 2) * toMap : 0;
    const centred = boxOf(c, c.width, c.height, i);
    // A free place in sight, or else the node is a marker (its name shown on hover and focus):
    // a name cut by the pane's edge or a panel reads as a fault, in front of a room most of all.
    // Every place it may take still covers its core (its marker and the gap round it), so what
    // meets the core rules them all out at once: zoomed out, that is most names.
    const place = taken(coreOf(centred, slideX, slideY)) ? null : freePlace(centred, slideX, slideY, view, inSight);
    if (place) {
      shown.set(c.id, { dx: (place.left - centred.left) * zoom, dy: (place.top - centred.top) * zoom });
      labels.add(place);
    }
    if (shown.has(c.id) || !c.tag) continue;
    // A tag beside the marker: first where it covers no marker, then where it covers only
    // markers of names not chosen (faded while a finding is shown; a tag lets the pointer
    // through, so they can still be clicked): the chosen names matter most on that screen.
    const spots = tagSpots(c, m, gap);
    // Filed as its own (the candidate's, as `centred` is), its marker is not in its way: the spots
    // touch it, and touching is not meeting (as another's, float rounding made a touching spot meet it).
    const boxAt = ([dx, dy]: readonly [number, number]) => shifted(centred, dx * toMap, dy * toMap);
    for (const [avoid, sight] of [[markers, true], [chosenMarkers, true], [markers, false], [chosenMarkers, false]] as const) {
      const spot = spots.find((at) => {
        const box = boxAt(at);
        return !labels.hits(box) && !avoid.hits(box) && (!sight || inSight(box));
      });
      if (!spot) continue;
      labels.add(boxAt(spot));
      shown.set(c.id, { dx: spot[0], dy: spot[1], detached: true });
      break;
    }
  }
  return shown;
}

/**
 * Where a tag may stand beside its node's marker, in screen pixels from the node's centre:
 * touching the marker first (above, below, to a side, a corner), then a row or two further out.
 */
function tagSpots(c: LabelCandidate, marker: number, gap: number): (readonly [number, number])[] {
  const up = marker / 2 + gap + c.height / 2;
  const side = marker / 2 + gap + c.width / 2;
  const row = c.height + gap;
  const spots: (readonly [number, number])[] = [[0, -up], [0, up], [side, 0], [-side, 0]];
  for (let k = 0; k < 5; k++) {
    const y = up + k * row;
    spots.push([side, -y], [-side, -y], [side, y], [-side, y]);
    if (k > 0) spots.push([0, -y], [0, y], [side / 2, -y], [-side / 2, -y], [side / 2, y], [-side / 2, y]);
  }
  return spots;
}

/**
 * The shifts, in map units, that take a box just clear of the frame's edges and of the covers
 * it meets, smallest first.
 */
function shiftsIntoSight(box: Box, { frame, covers }: SeenArea): (readonly [number, number])[] {
  const xs = new Set<number>([0]);
  const ys = new Set<number>([0]);
  if (box.left < frame.x) xs.add(frame.x - box.left);
  if (box.right > frame.x + frame.width) xs.add(frame.x + frame.width - box.right);
  if (box.top < frame.y) ys.add(frame.y - box.top);
  if (box.bottom > frame.y + frame.height) ys.add(frame.y + frame.height - box.bottom);
  for (const c of covers) {
    if (!overlaps(box, { left: c.x, right: c.x + c.width, top: c.y, bottom: c.y + c.height, owner: -1 })) continue;
    xs.add(c.x - box.right).add(c.x + c.width - box.left);
    ys.add(c.y - box.bottom).add(c.y + c.height - box.top);
  }
  const shifts: (readonly [number, number])[] = [];
  for (const dx of xs) for (const dy of ys) if (dx !== 0 || dy !== 0) shifts.push([dx, dy]);
  return shifts.sort((a, b) => Math.abs(a[0]) + Math.abs(a[1]) - Math.abs(b[0]) - Math.abs(b[1]));
}

/** How far past its slide a place moved into sight may be, for rounding. */
const SLACK = 1e-9;

/** What every place a label may slide to covers: the centred box less the slide on each side (less the slack, so it is inside them all). */
const coreOf = (box: Box, slideX: number, slideY: number): Box => ({ left: box.left + slideX + SLACK, right: box.right - slideX - SLACK, top: box.top + slideY + SLACK, bottom: box.bottom - slideY - SLACK, owner: box.owner });

const shifted = (box: Box, dx: number, dy: number): Box => ({ left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy, owner: box.owner });

const SLIDES: readonly (readonly [number, number])[] = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, 1], [1, -1], [-1, -1]];

const pointIn = (p: { x: number; y: number }, r: { x: number; y: number; width: number; height: number }) => p.x >= r.x && p.y >= r.y && p.x <= r.x + r.width && p.y <= r.y + r.height;

/** The share of a box's area in the frame and under no cover (covers taken as not overlapping each other). */
function seenShare(box: Box, { frame, covers }: SeenArea): number {
  const area = (box.right - box.left) * (box.bottom - box.top);
  if (!(area > 0)) return 0;
  const meet = (r: { x: number; y: number; width: number; height: number }) =>
    Math.max(0, Math.min(box.right, r.x + r.width) - Math.max(box.left, r.x)) * Math.max(0, Math.min(box.bottom, r.y + r.height) - Math.max(box.top, r.y));
  let seenArea = meet(frame);
  for (const c of covers) seenArea -= meet(c);
  return Math.max(0, seenArea) / area;
}

/** Boxes filed by the cells of a uniform grid they touch, so a box meets only its neighbours. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly cell: number) {}

  add(box: Box): void {
    const [gx0, gx1, gy0, gy1] = this.span(box);
    for (let gx = gx0; gx <= gx1; gx++) {
      for (let gy = gy0; gy <= gy1; gy++) {
        const key = cellKey(gx, gy);
        const list = this.cells.get(key);
        if (list) list.push(box);
        else this.cells.set(key, [box]);
      }
    }
  }

  /** Whether the box overlaps one filed here by another owner. */
  hits(box: Box): boolean {
    // Asked thousands of times a placement: no arrays made for the span or an empty cell.
    const gx1 = Math.floor(box.right / this.cell);
    const gy0 = Math.floor(box.top / this.cell);
    const gy1 = Math.floor(box.bottom / this.cell);
    for (let gx = Math.floor(box.left / this.cell); gx <= gx1; gx++) {
      for (let gy = gy0; gy <= gy1; gy++) {
        const list = this.cells.get(cellKey(gx, gy));
        if (list === undefined) continue;
        for (let k = 0; k < list.length; k++) {
          const other = list[k]!;
          if (other.owner !== box.owner && overlaps(box, other)) return true;
        }
      }
    }
    return false;
  }

  private span(box: Box): [number, number, number, number] {
    return [Math.floor(box.left / this.cell), Math.floor(box.right / this.cell), Math.floor(box.top / this.cell), Math.floor(box.bottom / this.cell)];
  }
}

function cellKey(x: number, y: number): number {
  return (x + 1_048_576) * 2_097_152 + (y + 1_048_576);
}

interface Box {
  /** The candidate it belongs to: a label may cover its own node's marker. */
  readonly owner: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Boxes that only touch do not overlap: a tag's places touch markers by design, and rounding must not make them meet. */
const TOUCH = 1e-6;
function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - TOUCH && b.left < a.right - TOUCH && a.top < b.bottom - TOUCH && b.top < a.bottom - TOUCH;
}
