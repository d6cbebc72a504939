import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximised: z.boolean().default(false),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1400, height: 900, maximised: false };

/** Reads saved window state; anything missing or damaged gives the default window. */
export function parseWindowState(text: string | null): WindowState {
  if (!text) return DEFAULT_WINDOW_STATE;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/**
 * Keeps a restored window on a screen that exists now: a window saved on a monitor that has
 * since been unplugged comes back centred on the first display, and never larger than it.
 */
export function fitWindowToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const visible = (area: Rect) =>
    state.x !== undefined &&
    state.y !== undefined &&
    state.x + 100 <= area.x + area.width &&
    state.x + state.width - 100 >= area.x &&
    state.y >= area.y &&
    state.y + 40 <= area.y + area.height;
  const home = workAreas.find(visible);
  const area = home ?? primary;
  const width = Math.min(state.width, area.width);
  const height = Math.min(state.height, area.height);
  if (home) return { ...state, width, height };
  return {
    ...state,
    width,
    height,
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
  };
}
