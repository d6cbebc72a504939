import { heightOf, largestOf, widthOf } from './layoutBoxes';

/**
 * How many pairs of nodes overlap (top-left corners, x,y interleaved): their boxes, or the room
 * `sizes` gives each (centred on the box's centre, layoutBoxes.ts). `scale` lets the benchmark
 * judge layouts from other libraries, whose units are not pixels, at a common scale.
 */
export function overlappingPairs(positions: Float64Array, scale = 1, sizes?: Float64Array | null): number {
  const n = positions.length / 2;
  const largest = largestOf(sizes);
  const cells = new Map<string, number[]>();
  const cellOf = (i: number) => [Math.floor((positions[2 * i]! * scale) / largest.width), Math.floor((positions[2 * i + 1]! * scale) / largest.height)] as const;
  for (let i = 0; i < n; i++) {
    const [cx, cy] = cellOf(i);
    const key = `${cx},${cy}`;
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    const [cx, cy] = cellOf(i);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j <= i) continue;
          const width = (widthOf(sizes, i) + widthOf(sizes, j)) / 2;
          const height = (heightOf(sizes, i) + heightOf(sizes, j)) / 2;
          if (Math.abs(positions[2 * i]! - positions[2 * j]!) * scale < width && Math.abs(positions[2 * i + 1]! - positions[2 * j + 1]!) * scale < height) count++;
        }
      }
    }
  }
  return count;
}

export function linkLengths(positions: Float64Array, links: Uint32Array): Float64Array {
  const out = new Float64Array(links.length / 2);
  for (let k = 0; k < out.length; k++) {
    const s = links[2 * k]!;
    const t = links[2 * k + 1]!;
    out[k] = Math.hypot(positions[2 * s]! - positions[2 * t]!, positions[2 * s + 1]! - positions[2 * t + 1]!);
  }
  return out;
}

/**
 * Edge-length spread: the coefficient of variation (standard deviation ÷ mean) of link lengths.
 * Lower is tidier — links of similar length read as a regular, calm picture — and it does not
 * depend on scale, so layouts from different libraries compare directly.
 */
export function edgeLengthSpread(positions: Float64Array, links: Uint32Array): number {
  const lengths = linkLengths(positions, links);
  if (lengths.length === 0) return 0;
  let sum = 0;
  for (const l of lengths) sum += l;
  const mean = sum / lengths.length;
  let sq = 0;
  for (const l of lengths) sq += (l - mean) ** 2;
  return mean === 0 ? 0 : Math.sqrt(sq / lengths.length) / mean;
}

export function medianLinkLength(positions: Float64Array, links: Uint32Array): number {
  const lengths = [...linkLengths(positions, links)].sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 0;
}
