/**
 * Level of detail by what is on screen, not by the zoom: React Flow draws nodes as DOM, which
 * stays fast only while a few hundred are visible; beyond that the map is one picture
 * (MapPicture.tsx). The gap between the two thresholds stops the map flickering between them
 * when a zoom lands near one.
 */
export const PICTURE_ABOVE = 320;
export const DOM_AT_MOST = 240;

export type DetailLevel = 'dom' | 'picture';

export function nextDetailLevel(current: DetailLevel, visibleNodes: number): DetailLevel {
  if (current === 'dom') return visibleNodes > PICTURE_ABOVE ? 'picture' : 'dom';
  return visibleNodes <= DOM_AT_MOST ? 'dom' : 'picture';
}

/** DOM nodes mounted per frame when the map comes back from the picture: no task over 50 ms. */
export const MOUNT_SLICE = 16;

/** DOM nodes taken down per frame once the picture stands in for them (unmounting is cheaper than mounting). */
export const UNMOUNT_SLICE = 64;
