import { describe, expect, it } from 'vitest';
import { AudienceWindowKeeper, audienceBounds, audienceWindowUrl, chooseAudienceDisplay, type AudienceWindowHandle } from '../../electron/audienceWindow';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const tv = { id: 3, bounds: { x: -3840, y: 0, width: 3840, height: 2160 } };

describe('choosing the audience display', () => {
  it('takes the display the facilitator’s window is not on', () => {
    expect(chooseAudienceDisplay([laptop, projector], { x: 100, y: 100, width: 1200, height: 700 })).toEqual({ display: projector, separate: true });
    // The facilitator dragged their window to the big screen: the audience goes to the laptop.
    expect(chooseAudienceDisplay([laptop, projector], { x: 1500, y: 50, width: 1400, height: 900 })).toEqual({ display: laptop, separate: true });
  });

  it('goes by where most of the window is when it straddles two displays', () => {
    expect(chooseAudienceDisplay([laptop, projector], { x: 600, y: 0, width: 1000, height: 800 })?.display).toBe(projector);
    expect(chooseAudienceDisplay([laptop, projector], { x: 1000, y: 0, width: 1000, height: 800 })?.display).toBe(laptop);
  });

  it('prefers the largest of several other displays', () => {
    expect(chooseAudienceDisplay([laptop, projector, tv], laptop.bounds)?.display).toBe(tv);
  });

  it('shares the only display, and has nowhere to go with none', () => {
    expect(chooseAudienceDisplay([laptop], laptop.bounds)).toEqual({ display: laptop, separate: false });
    expect(chooseAudienceDisplay([laptop, projector], null)).toEqual({ display: projector, separate: true });
    expect(chooseAudienceDisplay([], laptop.bounds)).toBeNull();
  });

  it('fills a display of its own, and is a movable window on a shared one', () => {
    expect(audienceBounds({ display: projector, separate: true })).toEqual(projector.bounds);
    expect(audienceBounds({ display: laptop, separate: false })).toEqual({ x: 80, y: 90, width: 1280, height: 720 });
  });

  it('loads the app’s own page with the audience flag', () => {
    expect(audienceWindowUrl('app://goodhelp/index.html')).toBe('app://goodhelp/index.html?audience=1');
    expect(audienceWindowUrl('http://localhost:5173/?x=1#y')).toBe('http://localhost:5173/?audience=1');
  });
});

describe('the audience window keeper', () => {
  function fakeWindow() {
    const closed: (() => void)[] = [];
    const handle: AudienceWindowHandle & { focused: number; destroyed: boolean } = {
      focused: 0,
      destroyed: false,
      isDestroyed: () => handle.destroyed,
      focus: () => void handle.focused++,
      close: () => {
        handle.destroyed = true;
        closed.forEach((listener) => listener());
      },
      once: (_event, listener) => void closed.push(listener),
    };
    return handle;
  }

  it('opens one window, full screen on the other display, and brings it forward when asked again', () => {
    const made: { bounds: unknown; fullScreen: boolean; window: ReturnType<typeof fakeWindow> }[] = [];
    const keeper = new AudienceWindowKeeper(
      () => [laptop, projector],
      () => laptop.bounds,
      (bounds, fullScreen) => {
        const window = fakeWindow();
        made.push({ bounds, fullScreen, window });
        return window;
      },
    );
    expect(keeper.open()).toEqual({ separateDisplay: true });
    expect(made).toMatchObject([{ bounds: projector.bounds, fullScreen: true }]);
    keeper.open();
    expect(made).toHaveLength(1);
    expect(made[0]!.window.focused).toBe(1);
    // Closed by the user: the next request makes a new one.
    made[0]!.window.close();
    keeper.open();
    expect(made).toHaveLength(2);
    keeper.closeAll();
    expect(made[1]!.window.destroyed).toBe(true);
  });

  it('says there is no second display when there is not', () => {
    const keeper = new AudienceWindowKeeper(() => [laptop], () => laptop.bounds, () => fakeWindow());
    expect(keeper.open()).toEqual({ separateDisplay: false });
  });
});
