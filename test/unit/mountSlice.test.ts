import { describe, expect, it } from 'vitest';
import { MOUNT_SLICE, MOUNT_SLICE_LEAST, MOUNT_SLICE_MOST, nextMountSlice } from '../../renderer/canvas/detailLevel';

describe('nextMountSlice', () => {
  it('cuts a slice that took more than two frames, down to the least, and never below it', () => {
    let size = MOUNT_SLICE_MOST;
    const sizes: number[] = [];
    for (let i = 0; i < 6; i++) sizes.push((size = nextMountSlice(size, 120)));
    expect(sizes).toEqual([10, 5, 2, 2, 2, 2]);
    expect(nextMountSlice(MOUNT_SLICE, 120)).toBe(MOUNT_SLICE / 2);
    expect(Math.min(...sizes)).toBe(MOUNT_SLICE_LEAST);
  });

  it('grows a slice that fitted in a frame back up to the most, keeps one that took about two', () => {
    expect(nextMountSlice(4, 16.7)).toBe(6);
    expect(nextMountSlice(10, 33.3)).toBe(10);
    let size = MOUNT_SLICE_LEAST;
    for (let i = 0; i < 40; i++) size = nextMountSlice(size, 16.7);
    expect(size).toBe(MOUNT_SLICE_MOST);
  });
});
