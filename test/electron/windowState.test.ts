import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitWindowToDisplays, parseWindowState } from '../../electron/windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const projector = { x: 1920, y: 0, width: 1280, height: 720 };

describe('remembering the window', () => {
  it('reads saved state and falls back to defaults for anything damaged', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1200,"height":800,"maximised":true}')).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximised: true });
    expect(parseWindowState(null)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{not json')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width":-5,"height":800}')).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a window where it was when that screen is still there', () => {
    const state = { x: 2000, y: 50, width: 1000, height: 600, maximised: false };
    expect(fitWindowToDisplays(state, [laptop, projector])).toEqual(state);
  });

  it('brings a window back on screen when its display has gone, and shrinks it to fit', () => {
    const state = { x: 2000, y: 50, width: 1900, height: 1000, maximised: false };
    const fitted = fitWindowToDisplays(state, [{ ...projector, x: 0 }]);
    expect(fitted).toEqual({ x: 0, y: 0, width: 1280, height: 720, maximised: false });
  });

  it('centres a first-run window on the main display', () => {
    const fitted = fitWindowToDisplays(DEFAULT_WINDOW_STATE, [laptop]);
    expect(fitted).toMatchObject({ x: 260, y: 70, width: 1400, height: 900 });
  });
});
