/**
 * The demo map: Millbrook, a fictional borough. Deterministic (fixed ids and dates), so the
 * committed `assets/demo-map.json` can be checked against it. Regenerate with
 *   WRITE_DEMO=1 npx vitest run --config test/vitest.unit.config.ts test/unit/demoMap.test.ts
 *
 * Built with deliberate gaps for the analysis to find (see README and test/unit/demoMap.test.ts).
 */
import {
  MAP_SCHEMA_VERSION,
  MAP_SNAPSHOT_FORMAT,
  createLink,
  createMapMeta,
  createNode,
  mapSnapshotSchema,
  type LinkType,
  type MapLink,
  type MapMeta,
  type MapNode,
  type MapSnapshot,
  type NodeKind,
} from '../shared/model';
import { documentFromSnapshot } from '../shared/editing/mapDocument';
import { graphOf } from '../shared/layout/layoutGraph';
import { LayoutSimulation } from '../shared/layout/layoutSimulation';
import { DEMO_LINKS, DEMO_NODES, type DemoNode } from './demoMapContent';

const MAP_ID = 'demo-millbrook';
const CREATED = new Date('2026-09-01T09:00:00Z');
const REGION_ORIGIN = {
  northgate: { x: 0, y: 0 },
  riverside: { x: 1680, y: 0 },
  kingsway: { x: 0, y: 860 },
  oldtown: { x: 1680, y: 860 },
  // Borough-wide services and programmes sit between the four areas they serve.
  centre: { x: 1110, y: 0 },
  // Groups nobody is connected to yet, set apart so they are easy to see.
  apart: { x: 2840, y: 0 },
} as const;
export type Region = keyof typeof REGION_ORIGIN;
const COLUMN = 270;
const ROW = 140;

export function buildDemoMap(): MapSnapshot {
  const meta = {
    ...createMapMeta('Millbrook neighbourhood help map (demo)', CREATED, MAP_ID),
    description:
      'A made-up borough for trying Good Help Map. Every place, group and role here is fictional.',
    areas: [
      { id: 'northgate', name: 'Northgate', imdDecile: 1, population: 14200 },
      { id: 'riverside', name: 'Riverside', imdDecile: 2, population: 11800 },
      { id: 'kingsway', name: 'Kingsway', imdDecile: 5, population: 12600 },
      { id: 'oldtown', name: 'Old Town', imdDecile: 7, population: 9400 },
    ],
  };
  const ids = new Map<string, string>();
  const nodes: MapNode[] = DEMO_NODES.map((spec, i) => {
    const id = `demo-node-${String(i + 1).padStart(3, '0')}`;
    ids.set(spec.key, id);
    return toNode(spec, id);
  });
  const links: MapLink[] = DEMO_LINKS.map(([from, to, type, mode], i) => {
    const source = ids.get(from);
    const target = ids.get(to);
    if (!source || !target) throw new Error(`Demo link ${from} → ${to} names a node that does not exist`);
    const link = createLink({ id: `demo-link-${String(i + 1).padStart(3, '0')}`, mapId: MAP_ID, source, target, type: type as LinkType });
    return mode ? { ...link, referralMode: mode } : link;
  });
  return mapSnapshotSchema.parse({
    format: MAP_SNAPSHOT_FORMAT,
    schemaVersion: MAP_SCHEMA_VERSION,
    map: meta,
    nodes: tidied({ map: createMapMeta(meta.name, CREATED, MAP_ID), nodes, links }),
    links,
  });
}

/**
 * The hand-drawn regions only seed the picture: the app's own "Tidy the whole map" layout
 * (fixed seed, so the file is reproducible) arranges it, as a user's first click would.
 */
function tidied(snapshot: { map: MapMeta; nodes: MapNode[]; links: MapLink[] }): MapNode[] {
  const doc = documentFromSnapshot(snapshot);
  const ids = snapshot.nodes.map((n) => n.id);
  // Laid out with the standard boxes, as the demo has been shown and checked on screen (the
  // projector and laptop audits); Tidy's room for workshop-size names is not yet matched by Fit
  // map in workshop mode, which would leave a wide name under the legend at 1920×1080.
  const graph = { ...graphOf(doc, ids), sizes: undefined };
  const sim = new LayoutSimulation(graph, { kind: 'organic' }, { seed: 7, maxTicks: 600 });
  while (!sim.step(50));
  const at = sim.finalPositions();
  return snapshot.nodes.map((node, i) => ({ ...node, x: Math.round(at[2 * i]!), y: Math.round(at[2 * i + 1]!) }));
}

function toNode(spec: DemoNode, id: string): MapNode {
  const origin = REGION_ORIGIN[spec.region];
  const base = createNode(spec.kind as NodeKind, {
    id,
    mapId: MAP_ID,
    name: spec.name,
    x: origin.x + spec.at[0] * COLUMN,
    y: origin.y + spec.at[1] * ROW,
  });
  return { ...base, ...spec.fields } as MapNode;
}
