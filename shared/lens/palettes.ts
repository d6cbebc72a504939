/**
 * Colour-blind-safe palettes for lenses. Categories use Okabe & Ito's eight colours (distinct
 * under the common colour-vision deficiencies); numbers use one hue from light to dark
 * (ColorBrewer "Blues"), so "more" always reads as "darker". Each colour carries the text
 * colour that reads best on it, so a node's name stays legible whatever its fill.
 */

export interface Swatch {
  readonly fill: string;
  /** Text and icon colour on this fill: whichever of near-black or white contrasts more. */
  readonly ink: string;
}

const DARK_INK = '#111820';
const LIGHT_INK = '#ffffff';

/** Okabe–Ito, ordered so the first few (the most used) are the most distinct from each other. */
export const CATEGORY_COLOURS: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
];

/** Light to dark, one hue: for ordered values (levels, counts, scores). */
export const SEQUENTIAL_COLOURS: readonly string[] = ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c'];

/** Everything past the palette's length. */
export const OTHER_COLOUR = '#8e97a3';
/** No value recorded. */
export const NOT_SET_COLOUR = '#d3d8de';
/** The field does not apply to this kind of node (e.g. an organisation type on a person). */
export const NOT_APPLICABLE_COLOUR = '#f3f4f6';

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function swatch(fill: string): Swatch {
  return { fill, ink: contrastRatio(fill, DARK_INK) >= contrastRatio(fill, LIGHT_INK) ? DARK_INK : LIGHT_INK };
}
