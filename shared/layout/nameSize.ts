/**
 * How big a node's name chip is on screen, from the name alone (no DOM): what label placement,
 * layouts and the picture reckon with. Names wrap between words as the browser wraps them, and
 * a name too long for its lines at the chip's usual width gets a wider chip rather than being
 * cut short with "…" ("Volunteer coordinator – allotments" needs three lines 300 px wide).
 */

/** The lines a name chip on the map takes at most (a chosen finding's tag may take three). */
export const NAME_LINES = 2;

/** A chip widens to at most this many times its usual width before its name is cut short. */
const WIDEST = 1.6;

export interface NameStyle {
  readonly fontPx: number;
  readonly maxWidth: number;
  readonly paddingX: number;
  readonly paddingY: number;
  /** Average character width in em: generous for bold sans-serif, so the estimate errs large. */
  readonly charWidth?: number;
  readonly lineHeight?: number;
}

export interface NameSize {
  readonly width: number;
  readonly height: number;
  /** The chip's own width limit: `maxWidth`, or more for a name that needs a wider chip. */
  readonly maxWidth: number;
  /** Too long for its lines even widened: the chip cuts it short with "…". */
  readonly cut: boolean;
}

/** Lines taken by `words` in `room` px, breaking between words; a word wider than the room is broken across lines. */
function linesFor(words: readonly number[], room: number, space: number): number {
  let lines = 1;
  let used = 0;
  for (const word of words) {
    if (used > 0 && used + space + word <= room) {
      used += space + word;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.max(0, Math.ceil(word / room) - 1);
    used = word > room ? word % room || room : word;
  }
  return lines;
}

/** The screen size of `name` set in a chip of `style`, wrapped onto at most `maxLines`. */
export function estimateLabelSize(name: string, style: NameStyle, maxLines = NAME_LINES): NameSize {
  const charWidth = (style.charWidth ?? 0.62) * style.fontPx;
  const lineHeight = (style.lineHeight ?? 1.12) * style.fontPx;
  const words = name.trim().split(/\s+/).filter(Boolean).map((w) => w.length * charWidth);
  const textWidth = Math.max(charWidth, words.reduce((sum, w) => sum + w, 0) + Math.max(0, words.length - 1) * charWidth);
  let maxWidth = style.maxWidth;
  let lines = linesFor(words, maxWidth - 2 * style.paddingX, charWidth);
  // Widen a step (two characters) at a time, as little as gets the name into its lines.
  while (lines > maxLines && maxWidth < style.maxWidth * WIDEST) {
    maxWidth = Math.min(style.maxWidth * WIDEST, maxWidth + 2 * charWidth);
    lines = linesFor(words, maxWidth - 2 * style.paddingX, charWidth);
  }
  const cut = lines > maxLines;
  if (cut) maxWidth = style.maxWidth;
  return {
    width: Math.min(maxWidth, textWidth + 2 * style.paddingX),
    height: Math.min(maxLines, lines) * lineHeight + 2 * style.paddingY,
    maxWidth,
    cut,
  };
}
