import type { ReactFlowInstance } from '@xyflow/react';
import { boundsOfNodes, NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { freeRectangle, type ScreenRect } from '../../shared/layout/freeRectangle';
import { fitViewport } from '../../shared/layout/fitViewport';
import type { MapDocument } from '../../shared/editing';
import { estimateLabelSize } from '../../shared/layout/nameSize';
import { labelSizeFor } from './mapLabelStyle';

type Flow = Pick<ReactFlowInstance, 'fitBounds' | 'setViewport'>;
type Bounds = { x: number; y: number; width: number; height: number };
type Reach = { x: number; y: number };
type FitOptions = {
  padding: number;
  duration: number;
  maxZoom?: number;
  boxes?: readonly Bounds[];
  reach?: Reach;
  coverReach?: Reach;
  /** Measured now, not at the next frame: nothing opened with it is still to be laid out. */
  now?: boolean;
};

/**
 * What floats over the map and hides what is under it: the legend, the minimap and zoom
 * buttons, the "Showing:" bar, session panels, the workshop's toolbar and dock, the audience
 * window's banners. Anything else can say so with `data-covers-map`.
 */
const COVERS = [
  '[data-covers-map]',
  '.toolbar',
  '.react-flow__minimap',
  '.picture-minimap',
  '.react-flow__controls',
  '.emphasis-bar',
  '.session-panel',
  '.workshop-dock',
  '.parking-lot',
  '.audience__emphasis',
  '.audience__timer',
].join(', ');

/** A fitted map is shown no closer than its natural size: four new nodes do not fill the screen. */
export const FIT_MAX_ZOOM = 1;
/**
 * As far out as the map may be zoomed, by a fit or by the wheel: a whole borough's map of 5,000
 * nodes needs 0.04 to fit beside the side panels at 1440×900 (at 0.05 a fifth of it lay off the
 * left edge), 10,000 nodes 0.03. It is drawn as the picture there, so no farther costs more.
 */
export const MIN_ZOOM = 0.02;

/**
 * How far, on screen, a zoomed-out name chip reaches past its node's box: chips are centred on
 * nodes drawn about 40 × 13 px, most names about 150 px wide (220 at most) and up to two lines
 * (about 46 px) high. Allowing for the widest would cost a narrow map a fifth of its room.
 */
const NAME_REACH = { x: 60, y: 16 };

/**
 * Fitting the whole map, the outermost names must not be cut by the pane's edge: a full-width
 * editor name reaches 110 px from its node's centre (on the fitted demo map at 1600×960,
 * "Faith leader – St Aidan's" was cut at the left edge).
 */
const FIT_NAME_REACH = { x: 110, y: 20 };

/**
 * How far workshop mode's nodes keep from the panels over the map (the legend, the timer). Its
 * names are up to 300 px wide, but they keep out from under the panels by themselves (the name
 * placement knows what is seen, labelPlacement.ts), so keeping whole names' widths clear here
 * only shrank the map: at 1366×768 it fitted at zoom 0.247 with 9 names, 3 of them cut by the
 * pane; with this, 0.267 and 10 names, none cut.
 */
const WORKSHOP_NAME_REACH = { x: 40, y: 32 };

/**
 * How far a chosen finding's names reach past its nodes: every one of them must be read, so
 * this allows for a full-width name (220 px; 300 in workshop mode; more for a widened chip,
 * findingNameReach) centred on its node, or a
 * tag set above or below its marker, a line or two high.
 */
const FINDING_NAME_REACH = { x: 170, y: 44 };
const WORKSHOP_FINDING_NAME_REACH = { x: 140, y: 70 };

/** How far the names of a finding's nodes reach: further for a long name whose chip is widened (nameSize.ts). */
export function findingNameReach(names: readonly string[]): Reach {
  const workshop = isWorkshopTheme();
  const reach = workshop ? WORKSHOP_FINDING_NAME_REACH : FINDING_NAME_REACH;
  const style = labelSizeFor(workshop);
  const widest = Math.max(style.maxWidth, ...names.map((name) => estimateLabelSize(name, style).maxWidth));
  return { x: reach.x + (widest - style.maxWidth) / 2, y: reach.y };
}

const isWorkshopTheme = () => typeof document !== 'undefined' && document.documentElement.dataset.theme === 'workshop';

/** A DOMRect's sides live on its prototype, so spreading one copies nothing: copy them. */
const plain = (r: DOMRect): ScreenRect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** The visible, uncovered part of the map pane, in screen pixels (best for `shape`); null without a DOM. */
export function uncoveredPane(shape?: { width: number; height: number }): { pane: ScreenRect; free: ScreenRect } | null {
  if (typeof document === 'undefined') return null;
  const paneElement = document.querySelector('.react-flow');
  if (!paneElement) return null;
  const pane = plain(paneElement.getBoundingClientRect());
  return { pane, free: freeRectangle(pane, mapCovers(), shape) };
}

/**
 * The boxes of what floats over the map now. Only what lies over the pane matters: the editor's
 * toolbar sits above it, the workshop's over it (its slim strip when tucked away, all of it
 * while the tools are out).
 */
export function mapCovers(): ScreenRect[] {
  return shownBoxes(COVERS);
}

/** The screen boxes of what `selector` finds that is shown now. */
function shownBoxes(selector: string): ScreenRect[] {
  return [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0).map(plain);
}

/**
 * What floats over the map for a few seconds (a notice, which leaves by itself): names keep out
 * from under it while it is there, but a fit leaves it no room, or the map would stay small after.
 */
export function passingCovers(): ScreenRect[] {
  return shownBoxes('.notice-bar.is-visible');
}

/** Whether something that covers the map is sliding or fading (the workshop toolbar coming out). */
export function coversMoving(): boolean {
  return [...document.querySelectorAll(COVERS)].some((el) => el.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity));
}

/**
 * Shows `bounds` with none of `boxes` (the nodes in it, map units; by default the whole of
 * `bounds`) under a panel, measured at the next frame so a panel or bar opened by the same
 * click (a finding's "Showing:" bar) is counted.
 */
export function fitBoundsUncovered(flow: Flow | null, bounds: Bounds, options: FitOptions): Promise<void> {
  if (!flow) return Promise.resolve();
  if (options.now || typeof requestAnimationFrame === 'undefined') return inFlight(fitNow(flow, bounds, options));
  return inFlight(coversAtRest().then(() => fitNow(flow, bounds, options)));
}

/** At most this many frames are waited for the panels over the map to stop moving (the workshop toolbar takes about 9). */
const COVERS_REST_FRAMES = 40;

/**
 * Resolves once the panels over the map have come to rest: two frames alike with no slide
 * running, not the first frame of a slide. A fit aimed mid-slide (workshop mode's own, as E
 * brings the tools out) would land with the top row under the toolbar.
 */
export function coversAtRest(): Promise<void> {
  return new Promise((resolve) => {
    let last = '';
    let frames = 0;
    const check = () => {
      const now = JSON.stringify(mapCovers());
      const moving = now !== last || coversMoving();
      last = now;
      if (moving && frames++ < COVERS_REST_FRAMES) requestAnimationFrame(check);
      else resolve();
    };
    requestAnimationFrame(check);
  });
}

/** Fits asked for and not yet landed, counted from the asking (their first frame is still to come). */
let flying = 0;
let landing: Promise<void> = Promise.resolve();

function inFlight(fit: Promise<void>): Promise<void> {
  flying++;
  const landed = fit.finally(() => flying--);
  landing = landed;
  return landed;
}

/**
 * Resolves once the last fit asked for has landed. A nudge of the camera started before that
 * (a node reached by Tab brought out from under a panel) would cut the fit short where it stood.
 */
export function fitLanded(): Promise<void> {
  return landing;
}

/** Whether a fit has been asked for and has not landed yet. */
export function fitFlying(): boolean {
  return flying > 0;
}

/**
 * Fits the whole map `delayMs` from now (once full screen or a new theme has settled), counted
 * as flying from now: what waits for the camera to rest waits for this fit too.
 */
export function fitMapSoon(flow: Flow | null, doc: () => MapDocument | null, delayMs: number): Promise<void> {
  return inFlight(new Promise<void>((resolve) => setTimeout(resolve, delayMs)).then(() => fitMap(flow, doc())));
}

/** Resolves once the camera has arrived. */
async function fitNow(flow: Flow, bounds: Bounds, options: FitOptions): Promise<void> {
  const paneElement = typeof document === 'undefined' ? null : document.querySelector('.react-flow');
  if (!paneElement) {
    await flow.fitBounds(bounds, { padding: options.padding, duration: options.duration });
    return;
  }
  const viewport = fitViewport(bounds, options.boxes ?? [bounds], plain(paneElement.getBoundingClientRect()), mapCovers(), {
    padding: options.padding,
    minZoom: MIN_ZOOM,
    maxZoom: options.maxZoom ?? FIT_MAX_ZOOM,
    reach: options.reach ?? NAME_REACH,
    coverReach: options.coverReach ?? options.reach ?? NAME_REACH,
  });
  const flight = flow.setViewport(viewport, { duration: options.duration }).then(() => undefined);
  // A flight cut short by another move never resolves (d3 ends it with 'interrupt', not 'end').
  await Promise.race([flight, new Promise<void>((resolve) => setTimeout(resolve, options.duration + 50))]);
}

/**
 * Fits the whole map on screen (resolving once the camera has arrived) from the records' own positions and fixed sizes. React Flow's
 * fitView only counts nodes it has measured, and off-screen nodes are never measured.
 */
export function fitMap(flow: Flow | null, doc: MapDocument | null, duration = 300, { now = false } = {}): Promise<void> {
  const nodes = doc ? Object.values(doc.nodes) : [];
  const bounds = boundsOfNodes(nodes);
  if (!flow || !bounds) return Promise.resolve();
  // Workshop names are a fixed size on screen and reach past the nodes' boxes when zoomed out.
  const workshop = isWorkshopTheme();
  const boxes = nodes.map((n) => ({ x: n.x, y: n.y, width: NODE_WIDTH, height: NODE_HEIGHT }));
  // Its padding keeps them inside the pane; a cover left over an empty part of the map must be further off.
  const reach = workshop ? { padding: 0.16, reach: { x: 0, y: 0 }, coverReach: WORKSHOP_NAME_REACH } : { padding: 0.03, reach: FIT_NAME_REACH };
  return fitBoundsUncovered(flow, bounds, { ...reach, duration, boxes, now });
}
