import { z } from 'zod';
import { idSchema } from './ids';
import { defineRecordType } from './recordType';

/**
 * Sticky-note colours: pale Okabe–Ito hues that differ in lightness as well as hue, so they
 * stay distinguishable with the common colour-vision deficiencies, and all carry dark text at
 * well over 7:1 contrast. Ids only here; the renderer draws them (renderer/stickies).
 */
export const STICKY_COLOURS = ['yellow', 'blue', 'orange', 'purple', 'grey'] as const;
export type StickyColour = (typeof STICKY_COLOURS)[number];
export const STICKY_COLOUR_LABELS: Record<StickyColour, string> = {
  yellow: 'Yellow',
  blue: 'Blue',
  orange: 'Orange',
  purple: 'Purple',
  grey: 'Grey',
};

export const STICKY_MIN_SIZE = { width: 120, height: 80 } as const;
export const STICKY_MAX_SIZE = { width: 800, height: 800 } as const;
export const STICKY_DEFAULT_SIZE = { width: 200, height: 140 } as const;

/** A free note on the canvas: not a node of the help system, so no analysis ever counts it. */
export const stickyNoteSchema = z.object({
  id: idSchema,
  text: z.string().max(2000, 'Keep a sticky note under 2,000 characters').default(''),
  colour: z.enum(STICKY_COLOURS).default('yellow'),
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().min(STICKY_MIN_SIZE.width).max(STICKY_MAX_SIZE.width).default(STICKY_DEFAULT_SIZE.width),
  height: z.number().min(STICKY_MIN_SIZE.height).max(STICKY_MAX_SIZE.height).default(STICKY_DEFAULT_SIZE.height),
});
export type StickyNote = z.infer<typeof stickyNoteSchema>;

/** "Sticky note: first few words" — the note's accessible name and its name in lists. */
export function stickyNoteTitle(note: Pick<StickyNote, 'text'>, words = 6): string {
  const all = note.text.trim().split(/\s+/).filter(Boolean);
  if (all.length === 0) return 'Empty note';
  const start = all.slice(0, words).join(' ');
  return all.length > words ? `${start}…` : start;
}

/** Version 1: sticky notes as first released. */
export const STICKY_NOTE_RECORD = defineRecordType<StickyNote>({ name: 'stickyNote', version: 1, schema: stickyNoteSchema, migrations: [] });
