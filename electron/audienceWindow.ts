import type { Rect } from './windowState';

export interface DisplayInfo {
  readonly id: number;
  readonly bounds: Rect;
}

/** Where to put the audience window, and whether that is a screen of its own. */
export interface AudiencePlacement {
  readonly display: DisplayInfo;
  /** On a display the facilitator's window is not on: it can go full screen there. */
  readonly separate: boolean;
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The display for the audience: one the facilitator's window is not on (the projector or big
 * TV), the largest if there are several; with one display, that display, shared.
 */
export function chooseAudienceDisplay(displays: readonly DisplayInfo[], mainWindow: Rect | null): AudiencePlacement | null {
  if (displays.length === 0) return null;
  const home = mainWindow ? displays.reduce((best, d) => (overlap(d.bounds, mainWindow) > overlap(best.bounds, mainWindow) ? d : best)) : displays[0]!;
  const others = displays.filter((d) => d.id !== home.id);
  if (others.length === 0) return { display: home, separate: false };
  const largest = others.reduce((best, d) => (d.bounds.width * d.bounds.height > best.bounds.width * best.bounds.height ? d : best));
  return { display: largest, separate: true };
}

/** The renderer with the audience flag: the app's own page (or the dev server's). */
export function audienceWindowUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.search = '?audience=1';
  url.hash = '';
  return url.toString();
}

/** Bounds for the window: the whole display when it has its own, else a window the facilitator can drag. */
export function audienceBounds(placement: AudiencePlacement): Rect {
  const { bounds } = placement.display;
  if (placement.separate) return { ...bounds };
  const width = Math.min(1280, bounds.width);
  const height = Math.min(720, bounds.height);
  return { x: Math.round(bounds.x + (bounds.width - width) / 2), y: Math.round(bounds.y + (bounds.height - height) / 2), width, height };
}

/** The parts of a BrowserWindow the audience window's keeper uses; a fake in tests. */
export interface AudienceWindowHandle {
  isDestroyed(): boolean;
  focus(): void;
  close(): void;
  once(event: 'closed', listener: () => void): void;
}

/**
 * Keeps at most one audience window: asking again brings the open one forward. The window
 * itself is made by `create` (electron/audienceBrowserWindow.ts), with the main window's
 * security settings and no preload, so it can read the map but never call the desktop API.
 */
export class AudienceWindowKeeper {
  private window: AudienceWindowHandle | null = null;

  constructor(
    private readonly displays: () => readonly DisplayInfo[],
    private readonly mainWindowBounds: () => Rect | null,
    private readonly create: (bounds: Rect, fullScreen: boolean) => AudienceWindowHandle,
  ) {}

  open(): { separateDisplay: boolean } {
    const placement = chooseAudienceDisplay(this.displays(), this.mainWindowBounds());
    if (this.window && !this.window.isDestroyed()) {
      this.window.focus();
      return { separateDisplay: placement?.separate ?? false };
    }
    if (!placement) throw new Error('No display was found to show the audience window on.');
    const created = this.create(audienceBounds(placement), placement.separate);
    this.window = created;
    created.once('closed', () => {
      if (this.window === created) this.window = null;
    });
    return { separateDisplay: placement.separate };
  }

  /** The facilitator's window closed: the audience window has nothing left to follow. */
  closeAll(): void {
    if (this.window && !this.window.isDestroyed()) this.window.close();
    this.window = null;
  }
}
