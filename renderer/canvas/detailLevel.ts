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

/**
 * DOM nodes mounted in the first frame when the map comes back from the picture (no task over
 * 50 ms): that frame also takes the camera's rest and the names placed for it. From 16 first and
 * 32 at most to 8 and 20, the switch test's tasks over 50 ms went from 1-4 (52-82 ms) to 0-2
 * (51-63 ms); the picture stands in until all are mounted, a few frames longer.
 */
export const MOUNT_SLICE = 8;

/** DOM nodes taken down per frame once the picture stands in for them (unmounting is cheaper than mounting). */
export const UNMOUNT_SLICE = 64;

/** The most DOM nodes mounted in one frame, however fast the last slices went. */
export const MOUNT_SLICE_MOST = 20;
/** The fewest: a slice always makes headway. */
export const MOUNT_SLICE_LEAST = 2;

/**
 * The next slice's size from how long the last one took, frame to frame: a slice costs what
 * mounting its nodes costs React, React Flow (which measures each new node) and the browser
 * (style, layout, paint), and on a busy two-core laptop sixteen nodes can take 150 ms. Slices
 * that took more than two frames are cut; ones that fit in a frame grow back.
 */
export function nextMountSlice(size: number, tookMs: number): number {
  if (tookMs > 40) return Math.max(MOUNT_SLICE_LEAST, Math.floor(size * 0.5));
  if (tookMs < 20) return Math.min(MOUNT_SLICE_MOST, size + 2);
  return size;
}
