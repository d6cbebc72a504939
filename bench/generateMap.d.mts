export function seededRandom(seed: number): () => number;
export function generateSnapshot(options: { nodes: number; links: number; seed?: number }): unknown;
