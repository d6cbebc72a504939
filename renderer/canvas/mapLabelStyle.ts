import { WORKSHOP_LABEL, WORKSHOP_MARKER_PX } from '../workshop/workshopLabels';
import type { PictureLabelStyle } from './pictureDraw';

/**
 * A name's chip on screen in the editor when the map is zoomed out too far for a node's own
 * box to be read. Must match `.map-canvas.is-labelled .map-node` in canvas.css (14 px names, at
 * most 220 px wide, 5 px × 10 px padding inside a 2 px border); workshop mode's are larger.
 * Characters are reckoned wide (0.72 em): Linux's default sans-serif bold is a wide face.
 */
export const EDITOR_LABEL = { fontPx: 14, maxWidth: 220, paddingX: 12, paddingY: 7, charWidth: 0.72, lineHeight: 1.2 } as const;

/** Below this zoom a node's 14 px name would be under 10 px on screen: names become chips. */
export const EDITOR_LABEL_ZOOM = 0.7;

/** Markers for names there is no room for, on screen: small, but a target the pointer can find. */
export const EDITOR_MARKER_PX = 14;

export type LabelSize = { readonly fontPx: number; readonly maxWidth: number; readonly paddingX: number; readonly paddingY: number; readonly charWidth?: number; readonly lineHeight?: number };

export function labelSizeFor(workshop: boolean): LabelSize {
  return workshop ? WORKSHOP_LABEL : EDITOR_LABEL;
}

/** The picture's names in the theme's own type and colours. */
export function pictureLabelStyle(workshop: boolean, root: Element): PictureLabelStyle {
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const size = labelSizeFor(workshop);
  return {
    ...size,
    font: `${workshop ? 700 : 650} ${size.fontPx}px ${read('--font-body', 'system-ui, sans-serif')}`,
    ink: read('--text', '#1c2430'),
    surface: read('--surface', '#ffffff'),
    focus: read('--focus', '#1f5fd1'),
    link: read('--edge', '#6b7684'),
    markerPx: workshop ? WORKSHOP_MARKER_PX : EDITOR_MARKER_PX,
  };
}
