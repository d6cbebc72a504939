// A seeded, generated map for benchmarks: clustered like a real borough (dense within
// neighbourhoods, sparse between them), laid out on a loose grid per cluster.

/** Mulberry32: small, fast, seedable. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['person', 'organisation', 'space', 'project'];
const LINK_TYPES = ['worksAt', 'runsOrHosts', 'delivers', 'partnersWith', 'refersTo', 'funds', 'meetsAt', 'knows'];

export function generateSnapshot({ nodes: nodeCount, links: linkCount, seed = 1 }) {
  const random = seededRandom(seed);
  const mapId = `bench-${nodeCount}`;
  const now = '2026-01-01T00:00:00.000Z';
  const clusters = Math.max(1, Math.round(nodeCount / 80));
  const perRow = Math.ceil(Math.sqrt(clusters));
  const nodes = [];
  for (let i = 0; i < nodeCount; i++) {
    const cluster = i % clusters;
    const slot = Math.floor(i / clusters);
    const cx = (cluster % perRow) * 2600;
    const cy = Math.floor(cluster / perRow) * 1400;
    nodes.push({
      id: `n${i}`,
      mapId,
      kind: KINDS[i % 4],
      name: `Node ${i}`,
      x: cx + (slot % 10) * 250,
      y: cy + Math.floor(slot / 10) * 110,
    });
  }
  const links = [];
  const seen = new Set();
  while (links.length < linkCount) {
    const a = Math.floor(random() * nodeCount);
    // Mostly within a cluster (same residue), sometimes across.
    const b = random() < 0.9 ? (a + clusters * (1 + Math.floor(random() * 6))) % nodeCount : Math.floor(random() * nodeCount);
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const type = LINK_TYPES[links.length % LINK_TYPES.length];
    links.push({
      id: `l${links.length}`,
      mapId,
      source: `n${a}`,
      target: `n${b}`,
      type,
      directed: type !== 'knows' && type !== 'partnersWith',
      referralMode: type === 'refersTo' ? 'signposting' : null,
    });
  }
  return {
    format: 'good-help-map',
    schemaVersion: 1,
    map: {
      id: mapId,
      schemaVersion: 1,
      name: `Generated map: ${nodeCount} nodes, ${linkCount} links`,
      createdAt: now,
      updatedAt: now,
      areas: [],
      audiences: [],
      helpTopics: [],
      criteria: [],
    },
    nodes,
    links,
  };
}
