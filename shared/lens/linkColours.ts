import { LINK_TYPES, LINK_TYPE_LABELS, type LinkType } from '../model';
import { CATEGORY_COLOURS } from './palettes';

/** Okabe–Ito's seven colours and its black: one per link type, all eight distinct. */
const LINK_PALETTE = [...CATEGORY_COLOURS, '#000000'];

export const LINK_TYPE_COLOURS: Readonly<Record<LinkType, string>> = Object.fromEntries(
  LINK_TYPES.map((type, i) => [type, LINK_PALETTE[i]!]),
) as Record<LinkType, string>;

export interface LinkLegendEntry {
  readonly type: LinkType;
  readonly label: string;
  readonly colour: string;
  readonly count: number;
}

/** The link types on the map, with their colours and counts, in the vocabulary's order. */
export function linkLegend(links: Iterable<{ type: LinkType }>): LinkLegendEntry[] {
  const counts = new Map<LinkType, number>();
  for (const l of links) counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
  return LINK_TYPES.filter((t) => counts.has(t)).map((type) => ({
    type,
    label: LINK_TYPE_LABELS[type],
    colour: LINK_TYPE_COLOURS[type],
    count: counts.get(type)!,
  }));
}
