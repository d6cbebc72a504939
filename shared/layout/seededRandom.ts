/**
 * A small seeded random number generator (a linear congruential generator, the same one
 * d3-force uses internally), so a layout run with the same seed gives the same picture on
 * every computer and in every test.
 */
export function seededRandom(seed: number): () => number {
  let state = (Math.floor(seed) >>> 0) || 1;
  return () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
